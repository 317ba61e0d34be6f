// The figures of a take that the landing page, the corpus panel and the corpus rules need.
import { joinNames } from './names-compare';
import { wordsIn } from './text';
import type { Take, TakeSummary } from './types';

/** Summarises a parsed take: names, headline, pull-quote, word count and parts present. */
export function summarize(take: Take, filePath: string): TakeSummary {
  const fromByline = take.byline?.people ?? [];
  const people: TakeSummary['people'] =
    fromByline.length > 0
      ? fromByline.map((p) => ({
          name: p.name.bare.text,
          start: p.name.bare.start,
          end: p.name.bare.end,
          role: p.role?.text,
          affiliation: p.affiliation?.text,
        }))
      : (take.headline?.contributors ?? []).map((n) => ({ name: n.bare.text, start: n.bare.start, end: n.bare.end, role: undefined, affiliation: undefined }));
  let words = 0;
  for (const p of take.body) words += wordsIn(p);
  return {
    filePath,
    people,
    contributor: people.length > 0 ? joinNames(people.map((p) => p.name)) : undefined,
    contributorRange: people.length > 0 ? { start: people[0].start, end: people[0].end } : undefined,
    affiliation: people[0]?.affiliation,
    role: people[0]?.role,
    headline: take.headline?.text,
    pullQuote: take.pullQuote?.inner.text,
    pullQuoteRange: take.pullQuote ? { start: take.pullQuote.start, end: take.pullQuote.end } : undefined,
    wordCount: words,
    paragraphs: take.body.length,
    parts: [...new Set(take.parts.map((p) => p.kind))],
  };
}

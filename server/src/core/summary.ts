// The figures of a take that the landing page, the corpus panel and the corpus rules need.
import { wordsIn } from './text';
import type { Take, TakeSummary } from './types';

/** Summarises a parsed take: names, headline, pull-quote, word count and parts present. */
export function summarize(take: Take, filePath: string): TakeSummary {
  const name = take.byline?.name?.bare ?? take.headline?.contributor?.bare;
  let words = 0;
  for (const p of take.body) words += wordsIn(p);
  return {
    filePath,
    contributor: name?.text,
    contributorRange: name ? { start: name.start, end: name.end } : undefined,
    affiliation: take.byline?.affiliation?.text,
    role: take.byline?.role?.text,
    headline: take.headline?.text,
    pullQuote: take.pullQuote?.inner.text,
    pullQuoteRange: take.pullQuote ? { start: take.pullQuote.start, end: take.pullQuote.end } : undefined,
    wordCount: words,
    paragraphs: take.body.length,
    parts: [...new Set(take.parts.map((p) => p.kind))],
  };
}

// Rule byline-name: The name in the byline is the contributor named in the headline.
import type { TakeRule } from '../rule';
import { joinNames, samePeople } from '../names-compare';
import type { Report, Span } from '../types';

export const rule: TakeRule = {
  meta: {
    id: 'byline-name',
    category: 'byline',
    description: 'The name in the byline is the contributor named in the headline',
    rationale:
      'Headline and byline must name the same people: the same person, or the same co-authors in any order (`We Asked A and B …` / `B and A are …` or one sentence each). Honorifics, ranks and post-nominals in the byline are allowed (Dr., Amb., Gen. (ret.), Jr.), and so is a middle initial (`Harry J. Kazianis` for `Harry Kazianis`); case, accents and punctuation are ignored. Suggestions offer to change either side to the other. Runs only when both sides name someone.',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    options: {},
    examples: {
      invalid: 'We Asked Ana Ruiz …  /  Anna Ruiz is a fellow at …',
      valid: 'We Asked Ana Ruiz …  /  Dr. Ana Ruiz is a fellow at …',
    },
  },
  // Compares the byline's people with the headline's and offers to align either side.
  check({ take }) {
    const byline = take.byline?.people.map((p) => p.name.bare) ?? [];
    const headline = take.headline?.contributors.map((n) => n.bare) ?? [];
    if (byline.length === 0 || headline.length === 0 || samePeople(texts(byline), texts(headline))) return [];
    if (byline.length === 1 && headline.length === 1) return [mismatch(byline[0], headline[0], byline[0].text, headline[0].text)];
    const inByline = { start: byline[0].start, end: byline[byline.length - 1].end, text: joinNames(texts(byline)) };
    const inHeadline = { start: headline[0].start, end: headline[headline.length - 1].end, text: joinNames(texts(headline)) };
    return [mismatch(inByline, inHeadline, joinNames(texts(byline)), joinNames(texts(headline)))];
  },
};

/** The bare names' texts. */
function texts(spans: Span[]): string[] {
  return spans.map((s) => s.text);
}

/** One finding on the byline's name(s), pointing at the headline's, with a suggestion to write either like the other. */
function mismatch(inByline: Span, inHeadline: Span, bylineNames: string, headlineNames: string): Report {
  return {
    message: `The byline names "${bylineNames}" but the headline names "${headlineNames}"`,
    start: inByline.start,
    end: inByline.end,
    related: [{ start: inHeadline.start, end: inHeadline.end, message: 'named in the headline' }],
    suggestions: [
      { message: "Use the headline's name in the byline", edits: [{ start: inByline.start, end: inByline.end, text: headlineNames }] },
      { message: "Use the byline's name in the headline", edits: [{ start: inHeadline.start, end: inHeadline.end, text: bylineNames }] },
    ],
  };
}

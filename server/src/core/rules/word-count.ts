// Rule word-count: The body is within the symposium's word limits (`words.min`–`words.max`, default 300–900).
import type { TakeRule } from '../rule';
import type { Part, Report } from '../types';
import { words, wordsIn } from '../text';

export const rule: TakeRule = {
  meta: {
    id: 'word-count',
    category: 'body',
    description: "The body is within the symposium's word limits (`words.min`–`words.max`, default 300–900)",
    rationale:
      'Editors size the landing page and the print run on the word limits. The count covers the body paragraphs only; hyphenated words and abbreviations count once. A short body is reported on its first paragraph; a long one from the first word past the limit to the end of that paragraph. A take with no body is left to `required-parts`.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: '(a 150-word body)',
      valid: '(a 600-word body)',
    },
  },
  // Counts the body's words and reports a count outside the symposium's limits.
  check({ take, style }) {
    if (take.body.length === 0) return [];
    const counts = take.body.map((p) => wordsIn(p));
    const total = counts.reduce((sum, n) => sum + n, 0);
    const { min, max } = style.words;
    const message = `Body has ${total} words; this symposium asks for ${min}–${max}`;
    if (total < min) return [{ message, start: take.body[0].start, end: take.body[0].end }];
    if (total > max) return [overLimit(take.body, counts, max, message)];
    return [];
  },
};

/** Reports a long body from its first word past `max` to the end of that word's paragraph. */
function overLimit(body: Part[], counts: number[], max: number, message: string): Report {
  let before = 0;
  let k = 0;
  while (before + counts[k] <= max) before += counts[k++];
  const paragraph = body[k];
  const first = words(paragraph.text)[max - before];
  return { message, start: paragraph.start + first.index, end: paragraph.end };
}

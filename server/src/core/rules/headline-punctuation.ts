// Rule headline-punctuation: The headline has no final period and no doubled spaces.
import type { TakeRule } from '../rule';
import type { Report } from '../types';
import { finalPeriod } from '../headline-shape';
import { INLINE_SPACE } from '../typography';

/** Two or more blanks in a row (spaces, tabs, no-break spaces). */
const BLANK_RUN = new RegExp(`${INLINE_SPACE}{2,}`, 'g');

export const rule: TakeRule = {
  meta: {
    id: 'headline-punctuation',
    category: 'headline',
    description: 'The headline has no final period and no doubled spaces',
    rationale:
      'Headlines are not sentences: they carry no final period (a question mark or exclamation mark is fine, and so is the period of an abbreviation such as `U.S.` or an ellipsis). Doubled spaces in a headline show on the landing page; this rule owns them in the headline, where `doubled-space` does not look. The fixes drop the period and collapse each run of spaces to one.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next.',
      valid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next',
    },
  },
  // Reports runs of blanks and a final period in the headline.
  check({ take }) {
    const h = take.headline;
    if (!h) return [];
    const out: Report[] = [];
    BLANK_RUN.lastIndex = 0;
    for (let m = BLANK_RUN.exec(h.text); m; m = BLANK_RUN.exec(h.text)) {
      const start = h.start + m.index;
      const end = start + m[0].length;
      out.push({ message: `Use one space, not ${m[0].length}, between the headline's words`, start, end, fix: [{ start, end, text: ' ' }] });
    }
    const period = finalPeriod(h.text);
    if (period >= 0) {
      const start = h.start + period;
      out.push({ message: 'Drop the final period: a headline is not a sentence', start, end: start + 1, fix: [{ start, end: start + 1, text: '' }] });
    }
    return out;
  },
};

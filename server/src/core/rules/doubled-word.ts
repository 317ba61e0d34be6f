// Rule doubled-word: No word is written twice in a row (`the the`).
import type { TakeRule } from '../rule';
import type { Report } from '../types';
import { INLINE_SPACE, listOption, replaceReport } from '../typography';

const DEFAULT_ALLOW = 'had,that';
/** A word: letters and digits, with apostrophes and hyphens inside it (`don’t`, `Jong-un`). */
const WORD = "[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*";
/** Nothing of a word may stand right before the first copy ... */
const NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]['’\\-])";
/** ... nor right after the second. */
const NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}]|['’\\-][\\p{L}\\p{N}])";
/** A whole word and the blanks after it, when the same word (any case) follows as a whole word. */
const DOUBLED = new RegExp(`${NOT_AFTER_WORD}(${WORD})(${INLINE_SPACE}+)(?=\\1${NOT_BEFORE_WORD})`, 'giu');
const HAS_DIGIT = /\p{N}/u;
const STARTS_UPPER = /^\p{Lu}/u;

export const rule: TakeRule = {
  meta: {
    id: 'doubled-word',
    category: 'typography',
    description: 'No word is written twice in a row (`the the`)',
    rationale:
      'A repeated word is almost always a slip. Only words separated by nothing but white space count (`Now, now` is fine), case is ignored, and the second copy with the space before it is removed. Words that may repeat in good English (`had had`, `that that`) are allowed by default; numbers (`1 1`) and a capitalised second word (names such as `Walla Walla`) are never reported.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {
      allow: {
        type: 'string',
        default: DEFAULT_ALLOW,
        description: 'Comma-separated words that may legitimately repeat',
      },
    },
    examples: {
      invalid: 'the the summit',
      valid: 'the summit',
    },
  },
  // Finds each word the prose repeats right after itself.
  check({ prose, options }) {
    const allowed = new Set(listOption(options.allow, DEFAULT_ALLOW).map((w) => w.toLowerCase()));
    const out: Report[] = [];
    for (const span of prose) {
      for (const m of span.text.matchAll(DOUBLED)) {
        const [, first, gap] = m;
        const gapStart = (m.index ?? 0) + first.length;
        const secondStart = gapStart + gap.length;
        const second = span.text.slice(secondStart, secondStart + first.length);
        if (allowed.has(first.toLowerCase()) || HAS_DIGIT.test(first) || STARTS_UPPER.test(second)) continue;
        out.push(replaceReport(`Remove the repeated word "${second}"`, span.start + gapStart, span.start + secondStart + second.length, ''));
      }
    }
    return out;
  },
};

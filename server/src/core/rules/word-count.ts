// Rule word-count: The body is within the symposium's word limits (`words.min`–`words.max`, default 300–900).
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'word-count',
    category: 'body',
    description: "The body is within the symposium's word limits (`words.min`–`words.max`, default 300–900)",
    rationale:
      'Editors size the landing page and the print run on the word limits. The count covers the body paragraphs only; hyphenated words and abbreviations count once.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: '(a 150-word body)',
      valid: '(a 600-word body)',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

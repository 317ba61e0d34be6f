// Rule doubled-word: No word is written twice in a row (`the the`).
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'doubled-word',
    category: 'typography',
    description: 'No word is written twice in a row (`the the`)',
    rationale: 'A repeated word is almost always a slip. Words that may repeat in good English (`had had`, `that that`) are allowed by default.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {
      allow: {
        type: 'string',
        default: 'had,that',
        description: 'Comma-separated words that may legitimately repeat',
      },
    },
    examples: {
      invalid: 'the the summit',
      valid: 'the summit',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

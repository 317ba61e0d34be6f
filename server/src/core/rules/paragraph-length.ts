// Rule paragraph-length: A body paragraph has at most `max` words.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'paragraph-length',
    category: 'body',
    description: 'A body paragraph has at most `max` words',
    rationale: 'Online readers lose their place in very long paragraphs; consider splitting.',
    severity: 'info',
    fixable: false,
    hasSuggestions: false,
    options: {
      max: {
        type: 'integer',
        default: 200,
        minimum: 1,
        description: 'Most words one paragraph may have',
      },
    },
    examples: {
      invalid: '(one 250-word paragraph)',
      valid: '(two paragraphs of 125 words)',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

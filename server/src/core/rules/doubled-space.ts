// Rule doubled-space: No runs of spaces inside a paragraph and no trailing white space.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'doubled-space',
    category: 'typography',
    description: 'No runs of spaces inside a paragraph and no trailing white space',
    rationale: 'Doubled spaces are invisible in the editor and visible in print.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {
      trailing: {
        type: 'boolean',
        default: true,
        description: 'Also report white space at the end of a line',
      },
    },
    examples: {
      invalid: 'the  summit',
      valid: 'the summit',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

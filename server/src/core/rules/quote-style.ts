// Rule quote-style: Quotation marks and apostrophes follow the house style (`quotes`: curly or straight).
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'quote-style',
    category: 'typography',
    description: 'Quotation marks and apostrophes follow the house style (`quotes`: curly or straight)',
    rationale:
      'Curly (typographic) quotes and apostrophes are the default house style: “…” outside, ‘…’ nested, ’ for apostrophes, including leading elisions such as ’90s and rock ’n’ roll. With `quotes` set to `straight`, curly marks are flagged instead. Configured boilerplate is not checked.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'He said "it\'s over".',
      valid: 'He said “it’s over”.',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

// Rule headline-punctuation: The headline has no final period and no doubled spaces.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'headline-punctuation',
    category: 'headline',
    description: 'The headline has no final period and no doubled spaces',
    rationale: 'Headlines are not sentences: they carry no final period. Doubled spaces in a headline show on the landing page.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next.',
      valid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

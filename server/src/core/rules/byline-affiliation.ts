// Rule byline-affiliation: The byline names an institution (`at`, `of`, `with` …).
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'byline-affiliation',
    category: 'byline',
    description: 'The byline names an institution (`at`, `of`, `with` …)',
    rationale: 'Readers judge a take by who wrote it and where they work; the landing page prints the affiliation beside the name.',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'Ana Ruiz is a writer.',
      valid: 'Ana Ruiz is a research fellow at the Lowy Institute.',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

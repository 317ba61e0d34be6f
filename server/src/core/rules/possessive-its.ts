// Rule possessive-its: `its` takes no apostrophe after it (`its’` → `its`).
import type { TakeRule } from '../rule';
import type { Report } from '../types';

const ITS_APOSTROPHE = /\b([Ii]ts)(['’])(?![\p{L}\p{N}])/gu;

export const rule: TakeRule = {
  meta: {
    id: 'possessive-its',
    category: 'typography',
    description: '`its` takes no apostrophe after it (`its’` → `its`)',
    rationale: "`its’` and `its'` are never right: the possessive is `its`, the contraction `it’s`. Real published takes carry this slip.",
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'for its’ survival',
      valid: 'for its survival',
    },
  },
  // Finds `its’` / `its'` in the prose and offers to drop the apostrophe.
  check({ prose }) {
    const out: Report[] = [];
    for (const span of prose) {
      for (const m of span.text.matchAll(ITS_APOSTROPHE)) {
        const start = span.start + (m.index ?? 0);
        const end = start + m[0].length;
        const apostrophe = { start: end - 1, end, text: '' };
        out.push({ message: `Use "${m[1]}" (possessive) without an apostrophe, not "${m[0]}"`, start, end, fix: [apostrophe] });
      }
    }
    return out;
  },
};

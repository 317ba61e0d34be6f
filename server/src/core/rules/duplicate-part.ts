// Rule duplicate-part: A part that appears once per take (headline, pull-quote, editor's note, byline, image credit) does not appear twice.
import type { TakeRule } from '../rule';
import { PART_LABELS, type Part, type Report, type Take } from '../types';

export const rule: TakeRule = {
  meta: {
    id: 'duplicate-part',
    category: 'structure',
    description: "A part that appears once per take (headline, pull-quote, editor's note, byline, image credit) does not appear twice",
    rationale:
      "A second headline, pull-quote, editor's note, byline or image credit is usually a paste slip; only the first is published. Each repeat is reported on its own line, pointing back at the first. Where a misplaced part should go is `part-order`'s business.",
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'Image: Reuters\nImage: AP',
      valid: 'Image: Reuters',
    },
  },
  // Reports every repeated part, related to the first of its kind.
  check({ take }) {
    const out: Report[] = [];
    for (const part of take.duplicates) {
      const first = firstOfKind(take, part);
      if (!first) continue;
      const label = PART_LABELS[part.kind];
      const same = first.text === part.text ? ', identical to the first' : '';
      out.push({
        message: `Second ${label}${same}: a take has one ${label} and only the first is published`,
        start: part.start,
        end: part.end,
        related: [{ start: first.start, end: first.end, message: `first ${label}` }],
      });
    }
    return out;
  },
};

/** The part of the same kind that the parser kept as the take's own. */
function firstOfKind(take: Take, part: Part): Part | undefined {
  if (part.kind === 'body') return undefined;
  return take[part.kind];
}

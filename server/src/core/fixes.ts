// Applies offset edits to a text: the one place fixes, suggestions and formatting are applied.
import type { Edit } from './types';

export interface ApplyResult {
  output: string;
  applied: number;
  skipped: number;
}

/**
 * Applies groups of edits; each group is all-or-nothing. Groups are taken in order of their
 * first edit; a group that overlaps one already taken is skipped (a later pass can apply it).
 */
export function applyEdits(text: string, groups: Edit[][]): ApplyResult {
  const ordered = groups
    .filter((g) => g.length > 0)
    .map((g) => [...g].sort((a, b) => a.start - b.start || a.end - b.end))
    .sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end);
  const taken: Edit[] = [];
  let skipped = 0;
  let applied = 0;
  for (const group of ordered) {
    if (!isWellFormed(group, text.length) || group.some((e) => taken.some((t) => overlaps(e, t)))) {
      skipped++;
      continue;
    }
    taken.push(...group);
    applied++;
  }
  taken.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of taken) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  return { output: out, applied, skipped };
}

/** Two edits collide when their ranges share text, or both insert at the same point. */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return (
    (a.start < b.end && b.start < a.end) ||
    (a.start === a.end && a.start > b.start && a.start < b.end) ||
    (b.start === b.end && b.start > a.start && b.start < a.end)
  );
}

/** A group is usable when its edits are in range and do not overlap each other. */
function isWellFormed(group: Edit[], length: number): boolean {
  for (let k = 0; k < group.length; k++) {
    const e = group[k];
    if (e.start < 0 || e.end < e.start || e.end > length) return false;
    if (k > 0 && overlaps(group[k - 1], e)) return false;
  }
  return true;
}

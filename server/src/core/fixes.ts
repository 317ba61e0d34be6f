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
  const byPlace = (a: Edit, b: Edit): number => a.start - b.start || a.end - b.end;
  const ordered = groups
    .filter((g) => g.length > 0)
    .map((g) => (g.length === 1 ? g : [...g].sort(byPlace)))
    .sort((a, b) => byPlace(a[0], b[0]));
  // Accepted edits, kept sorted by place: each check is a binary search, and since groups come in order
  // of their first edit, most insertions are appends.
  const taken: Edit[] = [];
  let skipped = 0;
  let applied = 0;
  for (const group of ordered) {
    if (!isWellFormed(group, text.length) || group.some((e) => collides(taken, e))) {
      skipped++;
      continue;
    }
    for (const e of group) {
      const at = firstAtOrAfter(taken, e);
      if (at === taken.length) taken.push(e);
      else taken.splice(at, 0, e);
    }
    applied++;
  }
  const parts: string[] = [];
  let pos = 0;
  for (const e of taken) {
    parts.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return { output: parts.join(''), applied, skipped };
}

/** The index of the first edit of sorted `taken` placed at or after `e` (by start, then end). */
function firstAtOrAfter(taken: Edit[], e: Edit): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = taken[mid];
    if (t.start < e.start || (t.start === e.start && t.end < e.end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when `e` collides with an edit of sorted, non-overlapping `taken`: only the edit before its place
 * and those starting inside it can, and all but a few of the latter do, so this looks at a handful.
 */
function collides(taken: Edit[], e: Edit): boolean {
  for (let k = Math.max(0, firstAtOrAfter(taken, e) - 1); k < taken.length && taken[k].start <= e.end; k++) {
    if (overlaps(e, taken[k])) return true;
  }
  return false;
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

// Rule part-order: The parts come in the order headline, pull-quote, editor's note, body, byline, image credit.
import type { TakeRule } from '../rule';
import { PART_ORDER, PART_LABELS, type Part, type PartKind, type Report } from '../types';

export const rule: TakeRule = {
  meta: {
    id: 'part-order',
    category: 'structure',
    description: "The parts come in the order headline, pull-quote, editor's note, body, byline, image credit",
    rationale:
      'Takes are laid out by position. A byline above the body or an image credit before the byline is published in the wrong place. The rule reports as few parts as possible: those left over when the longest run of parts already in order is kept (when two choices are equally short, body paragraphs stay, and then the part that stands lower in the take is reported: a byline below the image credit is the one reported). Repeated parts are left to `duplicate-part`.',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: '…\nImage: Reuters\nAna Ruiz is a fellow at the Lowy Institute.',
      valid: '…\nAna Ruiz is a fellow at the Lowy Institute.\nImage: Reuters',
    },
  },
  // Keeps the longest in-order run of parts and reports every other part.
  check({ take }) {
    const duplicates = new Set<Part>(take.duplicates);
    const parts = take.parts.filter((p) => !duplicates.has(p));
    const kept = longestInOrder(parts.map((p) => PART_ORDER.indexOf(p.kind)));
    const present = new Set(parts.map((p) => p.kind));
    const out: Report[] = [];
    parts.forEach((part, k) => {
      if (!kept[k]) out.push({ message: whereItBelongs(part.kind, present), start: part.start, end: part.end });
    });
    return out;
  },
};

/**
 * Marks the longest non-decreasing subsequence of ranks in one pass, keeping for each rank the best subsequence
 * ending in it so far. Ties go to the one keeping more body paragraphs, then to the one keeping earlier
 * paragraphs, so the part that was pasted lower down is the one reported.
 */
function longestInOrder(ranks: number[]): boolean[] {
  const body = PART_ORDER.indexOf('body');
  const scale = ranks.length + 1;
  const score: number[] = [];
  const prev: number[] = [];
  const bestAt: number[] = PART_ORDER.map(() => -1);
  const better = (a: number, b: number) => b < 0 || score[a] > score[b] || (score[a] === score[b] && a < b);
  ranks.forEach((rank, i) => {
    let from = -1;
    for (let r = 0; r <= rank; r++) if (bestAt[r] >= 0 && better(bestAt[r], from)) from = bestAt[r];
    score[i] = (from >= 0 ? score[from] : 0) + scale + (rank === body ? 1 : 0);
    prev[i] = from;
    if (bestAt[rank] < 0 || score[i] > score[bestAt[rank]]) bestAt[rank] = i;
  });
  let end = -1;
  for (const i of bestAt) if (i >= 0 && better(i, end)) end = i;
  const kept = ranks.map(() => false);
  for (let i = end; i >= 0; i = prev[i]) kept[i] = true;
  return kept;
}

/** Says where a misplaced part goes, between the kinds the take has before and after it. */
function whereItBelongs(kind: PartKind, present: Set<PartKind>): string {
  const rank = PART_ORDER.indexOf(kind);
  const before = [...PART_ORDER.slice(0, rank)].reverse().find((k) => present.has(k));
  const after = PART_ORDER.slice(rank + 1).find((k) => present.has(k));
  const what = kind === 'body' ? 'This body paragraph' : `The ${PART_LABELS[kind]}`;
  const label = (k: PartKind) => `the ${PART_LABELS[k]}`;
  if (before && after) return `${what} is out of place: it belongs after ${label(before)} and before ${label(after)}`;
  if (after) return `${what} is out of place: it belongs first, before ${label(after)}`;
  if (before) return `${what} is out of place: it belongs last, after ${label(before)}`;
  return `${what} is out of place`;
}

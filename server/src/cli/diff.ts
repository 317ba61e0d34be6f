// A small unified diff (lines, 3 lines of context) for --fix-dry-run.

const CONTEXT = 3;
/** Above this many line pairs in the changed middle, the middle is shown as one replacement. */
const MAX_TABLE = 4_000_000;

/** One line of the diff; `last` marks the final line of the old (a) or new (b) text. */
type Op = { kind: ' ' | '-' | '+'; text: string; aLast?: boolean; bLast?: boolean };

/** The unified diff of two texts under one name; "" when they are equal. */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a.lines, b.lines);
  markLastLines(ops);
  const out = [`--- a/${name}`, `+++ b/${name}`];
  for (const hunk of hunks(ops)) {
    out.push(`@@ -${range(hunk.aStart, hunk.aCount)} +${range(hunk.bStart, hunk.bCount)} @@`);
    for (const op of hunk.ops) {
      out.push(op.kind + op.text);
      if ((op.aLast && !a.finalNewline) || (op.bLast && !b.finalNewline)) out.push('\\ No newline at end of file');
    }
  }
  return out.join('\n') + '\n';
}

/** Flags the ops that hold the last line of each side. */
function markLastLines(ops: Op[]): void {
  let lastA = -1;
  let lastB = -1;
  ops.forEach((op, k) => {
    if (op.kind !== '+') lastA = k;
    if (op.kind !== '-') lastB = k;
  });
  if (lastA >= 0) ops[lastA].aLast = true;
  if (lastB >= 0) ops[lastB].bLast = true;
}

/** Lines without their breaks (\n, \r\n or \r), and whether the text ended with a break. */
function splitLines(text: string): { lines: string[]; finalNewline: boolean } {
  const lines = text.split(/\r\n|\r|\n/);
  const finalNewline = lines[lines.length - 1] === '';
  if (finalNewline) lines.pop();
  return { lines, finalNewline };
}

/** Line operations turning `a` into `b`: common ends trimmed, then a longest-common-subsequence table. */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  // Loops, not spreads: a spread of a long array into push overflows the stack.
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: ' ', text: a[k] });
  if ((am.length + 1) * (bm.length + 1) > MAX_TABLE) {
    for (const text of am) ops.push({ kind: '-', text });
    for (const text of bm) ops.push({ kind: '+', text });
  } else for (const op of lcsOps(am, bm)) ops.push(op);
  for (let k = a.length - tail; k < a.length; k++) ops.push({ kind: ' ', text: a[k] });
  return ops;
}

/** The classic LCS table walk; fine for the handful of lines a fix changes. */
function lcsOps(a: string[], b: string[]): Op[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i] });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[(i + 1) * width + j] >= table[i * width + j + 1])) ops.push({ kind: '-', text: a[i++] });
    else ops.push({ kind: '+', text: b[j++] });
  }
  return ops;
}

interface Hunk {
  aStart: number;
  aCount: number;
  bStart: number;
  bCount: number;
  ops: Op[];
}

/** Groups changes with their context, merging groups whose context overlaps. */
function hunks(ops: Op[]): Hunk[] {
  const changed: number[] = [];
  for (let k = 0; k < ops.length; k++) if (ops[k].kind !== ' ') changed.push(k);
  const out: Hunk[] = [];
  // Line numbers before ops[scanned], carried from hunk to hunk so the whole walk is linear.
  const lines = { scanned: 0, a: 1, b: 1 };
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k] - CONTEXT);
    let to = changed[k];
    while (k + 1 < changed.length && changed[k + 1] - to <= 2 * CONTEXT) to = changed[++k];
    k++;
    const end = Math.min(ops.length, to + CONTEXT + 1);
    out.push(makeHunk(ops, from, end, lines));
  }
  return out;
}

/** A hunk over ops[from, end), with 1-based starting lines on both sides; `lines` counts up to `from`. */
function makeHunk(ops: Op[], from: number, end: number, lines: { scanned: number; a: number; b: number }): Hunk {
  for (; lines.scanned < from; lines.scanned++) {
    if (ops[lines.scanned].kind !== '+') lines.a++;
    if (ops[lines.scanned].kind !== '-') lines.b++;
  }
  const aLine = lines.a;
  const bLine = lines.b;
  const slice = ops.slice(from, end);
  let aCount = 0;
  let bCount = 0;
  for (const op of slice) {
    if (op.kind !== '+') aCount++;
    if (op.kind !== '-') bCount++;
  }
  return {
    aStart: aCount ? aLine : aLine - 1,
    aCount,
    bStart: bCount ? bLine : bLine - 1,
    bCount,
    ops: slice,
  };
}

/** "start,count" as unified diffs write it (",1" left out). */
function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

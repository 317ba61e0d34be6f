// Small text helpers every layer needs: positions, words, sentences, quote folding.
import { CHAR_KIND, DIGIT, EN_DASH, charKind } from './chars';

/** Where each line starts (after \n, \r\n or a lone \r): plain numbers, cheap to send between threads. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based line holding an offset, by binary search over line starts. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps offsets to 0-based line/character positions and back, in UTF-16 units. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line and character of an offset. */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lineOf(this.starts, o);
    return { line, character: o - this.starts[line] };
  }

  /** Offset of a 0-based line and character, clamped to the text. */
  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + Math.max(0, character), this.lineEnd(line));
  }

  /** Offset where a line's content ends (before its line break). */
  lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

const WORD = 1;
const JOINER = 2;
const OTHER = 3;

/** The word scanner's view of the one table (WORD, JOINER, OTHER), kept per unit so the hottest loop does one look-up. */
const SCAN_KIND = new Uint8Array(0x10000);

/** Word (letters, digits, marks), joiner (apostrophes, period, hyphen, en dash: they join two runs into one word) or other, from the one table. */
function scanKind(c: number): number {
  const k = CHAR_KIND[c] || charKind(c);
  const kind = k <= DIGIT ? WORD : k <= EN_DASH ? JOINER : OTHER;
  if (c >= 0 && c <= 0xffff) SCAN_KIND[c] = kind;
  return kind;
}

/** The scanner's kind of a unit. */
function unitKind(c: number): number {
  return SCAN_KIND[c] || scanKind(c);
}

/**
 * Scans the words of a text the way an editor counts them (U.S., Jong-un, Kim’s and 1950–53 count
 * once): a word is a run of letters and digits, continued across joiners that stand between two
 * such runs. Calls `visit` with each word's start and end. A table-driven state machine: it runs
 * over every paragraph of every take, and a Unicode-class regex was many times slower.
 */
export function scanWords(text: string, visit: (start: number, end: number) => void): number {
  const len = text.length;
  let n = 0;
  let inWord = false;
  let start = 0;
  let lastWordEnd = 0;
  for (let i = 0; i < len; i++) {
    const k = unitKind(text.charCodeAt(i));
    if (k === WORD) {
      if (!inWord) {
        if (lastWordEnd === i && n > 0 && i > 0 && unitKind(text.charCodeAt(i - 1)) === JOINER) {
          inWord = true;
        } else {
          if (n > 0) visit(start, lastWordEnd);
          n++;
          start = i;
          inWord = true;
        }
      }
      lastWordEnd = i + 1;
    } else if (k === JOINER && inWord) {
      let j = i;
      while (j < len && unitKind(text.charCodeAt(j)) === JOINER) j++;
      if (j < len && unitKind(text.charCodeAt(j)) === WORD) {
        lastWordEnd = j;
        i = j - 1;
      } else {
        inWord = false;
        i = j - 1;
      }
    } else inWord = false;
  }
  if (n > 0) visit(start, lastWordEnd);
  return n;
}

/**
 * The word counter's state machine, indexed by state × 4 + unit kind: the next state (0 outside a word, 1 in
 * a word, 2 after a word and its joiners) in the low two bits, and 4 when the unit starts a new word.
 */
const COUNT_STEP = new Uint8Array([/* outside: */ 0, 1 | 4, 0, 0, /* in a word: */ 0, 1, 2, 0, /* joined: */ 0, 1, 2, 0]);

/**
 * Counts words as scanWords delimits them, stopping past `limit`: the same state machine without callbacks
 * or branches (a table step per unit), since counting runs over every body paragraph (1.7× the branching loop).
 */
function countScan(text: string, limit: number): number {
  const len = text.length;
  let n = 0;
  let state = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    const step = COUNT_STEP[(state << 2) | (SCAN_KIND[c] || scanKind(c))];
    n += step >> 2;
    if (n > limit) return n;
    state = step & 3;
  }
  return n;
}

/** Counts words the way an editor does: hyphenated words and U.S. count once. */
export function countWords(text: string): number {
  return countScan(text, Infinity);
}

/** Counts words but stops past `limit` (returns limit + 1 then): enough to tell a headline from a paragraph. */
export function countWordsUpTo(text: string, limit: number): number {
  return countScan(text, limit);
}

const partWords = new WeakMap<object, number>();

/** The word count of a paragraph object, counted once however many rules ask (body paragraphs are asked three times). */
export function wordsIn(part: { text: string }): number {
  let n = partWords.get(part);
  if (n === undefined) partWords.set(part, (n = countScan(part.text, Infinity)));
  return n;
}

/** Every word with its offset inside `text`. */
export function words(text: string): Array<{ word: string; index: number }> {
  const out: Array<{ word: string; index: number }> = [];
  scanWords(text, (start, end) => out.push({ word: text.slice(start, end), index: start }));
  return out;
}

const EDGE_LEADING = ' "\'';
const EDGE_TRAILING = ' "\'.,;:!?…';

/**
 * Folds quote marks, dashes, white space and case so two quotations can be compared. The edges are
 * trimmed by a loop: an end-anchored regex retried at every space was the slowest part on long bodies.
 */
export function normalizeForComparison(text: string): string {
  const folded = text
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚`']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ');
  let start = 0;
  let end = folded.length;
  while (start < end && EDGE_LEADING.includes(folded[start])) start++;
  while (end > start && EDGE_TRAILING.includes(folded[end - 1])) end--;
  return folded.slice(start, end).toLowerCase();
}

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;

/** The text with accents dropped (`communiqué` → `communique`, `José` → `Jose`): decomposed, combining marks removed. */
export function withoutAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '') : text;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

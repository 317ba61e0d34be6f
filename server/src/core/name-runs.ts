// Finds runs of two or more capitalised words (`Kim Jong-un`, `Abdel Fattah el-Sisi`) with a character loop: a Unicode
// regex over every body was the costliest part of consistent-names.
import { APOSTROPHE, BLANK, CHAR_KIND, DIGIT, HYPHEN, LOWER, UPPER, charKind } from './chars';
import { NAME_PARTICLES } from './lexicon';

/** Prefixes glued to a capitalised name (`el-Sisi`, `bin-Salman`). */
const PREFIXES = ['al-', 'el-', 'ad-', 'bin-', 'ibn-', 'abu-'];

/** The kind of a UTF-16 unit, from the one table. */
function kind(c: number): number {
  return CHAR_KIND[c] || charKind(c);
}

/** True when a letter or digit stands right before `at` (so no word starts there). */
function inWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const k = kind(text.charCodeAt(at - 1));
  return k === UPPER || k === LOWER || k === DIGIT;
}

/** Where a name word starting at `at` ends (a capital then a lowercase letter, joined by apostrophes and hyphens), or -1. */
function nameWordEnd(text: string, at: number): number {
  let i = at;
  if (kind(text.charCodeAt(at)) === LOWER) {
    const prefix = PREFIXES.find((p) => text.startsWith(p, at));
    if (!prefix) return -1;
    i += prefix.length;
  }
  if (kind(text.charCodeAt(i)) !== UPPER || kind(text.charCodeAt(i + 1)) !== LOWER) return -1;
  i += 2;
  for (;;) {
    const k = kind(text.charCodeAt(i));
    if (k === UPPER || k === LOWER) i++;
    else if ((k === APOSTROPHE || k === HYPHEN) && isLetter(text.charCodeAt(i + 1))) i += 2;
    else return i;
  }
}

/** True for a letter of either case. */
function isLetter(c: number): boolean {
  const k = kind(c);
  return k === UPPER || k === LOWER;
}

/** Where the blanks from `at` end. */
function blanksEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && kind(text.charCodeAt(i)) === BLANK) i++;
  return i;
}

/** Where a name particle and its blanks from `at` end (`de `, `van der `), or `at` when none stands there. */
function particlesEnd(text: string, at: number): number {
  let i = at;
  for (;;) {
    let j = i;
    while (j < text.length && kind(text.charCodeAt(j)) === LOWER) j++;
    if (j === i || !NAME_PARTICLES.has(text.slice(i, j)) || kind(text.charCodeAt(j)) !== BLANK) return i;
    i = blanksEnd(text, j);
  }
}

/** A character that may open a run (a capital; a prefixed word such as `el-Sisi` only continues one): a native search skips the rest. */
const CANDIDATE = /[A-Z\u00c0-\u00de\u0100-\u024f\u0370-\u03ff\u0400-\u042f\u1e00-\u1eff]/g;

/** Every run of two or more name words in a text: its offset and text. */
export function nameRuns(text: string, max: number): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  let i = 0;
  while (i < text.length && out.length < max) {
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) break;
    i = CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    const k = kind(c);
    if (k !== UPPER || inWord(text, i)) {
      i++;
      continue;
    }
    let end = nameWordEnd(text, i);
    if (end < 0) {
      i++;
      continue;
    }
    let words = 1;
    for (;;) {
      const next = particlesEnd(text, blanksEnd(text, end));
      if (next === end) break;
      const e = nameWordEnd(text, next);
      if (e < 0) break;
      end = e;
      words++;
    }
    if (words >= 2) out.push({ at: i, text: text.slice(i, end) });
    i = end;
  }
  return out;
}

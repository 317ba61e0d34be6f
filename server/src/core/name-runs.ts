// Finds runs of two or more capitalised words (`Kim Jong-un`, `Abdel Fattah el-Sisi`) with a character loop: a Unicode
// regex over every body was the costliest part of consistent-names.
import { NAME_PARTICLES } from './lexicon';

const OTHER = 1;
const UPPER = 2;
const LOWER = 3;
const APOSTROPHE = 4;
const HYPHEN = 5;
const BLANK = 6;
/** Per UTF-16 unit, looked up once: 0 unknown, then one of the kinds above. */
const KIND = new Uint8Array(65536);
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /[\p{Ll}\p{M}\p{Lo}]/u;
/** Lowercase prefixes glued to a capitalised name (`el-Sisi`, `bin-Salman`). */
const PREFIXES = ['al-', 'el-', 'ad-', 'bin-', 'ibn-', 'abu-'];

/** The kind of a UTF-16 unit. */
function kind(c: number): number {
  let k = KIND[c];
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  if (c === 39 || c === 0x2019) k = APOSTROPHE;
  else if (c === 45) k = HYPHEN;
  else if (c === 32 || c === 0xa0) k = BLANK;
  else if (UPPER_LETTER.test(ch)) k = UPPER;
  else if (LOWER_LETTER.test(ch)) k = LOWER;
  else k = OTHER;
  KIND[c] = k;
  return k;
}

/** True when a letter or digit stands right before `at` (so no word starts there). */
function inWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const k = kind(text.charCodeAt(at - 1));
  return k === UPPER || k === LOWER || /\d/.test(text[at - 1]);
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

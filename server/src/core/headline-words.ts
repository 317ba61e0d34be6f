// Splits a headline into words for title case: a scanner for the hot path, and the pattern that defines it.
import type { HeadlineWord } from './titlecase';

/** A headline word as a pattern: a letter or digit, then letters, marks, digits, apostrophes, periods and hyphens. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
/** A gap that starts a new phrase: a dash, colon, question or exclamation mark, or a spaced hyphen. */
const PHRASE_BREAK = /[–—―‒:?!]|\s-+\s/;
/** A gap with punctuation in it (anything but spaces and quote marks). */
const PAUSE = /[^\s'’"“”‘]/;

/** Unit classes of the scanner, kept per UTF-16 unit once asked. */
const UNKNOWN = 0;
const STARTS = 1; // a letter or digit: starts or continues a word
const CONTINUES = 2; // a mark, apostrophe, period or hyphen: continues a word
const OTHER = 3;
const UNIT = new Uint8Array(0x10000);

/** The class of one UTF-16 unit (outside the surrogates), from the same Unicode properties as WORD. */
function unitClass(c: number): number {
  let k = UNIT[c];
  if (k !== UNKNOWN) return k;
  const s = String.fromCharCode(c);
  k = /[\p{L}\p{N}]/u.test(s) ? STARTS : /[\p{M}'’.-]/u.test(s) ? CONTINUES : OTHER;
  UNIT[c] = k;
  return k;
}

/** True when the text has a surrogate unit: astral letters are left to the pattern. */
function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * Splits a headline into words: letters and digits with inner apostrophes, periods and hyphens (trailing ones
 * dropped, and a lone final period). A unit scanner with no match arrays: every take's headline is split two or three times.
 */
export function headlineWords(text: string): HeadlineWord[] {
  if (hasSurrogate(text)) return headlineWordsByPattern(text);
  const out: HeadlineWord[] = [];
  const len = text.length;
  let forcedNext = true;
  let last = 0;
  let i = 0;
  while (i < len) {
    if (unitClass(text.charCodeAt(i)) !== STARTS) {
      i++;
      continue;
    }
    const start = i;
    let periods = 0;
    for (i++; i < len; i++) {
      const c = text.charCodeAt(i);
      if (unitClass(c) === OTHER) break;
      if (c === 46) periods++;
    }
    let end = i;
    while (end > start + 1 && isTrailing(text.charCodeAt(end - 1))) end--;
    if (periods === 1 && text.charCodeAt(end - 1) === 46) end--;
    addWord(out, text, start, end, last, forcedNext);
    forcedNext = false;
    last = i;
  }
  if (out.length > 0) out[out.length - 1].forced = true;
  return out;
}

/** A hyphen or apostrophe at the end of a word, which is not part of it. */
function isTrailing(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

/** Adds one word; the gap since the previous word decides whether it is forced and whether the previous one pauses. */
function addWord(out: HeadlineWord[], text: string, start: number, end: number, gapStart: number, forcedNext: boolean): void {
  const single = start === gapStart + 1 && text.charCodeAt(gapStart) === 32;
  const gap = single ? ' ' : text.slice(gapStart, start);
  const forced = forcedNext || (!single && PHRASE_BREAK.test(gap));
  if (out.length > 0) out[out.length - 1].pause = !single && PAUSE.test(gap);
  out.push({ start, end, text: text.slice(start, end), forced, pause: false });
}

/** The definition the scanner follows, by pattern; used for text with astral letters, and by the tests. */
export function headlineWordsByPattern(text: string): HeadlineWord[] {
  const out: HeadlineWord[] = [];
  let forcedNext = true;
  let last = 0;
  const re = new RegExp(WORD.source, WORD.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let word = m[0].replace(/[-'’]+$/, '');
    if (/^[^.]*\.$/.test(word)) word = word.slice(0, -1);
    const gap = text.slice(last, m.index);
    const forced = forcedNext || PHRASE_BREAK.test(gap);
    if (out.length > 0) out[out.length - 1].pause = PAUSE.test(gap);
    out.push({ start: m.index, end: m.index + word.length, text: word, forced, pause: false });
    forcedNext = false;
    last = m.index + m[0].length;
  }
  if (out.length > 0) out[out.length - 1].forced = true;
  return out;
}

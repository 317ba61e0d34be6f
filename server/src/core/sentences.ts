// The one sentence splitter: bylines, pull-quotes and the rules all cut sentences here, with the lexicon's abbreviations.
import { ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './lexicon';

/** A sentence of a paragraph, with offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Titles before the period (`Dr.`, `Gen.`): never the end of a sentence. */
const TITLES: ReadonlySet<string> = new Set(TITLE_ABBREVIATIONS);
/** Any abbreviation before the period (`Inc.`, `Dr.`): a sentence ends there only before an opener. */
const ABBREVIATIONS_SET: ReadonlySet<string> = new Set(ABBREVIATIONS);
/** Sentence-final punctuation, closing quotes or brackets, then white space or the end. */
const STOP = /[.!?…]+["”’'»)\]]*(?=\s|$)/g;
/** How far past a stop the next word is looked for, and how far before it the abbreviation. */
const LOOK_AHEAD = 40;
const LOOK_BEHIND = 24;
/** Opening quotes or a bracket that may stand before the next sentence's first word. */
const OPENERS = new Set([0x201c, 0x22, 0x2018, 0x27, 0x28, 0xab]);
const SPACE = /\s/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
/** Letters joined by periods (`U.S`, `J.R`) or one capital (`J`): an initialism or an initial. */
const INITIALISM = /^(?:(?:\p{L}\.)+\p{L}|\p{Lu})$/u;

/** Where the sentence that starts at `from` ends: after its final punctuation (and closing quotes), or at the end of the text. */
export function sentenceEnd(text: string, from: number): number {
  STOP.lastIndex = from;
  for (let m = STOP.exec(text); m; m = STOP.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length || isBoundary(text, m.index, m[0], end)) return end;
  }
  return text.length;
}

/** True when the stop at `at` ends a sentence: not before a lowercase word, not after a title, an initial or an abbreviation (unless an opener follows). */
function isBoundary(text: string, at: number, stop: string, end: number): boolean {
  const word = nextWordStart(text, end);
  if (word < 0) return true;
  if (isLowercase(text, word)) return false;
  if (stop.charCodeAt(0) !== 46 || stop.charCodeAt(1) === 46) return true;
  const before = wordBefore(text, at);
  if (TITLES.has(before)) return false;
  if (ABBREVIATIONS_SET.has(before) || INITIALISM.test(before)) return SENTENCE_OPENERS.has(wordAt(text, word, end + LOOK_AHEAD));
  return true;
}

/** Where the word after a stop starts: past white space (at least one) and an opening quote, or -1 when none follows closely. */
function nextWordStart(text: string, end: number): number {
  const limit = Math.min(text.length, end + LOOK_AHEAD);
  let i = end;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return -1;
  if (i < limit && OPENERS.has(text.charCodeAt(i))) i++;
  return i < limit && isLetterOrNumber(text.charCodeAt(i)) ? i : -1;
}

/** The word that starts at `from` (letters, digits, apostrophes and hyphens), read no further than `limit`. */
function wordAt(text: string, from: number, limit: number): string {
  const stop = Math.min(text.length, limit);
  let i = from + 1;
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (!(isLetterOrNumber(c) || c === 0x27 || c === 0x2019 || c === 0x2d)) break;
  }
  return text.slice(from, i);
}

/** The run of letters and periods that ends at `at` (at most LOOK_BEHIND units): the word a period follows. */
function wordBefore(text: string, at: number): string {
  const low = Math.max(0, at - LOOK_BEHIND);
  let i = at;
  while (i > low && (text.charCodeAt(i - 1) === 46 || isLetter(text.charCodeAt(i - 1)))) i--;
  return text.slice(i, at);
}

/** White space as `\s` has it, ASCII first. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));
}

/** A letter, ASCII first. */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(String.fromCharCode(c)));
}

/** A letter or a digit, ASCII first. */
function isLetterOrNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetter(c) || (c > 127 && LETTER_OR_NUMBER.test(String.fromCharCode(c)));
}

/** True when the unit at `i` is a lowercase letter, ASCII first. */
function isLowercase(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c > 127 && LOWERCASE.test(text[i]));
}

/** Splits a paragraph into sentences (white space trimmed), offsets shifted by `base`. */
export function sentences(text: string, base = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  while (start < text.length) {
    const end = sentenceEnd(text, start);
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: base + s, end: base + e, text: text.slice(s, e) });
    start = end;
  }
  return out;
}

// The one sentence splitter: bylines, pull-quotes and the rules all cut sentences here, with the lexicon's abbreviations.
import { ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './lexicon';

/** A sentence of a paragraph, with offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const altern = (list: readonly string[]): string => list.map((w) => w.replace(/\./g, '\\.')).join('|');
/** A title before the period (`Dr.`, `Gen.`): never the end of a sentence. */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}.])(?:${altern(TITLE_ABBREVIATIONS)})$`, 'u');
/** Another abbreviation, an initial or an initialism before the period (`Inc.`, `J.`, `U.S.`): a sentence ends there only before an opener. */
const ABBREVIATION_BEFORE = new RegExp(`(?:^|[^\\p{L}.])(?:${altern(ABBREVIATIONS)}|(?:\\p{L}\\.)+\\p{L}|\\p{Lu})$`, 'u');
/** Sentence-final punctuation, closing quotes or brackets, then white space or the end. */
const STOP = /[.!?…]+["”’'»)\]]*(?=\s|$)/g;
/** The word after a stop. */
const NEXT_WORD = /^\s+[“"‘'(«]?([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

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
  const next = NEXT_WORD.exec(text.slice(end, end + 40));
  if (!next) return true;
  if (/^\p{Ll}/u.test(next[1])) return false;
  if (stop[0] !== '.' || (stop.length > 1 && stop[1] === '.')) return true;
  const before = text.slice(Math.max(0, at - 24), at);
  if (TITLE_BEFORE.test(before)) return false;
  if (ABBREVIATION_BEFORE.test(before)) return SENTENCE_OPENERS.has(next[1]);
  return true;
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

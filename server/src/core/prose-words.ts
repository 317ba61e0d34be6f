// The words of the prose as the language rules see them: offsets, and whether each opens a sentence.
import { scanWords } from './text';
import type { Span } from './types';

/** One word of a prose span: its text, [start, end) in the take's text, and where it stands in its span (to look around it). */
export interface ProseWord {
  text: string;
  start: number;
  end: number;
  span: Span;
  /** Offset of the word inside `span.text`. */
  at: number;
}

/** Web addresses and e-mail addresses: no word inside one is checked. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Calls `visit` with every word of the prose spans, addresses left out. One reused object: copy what you keep. */
export function forEachProseWord(prose: readonly Span[], visit: (word: ProseWord) => void): void {
  const word: ProseWord = { text: '', start: 0, end: 0, span: { start: 0, end: 0, text: '' }, at: 0 };
  for (const span of prose) {
    const text = span.text;
    const addresses = text.includes('@') || text.includes('://') || text.includes('www.') ? addressRanges(text) : [];
    word.span = span;
    scanWords(text, (start, end) => {
      if (addresses.length > 0 && addresses.some(([s, e]) => start >= s && end <= e)) return;
      word.text = text.slice(start, end);
      word.start = span.start + start;
      word.end = span.start + end;
      word.at = start;
      visit(word);
    });
  }
}

/** The [start, end) ranges of the addresses in a text. */
function addressRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
}

/** True when only quotes, brackets and blanks stand between a sentence's end (or the span's start) and the word. */
export function opensSentence(w: ProseWord): boolean {
  const text = w.span.text;
  let k = w.at - 1;
  while (k >= 0 && /[\s"“”‘'([«—–-]/.test(text[k])) k--;
  return k < 0 || /[.!?…:]/.test(text[k]);
}

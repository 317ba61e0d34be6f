// The words of the prose as the language rules see them: offsets, and whether each opens a sentence.
import { scanWords } from './text';
import type { Span } from './types';

/** One word of a prose span: [start, end) in the take's text, its text, and whether a sentence starts with it. */
export interface ProseWord {
  start: number;
  end: number;
  text: string;
  sentenceStart: boolean;
}

/** Web addresses and e-mail addresses: no word inside one is checked. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Calls `visit` with every word of the prose spans, addresses left out. */
export function forEachProseWord(prose: readonly Span[], visit: (word: ProseWord) => void): void {
  for (const span of prose) {
    const text = span.text;
    const addresses = text.includes('@') || text.includes('://') || text.includes('www.') ? addressRanges(text) : [];
    scanWords(text, (start, end) => {
      if (addresses.length > 0 && addresses.some(([s, e]) => start >= s && end <= e)) return;
      visit({ start: span.start + start, end: span.start + end, text: text.slice(start, end), sentenceStart: opensSentence(text, start) });
    });
  }
}

/** The [start, end) ranges of the addresses in a text. */
function addressRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
}

/** True when only quotes, brackets and blanks stand between a sentence's end (or the span's start) and the word. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /[\s"“”‘'([«—–-]/.test(text[k])) k--;
  return k < 0 || /[.!?…:]/.test(text[k]);
}

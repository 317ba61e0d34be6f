// The prose words a take's house dictionary does not hold, found once per take for spelling and dialect-spelling both.
import { forEachProseWord, type ProseWord } from './prose-words';
import type { Speller } from './speller';
import type { Span, Take } from './types';

/** The last take's answer: spelling and dialect-spelling ask in turn for the same take, so one entry is enough. */
let last: { take: Take; speller: Speller; words: ProseWord[] } | undefined;

/** Each word of the prose the dictionary does not hold as written (curly apostrophes and a possessive `’s` looked past); numbers and abbreviations with periods are no words to spell. */
export function unknownWords(take: Take, prose: readonly Span[], speller: Speller): ProseWord[] {
  if (last && last.take === take && last.speller === speller) return last.words;
  const words: ProseWord[] = [];
  forEachProseWord(prose, (w) => {
    if (!speller.correct(w.text.includes('’') ? withoutPossessive(w.text) : w.text) && !/[\p{N}.]/u.test(w.text)) words.push({ ...w });
  });
  last = { take, speller, words };
  return words;
}

/** The word without a possessive `’s` or a closing apostrophe, with straight apostrophes as the dictionary writes them. */
export function withoutPossessive(word: string): string {
  return word
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '')
    .replace(/’/g, "'");
}

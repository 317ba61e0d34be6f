// Tells a headline from a sentence by its shape, before positions are taken into account.
import { countWordsUpTo, words } from '../text';
import { isWrappedInQuotes } from './classify';
import { matchesTemplate, seriesEnd, type ParseHints } from './headline';

const HEADLINE_MAX_WORDS = 40;
/** A sentence has a good share of lowercase words; a title-case headline has few. */
const SENTENCE_LOWERCASE_SHARE = 0.3;
const SENTENCE_MIN_WORDS = 4;

/**
 * True when a paragraph is a headline: it starts with the configured series and a separator, follows the
 * template, or reads `… We Asked …`; or, when `firstInTake`, is any short unquoted paragraph.
 */
export function isHeadlineLike(text: string, hints: ParseHints, firstInTake: boolean): boolean {
  const n = countWordsUpTo(text, HEADLINE_MAX_WORDS);
  if (n === 0 || n > HEADLINE_MAX_WORDS || isWrappedInQuotes(text)) return false;
  if (firstInTake || matchesTemplate(text, hints) || /\bWe Asked\b/.test(text)) return true;
  const end = hints.series ? seriesEnd(text, hints.series) : -1;
  return end > 0 && /^\s*(?:[–—―‒:]|-+\s)/.test(text.slice(end));
}

/** True for a paragraph that reads as a sentence: final punctuation and mostly lowercase words. */
export function isSentenceLike(text: string): boolean {
  if (!/[.!?…]["”’']?$/.test(text)) return false;
  const all = words(text);
  if (all.length < SENTENCE_MIN_WORDS) return false;
  const lower = all.filter((w) => /^\p{Ll}/u.test(w.word)).length;
  return lower / all.length >= SENTENCE_LOWERCASE_SHARE;
}

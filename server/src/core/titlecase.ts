// Title case for headlines (Chicago and AP): which words are capitalised, and how to write a word that is not.
import { NAME_PARTICLES, TITLE_CASE } from './lexicon';

export type TitleCaseStyle = 'chicago' | 'ap';

/** A word of a headline, with its offset inside the headline text. */
export interface HeadlineWord {
  start: number;
  end: number;
  text: string;
  /** First word, last word, or first word after a dash, colon, question or exclamation mark. */
  forced: boolean;
  /** Punctuation follows the word (`Over,`): it ends a phrase, so it may be an adverb. */
  pause: boolean;
}

/** The word classes title case needs, from the lexicon: articles, conjunctions, prepositions … */
const { articles: ARTICLES, conjunctions: CONJUNCTIONS, prepositions: PREPOSITIONS, determiners: DETERMINERS } = TITLE_CASE;
/** Words that are also adverbs, particles or subordinating conjunctions (`Give Up`, `So Far`, `Not Yet`): never reported. */
const AMBIGUOUS = TITLE_CASE.ambiguous;
/** Prepositions that often open a clause (`After Kim Leaves`): lowercased only before a determiner. */
const CLAUSE_OPENERS = TITLE_CASE.clauseOpeners;
const AP_MIN_CAPITALIZED_LENGTH = 4;

/** True for a word part written in a way title case must not touch: capitals past the first letter, digits, periods. */
export function isVerbatim(segment: string): boolean {
  return /[.\p{N}]/u.test(segment) || /\p{Lu}/u.test(segment.slice(1)) || !/^\p{L}/u.test(segment);
}

/** True for a word that stays lowercase in the middle of a title in this style. */
export function isMinor(word: string, style: TitleCaseStyle): boolean {
  const w = word.toLowerCase();
  if (ARTICLES.has(w)) return true;
  if (!CONJUNCTIONS.has(w) && !PREPOSITIONS.has(w)) return false;
  return style === 'chicago' || w.length < AP_MIN_CAPITALIZED_LENGTH;
}

/** True for a word whose case title case cannot decide without grammar. */
function isAmbiguous(word: string, style: TitleCaseStyle): boolean {
  const w = word.toLowerCase();
  return AMBIGUOUS.has(w) && (style === 'chicago' || w.length < AP_MIN_CAPITALIZED_LENGTH);
}

/** Capitalises the first letter of a word part. */
function upperFirst(segment: string): string {
  return segment.charAt(0).toUpperCase() + segment.slice(1);
}

/** Lowercases the first letter of a word part. */
function lowerFirst(segment: string): string {
  return segment.charAt(0).toLowerCase() + segment.slice(1);
}

/** True when a word part starts with a lowercase letter. */
function startsLower(segment: string): boolean {
  return /^\p{Ll}/u.test(segment);
}

/**
 * How a headline word should be written in title case, or undefined when it is fine or must be left alone.
 * `next` is the following word, used to tell a preposition (`In Korea`) from a particle (`Weigh In on`).
 * In a compound only the first part is judged, unless the whole compound is lowercase (`long-term` → `Long-Term`):
 * `Jong-un` and `Long-term` keep their later parts as written.
 */
export function titleCased(word: HeadlineWord, next: HeadlineWord | undefined, style: TitleCaseStyle): string | undefined {
  const [head, ...rest] = word.text.split('-');
  if (isVerbatim(head)) return undefined;
  const fixedHead = headCase(head, word.forced, word.pause, next, style, rest.length > 0);
  if (fixedHead === undefined) return undefined;
  const tail = startsLower(head) ? rest.map((s) => (isMajorLowercase(s, style) ? upperFirst(s) : s)) : rest;
  return [fixedHead, ...tail].join('-');
}

/** True for a later part of a compound that title case capitalises (`term` in `long-term`). */
function isMajorLowercase(segment: string, style: TitleCaseStyle): boolean {
  return segment.length > 1 && startsLower(segment) && !isVerbatim(segment) && !isMinor(segment, style) && !isAmbiguous(segment, style);
}

/** The case the first part of a word calls for, or undefined when it is fine or undecidable. */
function headCase(head: string, forced: boolean, pause: boolean, next: HeadlineWord | undefined, style: TitleCaseStyle, compound: boolean): string | undefined {
  const lower = startsLower(head);
  if (forced || compound) return lower && !(compound && head.length === 1) ? upperFirst(head) : undefined;
  if (isAmbiguous(head, style)) return undefined;
  if (isMinor(head, style)) return lower || !surelyMinor(head, pause ? undefined : next, style) ? undefined : lowerFirst(head);
  if (!lower) return undefined;
  if (NAME_PARTICLES.has(head) && next && (/^\p{Lu}/u.test(next.text) || NAME_PARTICLES.has(next.text))) return undefined;
  return upperFirst(head);
}

/** True when a capitalised minor word is surely used as one: an article or conjunction, or a preposition before a noun phrase. */
function surelyMinor(head: string, next: HeadlineWord | undefined, style: TitleCaseStyle): boolean {
  const w = head.toLowerCase();
  if (ARTICLES.has(w) || (CONJUNCTIONS.has(w) && w !== 'for')) return true;
  if (!next) return false;
  const n = next.text.toLowerCase();
  if (DETERMINERS.has(n) || /^\p{N}/u.test(n)) return true;
  if (CLAUSE_OPENERS.has(w) || isMinor(n, style) || isAmbiguous(n, style)) return false;
  return /^\p{Lu}/u.test(next.text);
}

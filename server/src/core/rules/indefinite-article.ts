// Rule indefinite-article: `a` before a consonant sound, `an` before a vowel sound (`an important`, `a European`, `an MBA`).
import type { TakeRule } from '../rule';
import type { Report, Span } from '../types';
import { ACRONYM_SOUNDS, INITIALISMS, NOT_AFTER_ARTICLE, ONSETS, letterNameSound, listedSound, type Sound } from '../lexicon/articles';
import { isBlankCode, isWordCode, replaceReport } from '../typography';
import { withoutAccents } from '../text';

/**
 * A candidate article (`a`, `A`, `an`, `An`) at an ASCII word boundary and the spaces after it (not a tab: `a<tab>Append`
 * is a label), unless the next word is one it always fits: `a` before a lowercase consonant other than h followed by a
 * lowercase letter (`a new`), `an` before a lowercase a- or i-word (`an agreement`). That leaves the regex, not
 * JavaScript, to pass over nearly every article of a take. Words that end in `a`/`an` after a non-ASCII letter or an
 * apostrophe (`Bogotá`, `’a`) match too and are dropped by the character before. Run with test() and lastIndex: no
 * match array is built.
 */
const BLANK = '[ \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]';
const ARTICLE = new RegExp(`\\b[Aa](?:${BLANK}+(?![b-df-gj-np-tv-z][a-z])|n${BLANK}+(?![ai][a-z]))`, 'g');

/** What the next word's first sound says. A plain consonant (`a Chinese`) is told apart from one a list or a reading decided. */
const UNSURE = 0;
const VOWEL = 1;
const CONSONANT = 2;
/** A consonant only because the word starts with one (`Hoang`, `Tran`): not trusted after a capital `An`, which may be a name. */
const PLAIN_CONSONANT = 3;

const FROM_SOUND: Record<Sound, number> = { vowel: VOWEL, consonant: CONSONANT, unsure: UNSURE };

const HYPHEN = 45;
const PERIOD = 46;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

export const rule: TakeRule = {
  meta: {
    id: 'indefinite-article',
    category: 'body',
    description: '`a` goes before a consonant sound and `an` before a vowel sound (`an important`, `a European`, `an MBA`)',
    rationale: [
      'The article follows the *sound* of the next word, not its spelling, and the fix swaps `a` and `an` keeping a capital. Reported: `a important`, `an European`, `an university`, `a hour`, `a MBA`, `an NATO summit`, `a 18-month`.',
      '',
      'Accepted, besides the ordinary cases: silent h (`an hour`, `an honest`, `an heir`), u, eu and o words said with a “you” or “w” (`a university`, `a European`, `a one-time`, `a Ukrainian`), initialisms read letter by letter (`an MBA`, `an FBI`, `an X-ray`, `a U.S.`, `a UN`), acronyms read as words (`a NATO summit`, `an ASEAN member`, `a UNESCO site`) and numbers by their spoken form (`an 18-month`, `an 11th`, `an 8`, `a 1950s`, `a 100-day`).',
      '',
      'It reports only when sure and stays silent on words said both ways (`a`/`an historic`, `hotel`, `herb`), a u-word or capitals it does not know, unknown capitals of five letters or more, model names before a number (`MiG-29`, `Su-35`), a number such as `1800` (eighteen hundred or one thousand eight hundred), a word in quotes or brackets after the article, single letters (`a b c`, `an a priori`), a capital `A` inside a sentence (`Plan A is`), an `a` before a word no article precedes (`A or B`), and a sentence-opening `An` before a capitalised name (`An Nguyen`, `An Hoang`). The word lists are data, in `core/lexicon/articles.json`. Dictated text (a configured headline or editor’s note) is not checked.',
    ].join('\n'),
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'a important summit, an European diplomat and an university',
      valid: 'an important summit, a European diplomat, a university, an hour, an MBA and a NATO summit',
    },
  },
  // Finds each `a`/`an` in the prose and checks it against the first sound of the word after it.
  check({ text, prose }) {
    const out: Report[] = [];
    if (prose.length > 0) checkText(text, prose, out);
    return out;
  },
};

/**
 * Checks the articles of the prose in one pass of the regex over the whole text (one search instead of one per
 * paragraph; prose spans are in document order), keeping those inside a prose span.
 */
function checkText(text: string, prose: readonly Span[], out: Report[]): void {
  let s = 0;
  let span = prose[0];
  ARTICLE.lastIndex = prose[0].start;
  while (ARTICLE.test(text)) {
    let i = ARTICLE.lastIndex;
    let blank = i - 1;
    while (isBlankCode(text.charCodeAt(blank - 1))) blank--;
    const isAn = text.charCodeAt(blank - 1) === 110;
    const at = isAn ? blank - 2 : blank - 1;
    while (at >= span.end) {
      if (++s === prose.length) return;
      span = prose[s];
    }
    if (at < span.start) {
      ARTICLE.lastIndex = span.start;
      continue;
    }
    if (!mayPrecedeArticle(text.charCodeAt(at - 1))) continue;
    while (isBlankCode(text.charCodeAt(i))) i++;
    if (i >= span.end) continue;
    const sound = soundAt(text, i);
    if (sound === UNSURE || (sound === VOWEL) === isAn) continue;
    const capital = text.charCodeAt(at) === 65;
    if (capital && !opensSentence(text, at)) continue;
    if (capital && isAn && sound === PLAIN_CONSONANT && isUpperAscii(text.charCodeAt(i))) continue;
    if (!followsAsArticle(text, i)) continue;
    const wanted = isAn ? (capital ? 'A' : 'a') : capital ? 'An' : 'an';
    const why = sound === VOWEL ? 'a vowel' : 'a consonant';
    out.push(replaceReport(`Use "${wanted}" before "${shownWord(text, i)}", which starts with ${why} sound`, at, blank, wanted));
  }
}

/** False for a character that makes the `a`/`an` the end of a longer word or token (`Korea`, `’a`, `-an`, `U.S.a`, `<a`). */
function mayPrecedeArticle(code: number): boolean {
  return (
    !isWordCode(code) &&
    code !== APOSTROPHE &&
    code !== RIGHT_SINGLE_QUOTE &&
    code !== HYPHEN &&
    code !== PERIOD &&
    code !== 38 && // &: Q&A
    code !== 47 && // /: and/or
    code !== 60 && // <: <a href>
    code !== 64 && // @
    code !== 95 // _
  );
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 97 && (code | 0x20) <= 122;
}

/** A letter (not a digit) of any script. */
function isLetterCode(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x80 && isWordCode(code) && !(code >= 0x660 && NON_ASCII_DIGIT.test(String.fromCharCode(code))));
}

const NON_ASCII_DIGIT = /\p{Nd}/u;

/** ASCII vowel letters, either case; y counts as one where a word's spelling is judged (`Kyiv`, `NYT`). */
function isVowelLetter(code: number, withY: boolean): boolean {
  const c = code | 0x20;
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || (withY && c === 121);
}

/** The first sound of the word at `i`, as UNSURE, VOWEL, CONSONANT or PLAIN_CONSONANT. */
function soundAt(text: string, i: number): number {
  const c0 = text.charCodeAt(i);
  if (c0 >= 48 && c0 <= 57) return numberSound(text, i);
  let e = i;
  while (isLetterCode(text.charCodeAt(e))) e++;
  if (e === i) return UNSURE; // a quote, a bracket, a currency sign …
  const after = text.charCodeAt(e);
  if (e - i === 1) {
    // A single letter is read by its name when a hyphen, a digit or a dotted initialism follows (`an X-ray`, `an F-16`, `a U.S.`);
    // alone it is a letter used as a word (`a b c`, `an a priori`) or an initial (`an F. Scott`), never judged.
    if (after === HYPHEN || (after >= 48 && after <= 57) || (after === PERIOD && isLetterCode(text.charCodeAt(e + 1)))) return letterSound(c0);
    return UNSURE;
  }
  // A model name before a hyphen and a number is said too many ways (a MiG-29, an Su-35 or a Su-35): capitals aside (an F-16, an SS-18).
  if (after === HYPHEN && isDigitCode(text.charCodeAt(e + 1)) && !isCapitals(text, i, e)) return UNSURE;
  return wordSound(text.slice(i, e));
}

/** The sound of a letter's name (`en`, `you`). */
function letterSound(code: number): number {
  return FROM_SOUND[letterNameSound(code)];
}

/** The first sound of a word of two letters or more: capitals, mixed capitals, or an ordinary word. */
function wordSound(word: string): number {
  if (isCapitals(word, 0, word.length)) return capitalsSound(word);
  const n = word.length;
  if (n >= 3 && word.charCodeAt(n - 1) === 115 && isCapitals(word, 0, n - 1)) return capitalsSound(word.slice(0, -1)); // NGOs, MEPs
  const c0 = word.charCodeAt(0);
  if (hasInnerCapital(word)) {
    // mRNA, iPhone, eBay: a lowercase letter read by its name. MSc, IPv6, RESTful, SQLite: the capitals they open with.
    // PhD: letter by letter; MoU, MiG: letter by letter or as a word, judged only when both agree. McKinsey, YouTube: as a word.
    if (isLowerAscii(c0)) return letterSound(c0);
    if (isUpperAscii(word.charCodeAt(1))) return capitalsSound(leadingCapitals(word));
    if (n <= 3) return hasVowel(word) ? agreed(letterSound(c0), plainSound(word.toLowerCase())) : letterSound(c0);
  }
  return plainSound(word.toLowerCase());
}

/** True when the characters from `from` to `to` (exclusive) are ASCII capitals. */
function isCapitals(word: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isUpperAscii(word.charCodeAt(k))) return false;
  return true;
}

/** The capitals a word opens with (`SQL` of `SQLite`). */
function leadingCapitals(word: string): string {
  let k = 0;
  while (isUpperAscii(word.charCodeAt(k))) k++;
  return word.slice(0, k);
}

/** True when a capital follows the first character (`McKinsey`, `mRNA`, `MoU`). */
function hasInnerCapital(word: string): boolean {
  for (let k = 1; k < word.length; k++) if (isUpperAscii(word.charCodeAt(k))) return true;
  return false;
}

/** The sound of a word read as a word, lowercase: the lists first, then the first letter. */
function plainSound(lower: string): number {
  let word = lower;
  if (word.charCodeAt(0) >= 0x80) {
    word = withoutAccents(word);
    // ü, ú, ů are no “you”; an unknown script decides nothing.
    if (!isAsciiLetter(word.charCodeAt(0)) || word.charCodeAt(0) === 117) return UNSURE;
  }
  const listed = listedSound(word);
  if (listed !== undefined) return FROM_SOUND[listed];
  const c0 = word.charCodeAt(0);
  if (c0 === 117) return UNSURE; // a u-word no list knows (`Utrecht`): “you” or “uh”
  if (isVowelLetter(c0, false)) return VOWEL;
  const c1 = word.charCodeAt(1);
  if (c0 === 121) return isVowelLetter(c1, false) ? PLAIN_CONSONANT : UNSURE; // year, Yemeni; Ypres
  if (!hasVowel(word)) return UNSURE; // nth, mph, Mr, St
  if (!isVowelLetter(c1, true) && !ONSETS.has(word.slice(0, 2))) return UNSURE; // Mbeki, Nguyen, Lviv
  return PLAIN_CONSONANT;
}

/** True when the word has a vowel letter (y included). */
function hasVowel(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (isVowelLetter(word.charCodeAt(k), true)) return true;
  return false;
}

/**
 * The sound of a word in capitals: a known acronym or initialism; two letters, or capitals no one could say as a word
 * (`FBI`, `LNG`), read letter by letter; three or four letters that could be a word decided only when both readings agree;
 * five letters or more unknown: unsure.
 */
function capitalsSound(word: string): number {
  const listed = ACRONYM_SOUNDS.get(word);
  if (listed !== undefined) return FROM_SOUND[listed];
  const c0 = word.charCodeAt(0);
  if (INITIALISMS.has(word)) return letterSound(c0);
  const asLetters = letterSound(c0);
  if (asLetters === UNSURE || word.length === 2) return asLetters;
  if (word.length >= 5) return UNSURE;
  if (!sayable(word)) return asLetters;
  return agreed(asLetters, plainSound(word.toLowerCase()));
}

/** The sound of a word read letter by letter when reading it as a word gives the same; otherwise unsure. */
function agreed(asLetters: number, asWord: number): number {
  return asWord === asLetters || (asWord === PLAIN_CONSONANT && asLetters === CONSONANT) ? asLetters : UNSURE;
}

/** True when capitals could be said as a word: they have a vowel and open with a vowel, a consonant and a vowel, or an onset. */
function sayable(word: string): boolean {
  if (!hasVowel(word)) return false;
  const c0 = word.charCodeAt(0);
  const c1 = word.charCodeAt(1);
  return isVowelLetter(c0, true) || isVowelLetter(c1, true) || ONSETS.has(word.slice(0, 2).toLowerCase());
}

/**
 * The first sound of a number said aloud: 8… (eight), 11 and 18 (eleven, eighteen) and their thousands and millions are
 * vowels, the rest consonants (`a 100-day`: one hundred, `a 1950s`: nineteen fifties). A four-digit 11xx or 18xx may be
 * said either way (eighteen hundred, one thousand eight hundred) and 0… (zero, nought, oh) is not judged.
 */
function numberSound(text: string, i: number): number {
  const d0 = text.charCodeAt(i);
  if (d0 === 56) return VOWEL;
  if (d0 === 48) return UNSURE;
  if (d0 !== 49) return CONSONANT;
  let digits = 0;
  let e = i;
  for (;;) {
    const c = text.charCodeAt(e);
    if (c >= 48 && c <= 57) digits++;
    else if (!(c === 44 && isDigitCode(text.charCodeAt(e + 1)))) break;
    e++;
  }
  const d1 = text.charCodeAt(text.charCodeAt(i + 1) === 44 ? i + 2 : i + 1); // the second digit, past a thousands comma
  const elevenOrEighteen = d1 === 49 || d1 === 56;
  if (!elevenOrEighteen) return CONSONANT;
  if (digits === 4) return UNSURE;
  return digits % 3 === 2 ? VOWEL : CONSONANT;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * True when a capital `A`/`An` opens a sentence (after a period, question or exclamation mark, colon, or at the start of
 * the paragraph, opening quotes and brackets allowed): elsewhere it is a label (`Plan A is`) or a name (`Professor An`).
 */
function opensSentence(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (isBlankCode(text.charCodeAt(j)) || OPENERS.has(text.charCodeAt(j)))) j--;
  if (j < 0) return true;
  while (j > 0 && CLOSERS.has(text.charCodeAt(j))) j--;
  const c = text.charCodeAt(j);
  return c === PERIOD || c === 33 || c === 63 || c === 58 || c === 0x2026 || c === 10 || c === 13;
}

/** “ ‘ " ' ( [ and the guillemets, which may stand between a sentence end and its first word. */
const OPENERS: ReadonlySet<number> = new Set([0x201c, 0x2018, 34, 39, 40, 91, 0xab]);
/** ” ’ " ' ) ] », which may follow a sentence's final stop. */
const CLOSERS: ReadonlySet<number> = new Set([0x201d, 0x2019, 34, 39, 41, 93, 0xbb]);

/**
 * False when the word after the `a` is one no article precedes (`A or B`, `an the`), unless a hyphen joins it
 * (`an in-depth`) or it is written in capitals (`a US envoy`).
 */
function followsAsArticle(text: string, i: number): boolean {
  let e = i;
  while (isAsciiLetter(text.charCodeAt(e))) e++;
  if (e - i > 6 || text.charCodeAt(e) === HYPHEN) return true;
  const word = text.slice(i, e);
  return (e - i > 1 && isCapitals(word, 0, e - i)) || !NOT_AFTER_ARTICLE.has(word.toLowerCase());
}

/** The word after the article as the message shows it: through inner hyphens, periods, commas and apostrophes (`one-time`, `U.S.`, `11,000`). */
function shownWord(text: string, i: number): string {
  let e = i;
  for (;;) {
    const c = text.charCodeAt(e);
    if (isWordCode(c)) e++;
    else if ((c === HYPHEN || c === PERIOD || c === 44 || c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) && isWordCode(text.charCodeAt(e + 1))) e += 2;
    else break;
  }
  if (text.charCodeAt(e) === PERIOD && text.charCodeAt(e - 2) === PERIOD) e++; // the final period of U.S.
  return text.slice(i, e);
}

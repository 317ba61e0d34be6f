// Rule spelling: Words are in the house dictionary, the symposium's vocabulary, or used by other takes.
import { houseForm } from '../dialect';
import { ABBREVIATION_SET, COMPOUND_PREFIXES, FIELD_WORDS, MISSPELLINGS } from '../lexicon';
import { opensSentence, type ProseWord } from '../prose-words';
import { unknownWords, withoutPossessive } from '../unknown-words';
import type { TakeRule } from '../rule';
import type { Dialect, Speller } from '../speller';
import type { HouseStyle } from '../config/types';
import type { Report, Span, Take } from '../types';
import { derivedKnown } from '../word-forms';
import { textWithoutComments } from '../comments';
import { withoutAccents } from '../text';

export const rule: TakeRule = {
  meta: {
    id: 'spelling',
    category: 'body',
    description: "Words are in the house dictionary, the symposium's vocabulary, or used by other takes",
    rationale:
      "Checks the prose (not the text the symposium dictates) against the house dictionary that `spelling` names: `american` (Hunspell en-US) or `british` (Hunspell en-GB), read with nspell. A word is accepted when the dictionary holds it, when `vocabulary` in `symposium.json` lists it, or when at least two other takes of the same symposium use it too (a word several contributors use is the field's vocabulary: `denuclearization`, a negotiator's name). Names are skipped: capitalised words that do not open a sentence, words with inner capitals (`McMaster`, `iPhone`), all-capital abbreviations and words with periods (`DPRK`, `U.S.`), as are numbers, ordinals (`12th`), web and e-mail addresses; a capitalised word that opens a sentence is skipped when the take also uses it elsewhere. Possessives are checked without their `’s`; hyphenated compounds part by part, with the usual prefixes (`re-`, `co-`, `non-`, `pre-`, `post-`, `anti-`, `multi-`, `inter-` …). A word spelled the other dialect's way is left to `dialect-spelling`. Corrections are offered in the editor (the language server asks the dictionary when code actions are requested, not on every keystroke), together with an action that adds the word to the symposium's `vocabulary`; the only fix applied unattended is for a well-known misspelling with one correction (`definately` → `definitely`, `ofthe` → `of the`). Runs only when `spelling` is `american` or `british`.",
    severity: 'warning',
    fixable: true,
    hasSuggestions: true,
    requiresConfig: 'spelling',
    options: {},
    examples: {
      invalid: 'The talks will definately resume after the goverment changes.',
      valid: 'The talks will definitely resume after the government changes.',
    },
  },
  // Looks up each word of the prose that is not a name, a number or an address (most words: one remembered look-up).
  check({ prose, style, speller, take }) {
    if (!speller || style.spelling === 'off') return [];
    const dialect = style.spelling;
    const vocabulary = vocabularyOf(style);
    const names = bylineNames(take);
    const out: Report[] = [];
    for (const w of unknownWords(take, prose, speller)) {
      const known = MISSPELLINGS.get(w.text.toLowerCase());
      if (known !== undefined) {
        out.push(misspelling(w, known));
        continue;
      }
      const sentenceStart = /^\p{Lu}/u.test(w.text) && opensSentence(w);
      if (isSkipped(w, sentenceStart, take.text) || names.some((n) => w.start >= n.start && w.end <= n.end)) continue;
      const word = withoutPossessive(w.text);
      if (vocabulary.has(word) || vocabulary.has(word.toLowerCase()) || verdict(word, sentenceStart, speller, dialect, vocabulary)) continue;
      if (!(sentenceStart && isNameElsewhere(textWithoutComments(take), w.text))) out.push(unknown(w, word, dialect));
    }
    return out;
  },
};

/** The names the byline introduces: they open its sentences, and the byline rules check them. */
function bylineNames(take: Take): Span[] {
  return take.byline?.people.map((p) => p.name) ?? [];
}

const vocabularies = new WeakMap<HouseStyle, Set<string>>();

/** The symposium's vocabulary as written and in lowercase, built once per symposium. */
function vocabularyOf(style: HouseStyle): Set<string> {
  let set = vocabularies.get(style);
  if (!set) {
    set = new Set<string>();
    for (const entry of style.vocabulary) for (const w of entry.split(/\s+/)) if (w) set.add(withoutPossessive(w)).add(withoutPossessive(w).toLowerCase());
    vocabularies.set(style, set);
  }
  return set;
}

/** True for what is never looked up: digits, periods (abbreviations), inner or all capitals, a capital mid-sentence, an abbreviated title. */
function isSkipped(w: ProseWord, sentenceStart: boolean, text: string): boolean {
  const t = w.text;
  if (text[w.end] === '.' && ABBREVIATION_SET.has(t)) return true;
  if (/[\p{N}.]/u.test(t)) return true;
  if (/\p{Lu}/u.test(t.slice(1))) return true;
  return /^\p{Lu}/u.test(t) && !sentenceStart;
}

/** True when a capitalised word that opens a sentence stands elsewhere in the take too: then it is a name. */
function isNameElsewhere(text: string, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const first = text.indexOf(word);
  return first >= 0 && text.indexOf(word, first + word.length) >= 0;
}

const verdicts = new WeakMap<Set<string>, Map<string, boolean>>();
const MAX_VERDICTS = 20_000;

/** compoundKnown, remembered per vocabulary: the same unknown words (`communiqué`, `dispute-settlement`) recur in take after take. */
function verdict(word: string, sentenceStart: boolean, speller: Speller, dialect: Dialect, vocabulary: Set<string>): boolean {
  let known = verdicts.get(vocabulary);
  if (!known) verdicts.set(vocabulary, (known = new Map<string, boolean>()));
  const key = sentenceStart ? `^${word}` : word;
  let answer = known.get(key);
  if (answer === undefined) {
    if (known.size >= MAX_VERDICTS) known.clear();
    answer = compoundKnown(word, sentenceStart, speller, dialect, vocabulary);
    known.set(ownCopy(key), answer);
  }
  return answer;
}

/** A copy of a string that does not keep the take it was sliced from alive (engines share the parent's memory). */
function ownCopy(text: string): string {
  return text.split('').join('');
}

/** True when the word, or each part of a hyphenated compound, is known (a prefix may stand alone before a hyphen). */
function compoundKnown(word: string, sentenceStart: boolean, speller: Speller, dialect: Dialect, vocabulary: Set<string>): boolean {
  if (known(word, sentenceStart, speller, dialect, vocabulary)) return true;
  const parts = word.split(/[-–]/);
  if (parts.length === 1) return false;
  return parts.every(
    (part, k) =>
      part === '' ||
      (k < parts.length - 1 && COMPOUND_PREFIXES.has(part.toLowerCase())) ||
      /^\p{Lu}/u.test(part) ||
      known(part, sentenceStart && k === 0, speller, dialect, vocabulary),
  );
}

/**
 * True when one word is in the dictionary (in lowercase too at a sentence's start), the vocabulary or the field's words,
 * is a noun made from a verb the dictionary holds (`denuclearization` from `denuclearize`), or is the other dialect's spelling.
 */
function known(word: string, sentenceStart: boolean, speller: Speller, dialect: Dialect, vocabulary: Set<string>): boolean {
  if (vocabulary.has(word) || speller.correct(word)) return true;
  const lower = word.toLowerCase();
  if (lower !== word && !sentenceStart) return false;
  if (lower !== word && (vocabulary.has(lower) || speller.correct(lower))) return true;
  if (FIELD_WORDS.has(lower)) return true;
  const plain = withoutAccents(lower);
  if (plain !== lower && (speller.correct(plain) || speller.correct(withoutAccents(word)) || FIELD_WORDS.has(plain))) return true;
  const verb = /^(.{3,})([iy])[sz]ations?$/.exec(lower);
  if (verb && (speller.correct(`${verb[1]}${verb[2]}ze`) || speller.correct(`${verb[1]}${verb[2]}se`))) return true;
  if (houseForm(lower, dialect, speller) !== undefined) return true;
  return derivedKnown(lower, speller) || (lower !== word && derivedKnown(word, speller));
}

/** A well-known misspelling, fixed unattended. */
function misspelling(w: ProseWord, correction: string): Report {
  const text = /^\p{Lu}/u.test(w.text) ? correction[0].toUpperCase() + correction.slice(1) : correction;
  return { message: `"${w.text}" is misspelled: write "${text}"`, start: w.start, end: w.end, fix: [{ start: w.start, end: w.end, text }] };
}

/** A word the dictionary does not know; the corpus stage drops it when enough takes use the word. */
function unknown(w: ProseWord, word: string, dialect: Dialect): Report {
  const dictionary = dialect === 'american' ? 'American' : 'British';
  return {
    message: `"${w.text}" is not in the ${dictionary} English dictionary or the symposium's vocabulary`,
    start: w.start,
    end: w.end,
    corpusWord: word.toLowerCase(),
  };
}

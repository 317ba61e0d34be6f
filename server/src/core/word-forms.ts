// Words a dictionary lacks but makes from words it holds: inflections, prefixes and closed compounds the spelling rule accepts.
import type { Speller } from './speller';

/** Endings to take off (and what to put back) to reach a word the dictionary holds: `militaries` → `military`. */
const ENDINGS: ReadonlyArray<readonly [ending: string, back: readonly string[]]> = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ier', ['y']],
  ['ings', ['', 'e']],
  ['ing', ['', 'e']],
  ['ers', ['', 'e']],
  ['er', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['']],
  ['s', ['']],
  ['ly', ['', 'le']],
  ['ness', ['']],
];
/** Prefixes written closed up (`unglamorous`, `nonbinding`, `counterstrike`). */
const PREFIXES = ['counter', 'under', 'inter', 'multi', 'super', 'over', 'anti', 'post', 'semi', 'non', 'pre', 'mis', 'sub', 'un', 're', 'de', 'co'];
/** Small words that never form a closed compound (`ofthe`, `andthe` are run-together words, not compounds). */
const FUNCTION_WORDS = new Set('a an and are as at be but by for from in into is it of on or so than that the their then this to was were with'.split(' '));
const MIN_PART = 3;

/** True when a lowercase word is an inflection, a prefixed form or a closed compound of words the dictionary holds. */
export function derivedKnown(word: string, speller: Speller): boolean {
  return inflected(word, speller) || prefixed(word, speller) || compound(word, speller);
}

/** `militaries`, `loadings`, `bunkering`: an ending off a word the dictionary holds. */
function inflected(word: string, speller: Speller): boolean {
  for (const [ending, backs] of ENDINGS) {
    if (word.length - ending.length < MIN_PART + 1 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (backs.some((back) => speller.correct(stem + back))) return true;
  }
  return false;
}

/** `unglamorous`, `nonbinding`: a prefix before a word the dictionary holds (or inflects). */
function prefixed(word: string, speller: Speller): boolean {
  for (const prefix of PREFIXES) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rest.length > MIN_PART && (speller.correct(rest) || inflected(rest, speller))) return true;
  }
  return false;
}

/** `icebreaking`, `hotlines`: two words the dictionary holds, neither a function word, each at least three letters. */
function compound(word: string, speller: Speller): boolean {
  for (let k = MIN_PART; k <= word.length - MIN_PART; k++) {
    const head = word.slice(0, k);
    const tail = word.slice(k);
    if (FUNCTION_WORDS.has(head) || FUNCTION_WORDS.has(tail)) continue;
    if (speller.correct(head) && (speller.correct(tail) || inflected(tail, speller))) return true;
  }
  return false;
}

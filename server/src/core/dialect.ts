// American and British spellings of one word: what dialect-spelling fixes and spelling leaves to it.
import { DIALECT_SUFFIXES, DIALECT_WORDS } from './lexicon';
import type { Dialect, Speller } from './speller';

const WHOLE: Record<Dialect, Map<string, string>> = {
  american: new Map(DIALECT_WORDS.map(([british, american]) => [british, american])),
  british: new Map(DIALECT_WORDS.map(([british, american]) => [american, british])),
};
/** Endings to swap, longest first, from the other dialect's form to the house's. */
const ENDINGS: Record<Dialect, Array<readonly [from: string, to: string]>> = {
  american: [...DIALECT_SUFFIXES].sort((a, b) => b[0].length - a[0].length).map(([british, american]) => [british, american] as const),
  british: [...DIALECT_SUFFIXES].sort((a, b) => b[1].length - a[1].length).map(([british, american]) => [american, british] as const),
};

/**
 * The house form of a lowercase word the house dictionary does not hold but the other dialect spells that way
 * (`colour` → `color` in an American house), or undefined. Every candidate is checked against the house dictionary.
 */
export function houseForm(word: string, dialect: Dialect, speller: Speller): string | undefined {
  const whole = WHOLE[dialect].get(word);
  if (whole !== undefined && speller.correct(whole)) return whole;
  for (const [from, to] of ENDINGS[dialect]) {
    if (word.length <= from.length + 2 || !word.endsWith(from)) continue;
    const candidate = word.slice(0, word.length - from.length) + to;
    if (speller.correct(candidate)) return candidate;
  }
  return undefined;
}

// Infers a symposium's house spelling from its takes: how many words each dialect would change in the other's.
import { lint } from '../lint';
import { ruleById } from '../rules';
import type { Dialect, Spellers } from '../speller';
import { houseStyle } from './parse';

/** How many words of the takes are spelled the British way and the American way, and the dialect that clearly wins. */
export interface DialectEvidence {
  british: number;
  american: number;
  /** Set when one dialect has at least two words and three times as many as the other. */
  dialect?: Dialect;
}

/** Counts the findings `dialect-spelling` would report under each house spelling: British words in an American house, and the reverse. */
export function inferDialect(texts: readonly string[], spellers: Spellers): DialectEvidence {
  const rule = ruleById('dialect-spelling');
  const count = (house: Dialect): number => {
    if (!rule) return 0;
    const symposium = { root: '/', file: { spelling: house }, style: houseStyle({ spelling: house }) };
    let n = 0;
    for (const text of texts) n += lint(text, { rules: [rule], symposium, spellers }).findings.length;
    return n;
  };
  const british = count('american');
  const american = count('british');
  const wins = (a: number, b: number) => a >= 2 && a >= 3 * b;
  return { british, american, dialect: wins(british, american) ? 'british' : wins(american, british) ? 'american' : undefined };
}

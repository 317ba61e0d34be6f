// Loads the Hunspell dictionaries (en-US, en-GB) into nspell, once per process or worker, and remembers answers.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import type { Dialect, Speller, Spellers } from '../core';

/** The dictionary files of each dialect: copied beside the bundles by the build, else in the npm packages. */
const SOURCES: Record<Dialect, { locale: string; pkg: string }> = {
  american: { locale: 'en-US', pkg: 'dictionary-en' },
  british: { locale: 'en-GB', pkg: 'dictionary-en-gb' },
};
/** How many answers a speller remembers: prose repeats its words, so nearly every look-up after the first takes is a hit. */
const MEMORY = 30_000;

const loaded = new Map<Dialect, Speller>();

/** Spellers that load their dictionary the first time a take with that house spelling asks for it. */
export function lazySpellers(): Spellers {
  return {
    get american() {
      return spellerFor('american');
    },
    get british() {
      return spellerFor('british');
    },
  };
}

/** The speller of one dialect, loaded on first use (about 0.2 s and 25 MB). */
export function spellerFor(dialect: Dialect): Speller {
  let speller = loaded.get(dialect);
  if (!speller) {
    const { aff, dic } = dictionaryFiles(dialect);
    speller = remembering(nspell(readFileSync(aff), readFileSync(dic)));
    loaded.set(dialect, speller);
  }
  return speller;
}

/** Where the .aff and .dic files of a dialect are. */
function dictionaryFiles(dialect: Dialect): { aff: string; dic: string } {
  const { locale, pkg } = SOURCES[dialect];
  const beside = join(__dirname, 'dictionaries', locale);
  if (existsSync(`${beside}.dic`)) return { aff: `${beside}.aff`, dic: `${beside}.dic` };
  const dir = dirname(createRequire(__filename).resolve(pkg));
  return { aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic') };
}

/** A copy of a word that does not keep the text it was sliced from alive (V8 slices point into their parent string). */
function ownCopy(word: string): string {
  return Buffer.from(word, 'utf8').toString('utf8');
}

/** Wraps nspell so each word is looked up once; suggestions are not remembered (they are asked for rarely). */
function remembering(dictionary: { correct(word: string): boolean; suggest(word: string): string[] }): Speller {
  const answers = new Map<string, boolean>();
  return {
    correct(word) {
      let answer = answers.get(word);
      if (answer === undefined) {
        if (answers.size >= MEMORY) answers.clear();
        answer = dictionary.correct(word);
        answers.set(ownCopy(word), answer);
      }
      return answer;
    },
    suggest: (word) => dictionary.suggest(word),
  };
}

// The lists of articles.json, compiled once into the look-ups of the indefinite-article rule: what sound a word starts with.
import ARTICLES from './articles.json';

/** A first sound: the `a`/`an` choice it makes, or unsure (never reported). */
export type Sound = 'vowel' | 'consonant' | 'unsure';

const SOUNDS: readonly Sound[] = ['vowel', 'consonant', 'unsure'];

/** Exact lowercase words and lowercase prefixes (entries ending in `*`) with their sound. */
interface SoundTable {
  words: ReadonlyMap<string, Sound>;
  prefixes: ReadonlyMap<string, Sound>;
  longestPrefix: number;
}

/** Compiles the `sounds` lists: `hour*` is a prefix, `one` a whole word. */
function soundTable(lists: Record<Sound, readonly string[]>): SoundTable {
  const words = new Map<string, Sound>();
  const prefixes = new Map<string, Sound>();
  let longestPrefix = 0;
  for (const sound of SOUNDS) {
    for (const entry of lists[sound]) {
      if (entry.endsWith('*')) {
        const prefix = entry.slice(0, -1);
        prefixes.set(prefix, sound);
        longestPrefix = Math.max(longestPrefix, prefix.length);
      } else words.set(entry, sound);
    }
  }
  return { words, prefixes, longestPrefix };
}

const TABLE = soundTable(ARTICLES.sounds);

/**
 * The sound the lists give a lowercase word (its first hyphen-free part): an exact entry first, then the longest
 * matching prefix; undefined when no entry matches and the first letter decides.
 */
export function listedSound(lower: string): Sound | undefined {
  const exact = TABLE.words.get(lower);
  if (exact !== undefined) return exact;
  for (let k = Math.min(lower.length, TABLE.longestPrefix); k > 0; k--) {
    const sound = TABLE.prefixes.get(k === lower.length ? lower : lower.slice(0, k));
    if (sound !== undefined) return sound;
  }
  return undefined;
}

/** Capitals read as a word (`NATO`, `ASEAN`), by first sound. */
export const ACRONYM_SOUNDS: ReadonlyMap<string, Sound> = new Map(SOUNDS.flatMap((sound) => ARTICLES.acronyms[sound].map((a) => [a, sound] as const)));

/** Capitals read letter by letter that look like a word or are too long to guess (`SUV`, `MEP`, `UNHCR`). */
export const INITIALISMS: ReadonlySet<string> = new Set(ARTICLES.initialisms);

/** Per ASCII code: the sound of the letter's name (`en`, `ess`, `you`); 0 for codes that are no letter. */
const LETTER_NAMES: Array<Sound | undefined> = [];
for (let code = 65; code <= 90; code++) {
  const letter = String.fromCharCode(code);
  const sound: Sound = ARTICLES.letters.vowel.includes(letter) ? 'vowel' : ARTICLES.letters.unsure.includes(letter) ? 'unsure' : 'consonant';
  LETTER_NAMES[code] = sound;
  LETTER_NAMES[code + 32] = sound;
}

/** The sound a letter's name starts with when it is read as a letter (`an F-16`, `a U-turn`); unsure for anything but A–Z. */
export function letterNameSound(code: number): Sound {
  return LETTER_NAMES[code] ?? 'unsure';
}

/** Two-consonant openings a word may start with (`st`, `ph`, `zh`), lowercase. */
export const ONSETS: ReadonlySet<string> = new Set(ARTICLES.onsets);

/** Words that never follow an article unless hyphenated (`and`, `of`, `the`): an `a` before them is no article. */
export const NOT_AFTER_ARTICLE: ReadonlySet<string> = new Set(ARTICLES.notAfterArticle);

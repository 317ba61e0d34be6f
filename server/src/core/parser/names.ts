// Recognises people's names: honorifics split off, in headlines and in bylines.
import type { PersonName, Span } from '../types';

/** Titles written in full: never a given name, so no period is needed after them. */
const TITLE_WORDS = ['Professor', 'Ambassador', 'General', 'Admiral', 'Colonel', 'Senator', 'Sir', 'Dame', 'Doctor'];
/** Abbreviations that are never a given name: the period after them is optional (British style drops it). */
const SAFE_ABBREVIATIONS = ['Dr', 'Prof', 'Amb', 'Mr', 'Mrs', 'Ms', 'Mx', 'Lt', 'Capt', 'Adm', 'Col', 'Rev'];
/** Abbreviations that are also given names (Sen, Hon, Gen …): honorifics only with their period. */
const DOTTED_ABBREVIATIONS = ['Gen', 'Sen', 'Rep', 'Gov', 'Hon', 'Maj', 'Cmdr', 'Pres'];

/** Every honorific, for patterns that only need the words (the byline's opening). */
export const HONORIFICS = [...TITLE_WORDS, ...SAFE_ABBREVIATIONS, ...DOTTED_ABBREVIATIONS];

/** One honorific followed by white space, in a form that cannot be mistaken for a given name. */
export const HONORIFIC_PATTERN = `(?:(?:${TITLE_WORDS.join('|')})\\s+|(?:${SAFE_ABBREVIATIONS.join('|')})\\.?\\s+|(?:${DOTTED_ABBREVIATIONS.join('|')})\\.\\s+)`;

const HONORIFIC = new RegExp(`^${HONORIFIC_PATTERN}+`, 'i');

const PARTICLES = '(?:de|da|das|do|dos|du|del|della|der|den|van|von|la|le|bin|ibn|al|el|ter|ten)';
/** A capitalised name token: Zhu, Jong-un, O’Hanlon, McDonald; or a particle before one (de, van der). */
export const NAME_TOKEN = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.\-]*|${PARTICLES}(?=\s+(?:${PARTICLES}\s+)?\p{Lu}))`;

/** Builds a PersonName from a span of text, splitting off leading honorifics. */
export function personName(text: string, start: number): PersonName {
  const full: Span = { start, end: start + text.length, text };
  const m = HONORIFIC.exec(text);
  if (!m || m[0].length >= text.length) return { ...full, bare: full };
  const honorificText = m[0].trimEnd();
  const bareStart = start + m[0].length;
  return {
    ...full,
    honorific: { start, end: start + honorificText.length, text: honorificText },
    bare: { start: bareStart, end: full.end, text: text.slice(m[0].length) },
  };
}

/** Folds a name for comparison: honorifics, case, accents and punctuation ignored. */
export function nameKey(name: string): string {
  return name
    .replace(HONORIFIC, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

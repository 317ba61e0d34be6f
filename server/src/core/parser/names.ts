// Recognises people's names: honorifics split off, in headlines and in bylines.
import type { PersonName, Span } from '../types';

export const HONORIFICS = [
  'Dr',
  'Prof',
  'Professor',
  'Amb',
  'Ambassador',
  'Mr',
  'Mrs',
  'Ms',
  'Sir',
  'Dame',
  'Gen',
  'General',
  'Adm',
  'Admiral',
  'Col',
  'Colonel',
  'Lt',
  'Sen',
  'Senator',
  'Rep',
  'Gov',
  'Hon',
  'Rev',
  'Capt',
];

const HONORIFIC = new RegExp(`^(?:(?:${HONORIFICS.join('|')})\\.?\\s+)+`);

/** A capitalised name token: Zhu, Jong-un, O’Hanlon, McDonald, de (particles allowed inside). */
export const NAME_TOKEN = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.\-]*|(?:de|da|van|von|der|den|del|la|le|bin|al|ibn|dos|du)(?=\s+\p{Lu}))`;

/** Builds a PersonName from a span of text, splitting off leading honorifics. */
export function personName(text: string, start: number): PersonName {
  const full: Span = { start, end: start + text.length, text };
  const m = HONORIFIC.exec(text);
  if (!m) return { ...full, bare: full };
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

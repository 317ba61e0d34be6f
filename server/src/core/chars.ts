// The one character-class table: what each UTF-16 unit is, looked up once, for the word scanners, the typography
// rules and the name finder (they had a table each).

/** The kinds, ordered so that ranges test cheaply: 1–3 make words, 4–7 join two runs of word characters into one word. */
export const UPPER = 1;
export const LOWER = 2;
export const DIGIT = 3;
export const APOSTROPHE = 4;
export const HYPHEN = 5;
export const PERIOD = 6;
export const EN_DASH = 7;
export const BLANK = 8;
export const OTHER = 9;

/** Per UTF-16 unit: 0 not yet looked up, else one of the kinds. Hot loops read it directly and call `charKind` on a 0. */
export const CHAR_KIND = new Uint8Array(0x10000);

const UPPER_LETTER = /\p{Lu}|\p{Lt}/u;
const OTHER_LETTER = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;

/** The kind of a UTF-16 unit (NaN, read past either end of a string, is OTHER); remembered after the first look. */
export function charKind(code: number): number {
  if (!(code >= 0 && code <= 0xffff)) return OTHER;
  const known = CHAR_KIND[code];
  if (known !== 0) return known;
  const kind = classify(code);
  CHAR_KIND[code] = kind;
  return kind;
}

/** Works out a unit's kind (surrogate halves are OTHER: words are made of BMP letters). */
function classify(c: number): number {
  if (c === 39 || c === 0x2019) return APOSTROPHE;
  if (c === 45) return HYPHEN;
  if (c === 46) return PERIOD;
  if (c === 0x2013) return EN_DASH;
  if (c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return BLANK;
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  const ch = String.fromCharCode(c);
  if (UPPER_LETTER.test(ch)) return UPPER;
  if (OTHER_LETTER.test(ch)) return LOWER;
  return NUMBER.test(ch) ? DIGIT : OTHER;
}

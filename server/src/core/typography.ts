// Small pieces the typography rules share: white space and word character tests, one-edit reports.
import { BLANK, CHAR_KIND, DIGIT as DIGIT_KIND, charKind } from './chars';
import type { Report } from './types';

/** Horizontal white space inside a line (no line breaks), as a RegExp character class source. */
export const INLINE_SPACE = '[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]';

const DIGIT = /^\p{Nd}$/u;

/** True when a character is a letter or a digit (undefined, the edge of a span, is not). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isWordCode(ch.charCodeAt(0));
}

/** True when a UTF-16 code unit is a letter, mark or digit (NaN, read past either end of a string, is not): the one table. */
export function isWordCode(code: number): boolean {
  return (CHAR_KIND[code] || charKind(code)) <= DIGIT_KIND;
}

/** True for a horizontal blank inside a line: space, tab, no-break space and the typographic spaces. */
export function isBlankCode(code: number): boolean {
  return (CHAR_KIND[code] || charKind(code)) === BLANK;
}

/** Blanks a line may be padded with: the inline ones plus zero-width space and a stray BOM (the one "blank" of the parser and doubled-space). */
export function isLineBlankCode(code: number): boolean {
  return isBlankCode(code) || code === 0x200b || code === 0xfeff;
}

/** True when a character is a decimal digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT.test(ch);
}

/** A report whose range is exactly what its single-edit fix replaces. */
export function replaceReport(message: string, start: number, end: number, replacement: string): Report {
  return { message, start, end, fix: [{ start, end, text: replacement }] };
}

/** Reads a comma-separated option into trimmed, non-empty items (the default when unset or not a string). */
export function listOption(value: unknown, fallback: string): string[] {
  const raw = typeof value === 'string' ? value : fallback;
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

// Small pieces the typography rules share: white space classes, word characters, one-edit reports.
import type { Report } from './types';

/** Horizontal white space inside a line (no line breaks), as a RegExp character class source. */
export const INLINE_SPACE = '[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]';

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const DIGIT = /^\p{Nd}$/u;

/** True when a character is a letter or a digit (undefined, the edge of a span, is not). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
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

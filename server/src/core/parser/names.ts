// People's names where no token reader applies: a lenient reading of a template's capture, and comparison keys.
import { DOTTED_HONORIFIC_ABBREVIATIONS, DOTTED_HONORIFICS, HONORIFIC_WORDS, SAFE_HONORIFIC_ABBREVIATIONS, alternation } from '../lexicon';
import type { PersonName, Span } from '../types';
import { withoutAccents } from '../text';

/** Leading honorifics in any case (`dr. ana ruiz` in a lowercased headline). */
const HONORIFIC = new RegExp(
  `^(?:(?:${alternation([...HONORIFIC_WORDS, ...DOTTED_HONORIFICS])})\\s+|(?:${alternation([...SAFE_HONORIFIC_ABBREVIATIONS])})\\.?\\s+|(?:${alternation([...DOTTED_HONORIFIC_ABBREVIATIONS])})\\.\\s+)+`,
  'i',
);

/** Builds a PersonName from a span of text that is known to be a name, splitting off leading honorifics. */
export function personName(text: string, start: number): PersonName {
  const full: Span = { start, end: start + text.length, text };
  const m = HONORIFIC.exec(text);
  if (!m || m[0].length >= text.length) return makePersonName(full, undefined, full, undefined);
  const honorificText = m[0].trimEnd();
  const honorific = { start, end: start + honorificText.length, text: honorificText };
  return makePersonName(full, honorific, { start: start + m[0].length, end: full.end, text: text.slice(m[0].length) }, undefined);
}

/**
 * A PersonName with every field present (undefined when absent), in one order: names of one object shape keep
 * the optimised code that reads them (a field added only to titled names made the readers compile again).
 */
export function makePersonName(whole: Span, honorific: Span | undefined, bare: Span, suffix: Span | undefined): PersonName {
  return { start: whole.start, end: whole.end, text: whole.text, honorific, bare, suffix };
}

/** Folds a name for comparison: honorifics, case, accents and punctuation ignored. */
export function nameKey(name: string): string {
  return foldName(name.replace(HONORIFIC, ''));
}

/** Folds a bare name (no honorifics to strip): case, accents and punctuation ignored, accents looked at only when there are any. */
export function foldName(name: string): string {
  if (isPlainName(name)) return name.toLowerCase();
  const key = /[^\x20-\x7e]/.test(name) ? withoutAccents(name).replace(/’/g, "'") : name;
  return key.replace(/[.,]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** True for printable ASCII with single spaces between words and no period or comma: folding only lowercases it (most names). */
function isPlainName(name: string): boolean {
  const last = name.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 ? i === 0 || i === last || name.charCodeAt(i + 1) === 32 : c < 32 || c > 126 || c === 46 || c === 44) return false;
  }
  return true;
}

// Recognises what a single paragraph looks like, before positions are taken into account.
import { countWords } from '../text';

/** `Editor’s Note:` and its sloppy forms (`Editors note -`, `EDITOR'S NOTE`); the label span of a note. */
export const EDITORS_NOTE_LABEL = /^editor\s*['’‘`´]?\s*s['’]?\s*note\s*[:.\-–—]?/i;
/** A label that is clearly meant: an apostrophe, or a colon or dash after `note`. */
const EDITORS_NOTE_MEANT = /^editor\s*(?:['’‘`´]\s*s|s['’])\s*note\b|^editors?\s*note\s*[:\-–—]/i;

/** `Image:`, `Photo credit -`, `Image.`: the label of an image credit (a hyphen only with a space after it). */
export const IMAGE_LABEL = /^(?:image|photo|photograph|picture)s?(?:\s+credit)?\s*(?::|[.\-–—](?=\s|$)|$)/i;
const IMAGE_WORD = /^(?:image|photo|photograph|picture)s?(?:\s+(?:credit|courtesy|by)\b)?/i;
const IMAGE_WORD_MAX = 6;

const OPEN_QUOTES = '“"„«‘\'‹”';
const CLOSE_QUOTES = '”"»’\'›“';

/** True when a paragraph starts with the editor's-note label (and not with `Editors note that …`). */
export function isEditorsNote(text: string): boolean {
  return EDITORS_NOTE_MEANT.test(text);
}

/** True for an image credit line with a label: `Image: Reuters`, `Photo - AP`. */
export function isLabelledImageCredit(text: string): boolean {
  return IMAGE_LABEL.test(text);
}

/** True for a short line that names an image without a proper label (`Image courtesy of AP`): only near the end. */
export function isLooseImageCredit(text: string): boolean {
  return IMAGE_WORD.test(text) && countWords(text) <= IMAGE_WORD_MAX;
}

/** True for an image credit line: `Image: Reuters`, also with a sloppy label (`image - AP`). */
export function isImageCredit(text: string): boolean {
  return isLabelledImageCredit(text) || isLooseImageCredit(text);
}

/** The paragraph with final sentence punctuation removed, to find a closing mark before it. */
function withoutFinalPunctuation(text: string): string {
  return text.replace(/[.!?…,;:]+$/, '');
}

/** True when a paragraph opens or closes with a quotation mark. */
export function touchesQuotes(text: string): boolean {
  return OPEN_QUOTES.includes(text[0]) || CLOSE_QUOTES.includes(withoutFinalPunctuation(text).slice(-1));
}

/** True when a paragraph is wrapped in quotation marks from end to end. */
export function isWrappedInQuotes(text: string): boolean {
  return text.length > 1 && OPEN_QUOTES.includes(text[0]) && CLOSE_QUOTES.includes(withoutFinalPunctuation(text.slice(1)).slice(-1));
}

export const QUOTE_CHARS = { open: OPEN_QUOTES, close: CLOSE_QUOTES };

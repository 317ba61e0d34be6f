// Recognises what a single paragraph looks like, before positions are taken into account.
import { countWords } from '../text';
import { NAME_TOKEN, HONORIFIC_PATTERN } from './names';
import { firstSentenceEnd } from './sentence-end';

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

const NOT_A_NAME = String.raw`(?!(?:This|That|These|Those|It|Its|There|Here|What|Which|Who|He|She|They|We|You|Such|The|A|An|One|Each|Every|Nothing|Everything|Now|Today|Yet|But|And|So|If|In|On|At|For|As|To|Of|Our|My|His|Her|Their|Your|Neither|Either|Both|All|Much|More|Most|Only|Even|Still|Then|Thus|Hence|Instead|Indeed|Perhaps|Clearly|Obviously|Washington|Beijing|Pyongyang|Seoul|Tokyo|Moscow|China|Russia|Japan|North|South)\s)`;
const BYLINE_VERBS = String.raw`is|was|serves\s+as|has\s+been|has\s+served\s+as|works\s+as|teaches|directs|leads|heads|holds|specializes|specialises`;

/** `<Name> is|was|serves as …`: the start of a byline sentence. Group 1 is the name, group 2 the verb. */
export const BYLINE_START = new RegExp(`^${NOT_A_NAME}(${HONORIFIC_PATTERN}*${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,5}?),?\\s+(${BYLINE_VERBS})\\b`, 'u');
/** A byline in the first person: `I am a professor at …`. */
export const FIRST_PERSON_BYLINE = /^(?:I\s+am|I’m|I'm|I\s+serve|I\s+work|My\s+name\s+is)\b/;

const BYLINE_MAX_WORDS = 100;
const BYLINE_MAX_SENTENCES = 3;

/** True for a short paragraph of a few sentences shaped like a byline. */
export function looksLikeByline(text: string): boolean {
  if (!BYLINE_START.test(text) && !FIRST_PERSON_BYLINE.test(text)) return false;
  if (countWords(text) > BYLINE_MAX_WORDS) return false;
  let count = 0;
  for (let at = 0; at < text.length && count <= BYLINE_MAX_SENTENCES; count++) at = firstSentenceEnd(text, at);
  return count <= BYLINE_MAX_SENTENCES;
}

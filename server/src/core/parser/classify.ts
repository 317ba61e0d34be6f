// Recognises what a single paragraph looks like, before positions are taken into account.
import { countWords } from '../text';
import { NAME_TOKEN, HONORIFICS } from './names';

export const EDITORS_NOTE_LABEL = /^editor\s*['’‘`´]?\s*s['’]?\s*note\s*[:.\-–—]?/i;
export const IMAGE_LABEL = /^(?:image|photo|photograph|picture)(?:\s+credit)?\s*(?::|\.|-|–|—|$)/i;
const IMAGE_WORD = /^(?:image|photo|photograph|picture)(?:\s+credit)?\b/i;

const OPEN_QUOTES = '“"„«‘\'‹';
const CLOSE_QUOTES = '”"»’\'›“';

/** True when a paragraph starts with the editor's-note label. */
export function isEditorsNote(text: string): boolean {
  return EDITORS_NOTE_LABEL.test(text);
}

/** True for an image credit line: `Image: Reuters`, also with a sloppy label (`image - AP`). */
export function isImageCredit(text: string): boolean {
  return IMAGE_LABEL.test(text) || (IMAGE_WORD.test(text) && countWords(text) <= 6);
}

/** True when a paragraph opens or closes with a quotation mark. */
export function touchesQuotes(text: string): boolean {
  return OPEN_QUOTES.includes(text[0]) || CLOSE_QUOTES.includes(text.replace(/[.!?…]+$/, '').slice(-1)) || CLOSE_QUOTES.includes(text.slice(-1));
}

/** True when a paragraph is wrapped in quotation marks from end to end. */
export function isWrappedInQuotes(text: string): boolean {
  return OPEN_QUOTES.includes(text[0]) && (CLOSE_QUOTES.includes(text.slice(-1)) || CLOSE_QUOTES.includes(text.replace(/[.!?…]+$/, '').slice(-1)));
}

export const QUOTE_CHARS = { open: OPEN_QUOTES, close: CLOSE_QUOTES };

const HONORIFIC_PART = `(?:(?:${HONORIFICS.join('|')})\\.?\\s+)*`;
/** `<Name> is|was|serves as …`: the start of a byline sentence. */
export const BYLINE_START = new RegExp(
  `^(?!(?:This|That|These|Those|It|There|Here|What|Which|Who|He|She|They|We|You|Such|The|A|An|One|Each|Every|Nothing|Everything|Now|Today|Yet|But|And|So)\\s)(${HONORIFIC_PART}${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,5}?),?\\s+(is|was|serves\\s+as|has\\s+been|has\\s+served\\s+as|works\\s+as|teaches|directs|leads|heads|holds|specializes|specialises)\\b`,
  'u',
);
/** A byline in the first person: `I am a professor at …`. */
export const FIRST_PERSON_BYLINE = /^(?:I\s+am|I’m|I'm|I\s+serve|I\s+work|My\s+name\s+is)\b/;

/** True for a short paragraph shaped like a byline. */
export function looksLikeByline(text: string): boolean {
  return countWords(text) <= 120 && (BYLINE_START.test(text) || FIRST_PERSON_BYLINE.test(text));
}

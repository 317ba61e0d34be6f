// Builds the detailed part objects (pull-quote, note, image) from a paragraph; headline and byline have their own files.
import type { EditorsNote, ImageCredit, Paragraph, PullQuote } from '../types';
import { EDITORS_NOTE_LABEL, IMAGE_LABEL, QUOTE_CHARS } from './classify';
import { sub } from './span';

export { parseHeadline, type ParseHints } from './headline';

/** Final punctuation that may stand outside a closing quote mark (`…”.`). */
const TRAILING_PUNCTUATION = /[.!?…,;:]+$/;

/** Splits the quote marks off a pull-quote paragraph; punctuation after the closing mark stays outside `inner`. */
export function parsePullQuote(p: Paragraph): PullQuote {
  const t = p.text;
  const q: PullQuote = { ...p, kind: 'pullQuote', inner: sub(p, 0, t.length) };
  let from = 0;
  let to = t.length;
  if (t.length > 1 && QUOTE_CHARS.open.includes(t[0])) {
    q.open = sub(p, 0, 1);
    from = 1;
  }
  const trail = TRAILING_PUNCTUATION.exec(t.slice(from));
  const beforeTrail = trail ? from + trail.index : to;
  if (beforeTrail - 1 > from && QUOTE_CHARS.close.includes(t[beforeTrail - 1])) {
    q.close = sub(p, beforeTrail - 1, beforeTrail);
    to = beforeTrail - 1;
  }
  q.inner = sub(p, from, to);
  return q;
}

/** Splits the `Editor’s Note:` label from the boilerplate. */
export function parseEditorsNote(p: Paragraph): EditorsNote {
  const m = EDITORS_NOTE_LABEL.exec(p.text);
  const labelEnd = m ? m[0].length : 0;
  let bodyStart = labelEnd;
  while (bodyStart < p.text.length && /\s/.test(p.text[bodyStart])) bodyStart++;
  return { ...p, kind: 'editorsNote', label: sub(p, 0, labelEnd), body: sub(p, bodyStart, p.text.length) };
}

/** Splits `Image: Reuters` into label and credit. */
export function parseImageCredit(p: Paragraph): ImageCredit {
  const m = IMAGE_LABEL.exec(p.text) ?? /^\S+(?:\s+credit)?/i.exec(p.text);
  const labelEnd = m ? m[0].length : 0;
  let creditStart = labelEnd;
  while (creditStart < p.text.length && /\s/.test(p.text[creditStart])) creditStart++;
  return { ...p, kind: 'imageCredit', label: sub(p, 0, labelEnd), credit: sub(p, creditStart, p.text.length) };
}

// Offsets of a piece of a paragraph in the original text.
import type { Paragraph, PersonName, Span } from '../types';

/** A span at [from, to) inside a paragraph, with offsets into the whole text. */
export function sub(p: Paragraph, from: number, to: number): Span {
  return { start: p.start + from, end: p.start + to, text: p.text.slice(from, to) };
}

/** Moves a freshly read name (paragraph-relative offsets, from tokens) to offsets into the whole text, in place: no copies on the hot path. */
export function shiftName(p: Paragraph, n: PersonName): PersonName {
  shift(n, p.start);
  shift(n.bare, p.start);
  if (n.honorific) shift(n.honorific, p.start);
  if (n.suffix) shift(n.suffix, p.start);
  return n;
}

/** Moves one span by `by`, in place. */
function shift(s: Span, by: number): void {
  s.start += by;
  s.end += by;
}

// Offsets of a piece of a paragraph in the original text.
import type { Paragraph, PersonName, Span } from '../types';

/** A span at [from, to) inside a paragraph, with offsets into the whole text. */
export function sub(p: Paragraph, from: number, to: number): Span {
  return { start: p.start + from, end: p.start + to, text: p.text.slice(from, to) };
}

/** Moves a name read with paragraph-relative offsets (tokens) to offsets into the whole text. */
export function shiftName(p: Paragraph, n: PersonName): PersonName {
  const at = (s: Span): Span => ({ ...s, start: s.start + p.start, end: s.end + p.start });
  const out: PersonName = { ...at(n), bare: at(n.bare) };
  if (n.honorific) out.honorific = at(n.honorific);
  if (n.suffix) out.suffix = at(n.suffix);
  return out;
}

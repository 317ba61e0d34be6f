// Offsets of a piece of a paragraph in the original text.
import type { Paragraph, Span } from '../types';

/** A span at [from, to) inside a paragraph, with offsets into the whole text. */
export function sub(p: Paragraph, from: number, to: number): Span {
  return { start: p.start + from, end: p.start + to, text: p.text.slice(from, to) };
}

// Splits a take into its non-blank lines (one paragraph each) and notes how the file is laid out.
import { isLineBlankCode } from '../typography';
import type { CommentLine, Paragraph } from '../types';

export interface Layout {
  paragraphs: Paragraph[];
  /** Lines that are only an HTML comment: taken out of `paragraphs`. */
  comments: CommentLine[];
  bom: boolean;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
}

/** Finds every non-blank line with its offsets, tolerating CRLF, lone CR, a BOM and no final newline (native search when there is no CR). */
export function splitParagraphs(text: string): Layout {
  const bom = text.charCodeAt(0) === 0xfeff;
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  const eol: '\n' | '\r\n' = crlf >= 0 && crlf <= lf - 1 ? '\r\n' : '\n';
  const finalNewline = /[\r\n]$/.test(text);
  const paragraphs: Paragraph[] = [];
  let line = 0;
  let pos = bom ? 1 : 0;
  const hasCR = text.indexOf('\r') >= 0;
  while (pos <= text.length) {
    let end = hasCR ? pos : text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    else if (hasCR) while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let s = pos;
    let e = end;
    while (s < e && isLineBlankCode(text.charCodeAt(s))) s++;
    while (e > s && isLineBlankCode(text.charCodeAt(e - 1))) e--;
    if (e > s) paragraphs.push({ start: s, end: e, text: text.slice(s, e), line });
    if (end >= text.length) break;
    pos = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
  }
  const split = takeOutComments(text, paragraphs);
  return { paragraphs: split.paragraphs, comments: split.comments, bom, eol, finalNewline };
}

const OPEN = '<!--';
const CLOSE = '-->';

/**
 * Moves the lines that are only an HTML comment out of the paragraphs. A comment may span lines: from a
 * line that opens one and does not close it to the first line that ends with `-->`; a comment that is
 * never closed, or that has text after its `-->`, is no comment and stays a paragraph.
 */
function takeOutComments(text: string, lines: Paragraph[]): { paragraphs: Paragraph[]; comments: CommentLine[] } {
  if (text.indexOf(OPEN) < 0) return { paragraphs: lines, comments: [] };
  const paragraphs: Paragraph[] = [];
  const comments: CommentLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const p = lines[k];
    const last = p.text.startsWith(OPEN) ? closingLine(lines, k) : -1;
    if (last < 0) {
      paragraphs.push(p);
      continue;
    }
    const end = lines[last];
    comments.push({ start: p.start, end: end.end, text: text.slice(p.start, end.end), line: p.line, endLine: end.line });
    k = last;
  }
  return { paragraphs, comments };
}

/** The index of the line that closes the comment opened on line k, or -1 when it is not closed by a line's end. */
function closingLine(lines: Paragraph[], k: number): number {
  for (let j = k; j < lines.length; j++) {
    const t = lines[j].text;
    const close = t.indexOf(CLOSE, j === k ? OPEN.length : 0);
    if (close >= 0) return close === t.length - CLOSE.length ? j : -1;
  }
  return -1;
}

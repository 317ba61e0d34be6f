// Splits a take into its non-blank lines (one paragraph each) and notes how the file is laid out.
import { isLineBlankCode } from '../typography';
import type { Paragraph } from '../types';

export interface Layout {
  paragraphs: Paragraph[];
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
  return { paragraphs, bom, eol, finalNewline };
}

// Rule doubled-space: No runs of spaces inside a paragraph and no white space at either end of a line.
import type { TakeRule } from '../rule';
import type { Report, Span } from '../types';
import { INLINE_SPACE, isLineBlankCode, replaceReport } from '../typography';

/** A run of two or more blanks inside a line. */
const RUN = new RegExp(`${INLINE_SPACE}{2,}`, 'g');

export const rule: TakeRule = {
  meta: {
    id: 'doubled-space',
    category: 'typography',
    description: 'No runs of spaces inside a paragraph and no white space at either end of a line',
    rationale:
      'Doubled spaces are invisible in the editor and visible in print. A run of blanks inside a paragraph (spaces, tabs and no-break spaces mixed) is cut to its first blank (to one space when it starts with a tab). White space at the start of a line is removed too: indentation is no part of the format. With `trailing` (the default), white space at the end of any line, and lines holding only white space, are reported as well, the headline and labels included, since trailing white space is never dictated text. Runs inside the headline and configured boilerplate are left to their own rules.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {
      trailing: {
        type: 'boolean',
        default: true,
        description: 'Also report white space at the end of a line',
      },
    },
    examples: {
      invalid: 'the  summit',
      valid: 'the summit',
    },
  },
  // Reports runs of blanks inside the prose, then blanks at the ends of the raw lines.
  check({ prose, text, options, take }) {
    const out: Report[] = [];
    for (const span of prose) {
      for (const m of span.text.matchAll(RUN)) {
        const start = span.start + (m.index ?? 0);
        const end = start + m[0].length;
        const message = `Use one space, not ${m[0].length} white space characters in a row`;
        if (m[0][0] === '\t') out.push(replaceReport(message, start, end, ' '));
        else out.push(replaceReport(message, start + 1, end, ''));
      }
    }
    reportLineEnds(text, options.trailing !== false, take.comments, out);
    return out;
  },
};

/** Reports blanks at the start of each line and, when asked, at its end; a BOM at the very start is not one, and comment lines are left alone. */
function reportLineEnds(text: string, trailing: boolean, comments: readonly Span[], out: Report[]): void {
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lf = -1;
  let cr = -1;
  let c = 0;
  while (lineStart <= text.length) {
    if (lf < lineStart) lf = indexOrEnd(text, '\n', lineStart);
    if (cr < lineStart) cr = indexOrEnd(text, '\r', lineStart);
    const lineEnd = Math.min(lf, cr);
    const next = lineEnd + (lineEnd === cr && lf === cr + 1 ? 2 : 1);
    while (c < comments.length && comments[c].end < lineStart) c++;
    if (c < comments.length && comments[c].start <= lineEnd) {
      lineStart = next;
      continue;
    }
    let contentStart = lineStart;
    while (contentStart < lineEnd && isLineBlankCode(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = lineEnd;
    while (contentEnd > contentStart && isLineBlankCode(text.charCodeAt(contentEnd - 1))) contentEnd--;
    if (contentStart === lineEnd) {
      if (trailing && lineEnd > lineStart) out.push(replaceReport('Remove the white space on this empty line', lineStart, lineEnd, ''));
    } else {
      if (contentStart > lineStart) out.push(replaceReport('Remove the white space at the start of the line', lineStart, contentStart, ''));
      if (trailing && contentEnd < lineEnd) out.push(replaceReport('Remove the white space at the end of the line', contentEnd, lineEnd, ''));
    }
    lineStart = next;
  }
}

/** Where a line break character next occurs, or the text's length when it does not. */
function indexOrEnd(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}

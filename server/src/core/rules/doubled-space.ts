// Rule doubled-space: No runs of spaces inside a paragraph and no white space at either end of a line.
import type { TakeRule } from '../rule';
import type { Report } from '../types';
import { INLINE_SPACE, replaceReport } from '../typography';

/** A run of two or more blanks inside a line. */
const RUN = new RegExp(`${INLINE_SPACE}{2,}`, 'gu');
/** Blanks (zero-width ones included) at the start of a line, at its end, or making up all of it. */
const BLANK = '[ \\t\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]';
const LEADING = new RegExp(`^${BLANK}+`, 'u');
const TRAILING = new RegExp(`${BLANK}+$`, 'u');
const LINE = /[^\r\n]*/g;

export const rule: TakeRule = {
  meta: {
    id: 'doubled-space',
    category: 'typography',
    description: 'No runs of spaces inside a paragraph and no white space at either end of a line',
    rationale:
      'Doubled spaces are invisible in the editor and visible in print. A run of blanks inside a paragraph (spaces, tabs and no-break spaces mixed) is cut to its first blank. White space at the start of a line is removed too: indentation is no part of the format. With `trailing` (the default), white space at the end of any line, and lines holding only white space, are reported as well, the headline and labels included, since trailing white space is never dictated text. Runs inside the headline and configured boilerplate are left to their own rules.',
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
  check({ prose, text, options }) {
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
    reportLineEnds(text, options.trailing !== false, out);
    return out;
  },
};

/** Reports blanks at the start of each line and, when asked, at its end; a BOM at the very start is not one. */
function reportLineEnds(text: string, trailing: boolean, out: Report[]): void {
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  LINE.lastIndex = first;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const line = m[0];
    const lineStart = m.index;
    const lead = LEADING.exec(line);
    if (lead && lead[0].length === line.length) {
      if (trailing) out.push(replaceReport('Remove the white space on this empty line', lineStart, lineStart + line.length, ''));
    } else {
      if (lead) out.push(replaceReport('Remove the white space at the start of the line', lineStart, lineStart + lead[0].length, ''));
      const trail = trailing ? TRAILING.exec(line) : null;
      if (trail) out.push(replaceReport('Remove the white space at the end of the line', lineStart + trail.index, lineStart + line.length, ''));
    }
    const lineEnd = lineStart + line.length;
    if (lineEnd >= text.length) break;
    LINE.lastIndex = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
}

// Rule dash-style: Dashes are em dashes, closed or spaced per house style (`dashes`), never ` - ` or `--`.
import type { TakeRule } from '../rule';
import type { Report, Span } from '../types';
import { isBlankCode, isDigit, isWordChar, replaceReport } from '../typography';

/** A run of hyphens and dashes; what it stands for is decided from the run and the blanks around it. */
const DASH_RUN = /[-–—]+/g;
/** The runs that may stand for a dash: one hyphen or en dash (only between blanks), two or three hyphens, em dashes. */
const DASH_LIKE = /^(?:-{1,3}|–|—+)$/;
/** Marks after which a spaced em dash still closes up on its left: `(—`, `“—`. */
const OPENING = /[([{“‘]/u;
/** Marks before which a spaced em dash still closes up on its right: `—”`, `—,`. */
const CLOSING = /[)\]}”’.,;:!?…]/u;

export const rule: TakeRule = {
  meta: {
    id: 'dash-style',
    category: 'typography',
    description: 'Dashes are em dashes, closed or spaced per house style (`dashes`), never ` - ` or `--`',
    rationale:
      'A hyphen between spaces, a double hyphen or a spaced en dash stands in for a dash and becomes an em dash. The house style closes em dashes up (`a—b`) by default; set `dashes` to `spaced` for `a — b` (a spaced dash still closes up against an opening bracket or quote on its left and closing punctuation on its right, as in `“I was going to—”`). Left alone: hyphens inside words (`Jong-un`, `U.S.-North`), closed en dashes in ranges (`300–900`), a spaced hyphen or en dash between two numbers (`3 - 1`, `1950 – 53`), minus signs (`-5 degrees`), em dashes that open or end a paragraph, and 2-em dashes (`——`). The series dash in the headline is checked by `headline-dash`.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'sanctions - and talks -- matter',
      valid: 'sanctions—and talks—matter',
    },
  },
  // Checks every dash-like mark of the prose against the house dash.
  check({ prose, style }) {
    const out: Report[] = [];
    for (const span of prose) reportDashes(span, style.dashes === 'spaced', out);
    return out;
  },
};

/** Reports each dash of one paragraph that is not the house em dash. */
function reportDashes(span: Span, spaced: boolean, out: Report[]): void {
  const text = span.text;
  DASH_RUN.lastIndex = 0;
  for (let m = DASH_RUN.exec(text); m; m = DASH_RUN.exec(text)) {
    const dash = m[0];
    const dashStart = m.index;
    const dashEnd = dashStart + dash.length;
    const single = dash === '-' || dash === '–';
    if (single && !(isBlankCode(text.charCodeAt(dashStart - 1)) && isBlankCode(text.charCodeAt(dashEnd)))) continue;
    if (!DASH_LIKE.test(dash)) continue;
    let start = dashStart;
    while (isBlankCode(text.charCodeAt(start - 1))) start--;
    let end = dashEnd;
    while (isBlankCode(text.charCodeAt(end))) end++;
    const before = text[start - 1];
    const after = text[end];
    const atEdge = before === undefined || after === undefined;
    const lead = dashStart - start;
    const trail = end - dashEnd;
    if (dash[0] === '—') {
      if (dash.length > 1 || atEdge) continue;
      const needLead = spaced && !OPENING.test(before);
      const needTrail = spaced && !closesAfter(text, end);
      if (lead === (needLead ? 1 : 0) && trail === (needTrail ? 1 : 0)) continue;
      const message = spaced
        ? 'Space the em dash: the house style puts a space on each side (a — b)'
        : 'Close up the em dash: the house style writes it without spaces (a—b)';
      out.push(replaceReport(message, span.start + start, span.start + end, houseDash(spaced, text, before, end)));
      continue;
    }
    const name =
      dash === '-' ? 'a spaced hyphen " - "' : dash === '–' ? 'a spaced en dash " – "' : `a ${dash.length === 2 ? 'double' : 'triple'} hyphen "${dash}"`;
    const message = `Use ${spaced ? 'a spaced em dash " — "' : 'an em dash without spaces "—"'} instead of ${name}`;
    if (single) {
      if (atEdge || (isDigit(before) && isDigit(after))) continue;
      out.push(replaceReport(message, span.start + start, span.start + end, houseDash(spaced, text, before, end)));
    } else if (!atEdge) out.push(replaceReport(message, span.start + start, span.start + end, houseDash(spaced, text, before, end)));
    else if (before !== undefined || after !== undefined) out.push(replaceReport(message, span.start + dashStart, span.start + dashEnd, '—'));
  }
}

/** The em dash the house style wants between `before` and the text at `end`, with its spaces. */
function houseDash(spaced: boolean, text: string, before: string, end: number): string {
  if (!spaced) return '—';
  return `${OPENING.test(before) ? '' : ' '}—${closesAfter(text, end) ? '' : ' '}`;
}

/** True when the text at `end` closes a phrase: closing punctuation, or a straight quote not followed by a word. */
function closesAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === '"' || next === "'") return !isWordChar(text[end + 1]);
  return CLOSING.test(next);
}

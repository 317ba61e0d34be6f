// Rule dash-style: Dashes are em dashes, closed or spaced per house style (`dashes`), never ` - ` or `--`.
import type { TakeRule } from '../rule';
import type { Report, Span } from '../types';
import { INLINE_SPACE, isDigit, isWordChar, replaceReport } from '../typography';

/**
 * A dash with the blanks around it: a double or triple hyphen, an em dash (any spacing), or a
 * hyphen or en dash with blanks on both sides. Hyphens inside words and closed en dashes never match.
 */
const DASH = new RegExp(`(${INLINE_SPACE}*)((?<!-)-{2,3}(?!-)|—+|(?<=${INLINE_SPACE})[-–](?=${INLINE_SPACE}))(${INLINE_SPACE}*)`, 'gu');
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
  for (const m of text.matchAll(DASH)) {
    const [whole, lead, dash, trail] = m;
    const start = m.index ?? 0;
    const end = start + whole.length;
    const before = text[start - 1];
    const after = text[end];
    const atEdge = before === undefined || after === undefined;
    if (dash.startsWith('—')) {
      if (dash.length > 1 || atEdge) continue;
      const needLead = spaced && !OPENING.test(before);
      const needTrail = spaced && !closesAfter(text, end);
      if (lead.length === (needLead ? 1 : 0) && trail.length === (needTrail ? 1 : 0)) continue;
      const message = spaced
        ? 'Space the em dash: the house style puts a space on each side (a — b)'
        : 'Close up the em dash: the house style writes it without spaces (a—b)';
      out.push(replaceReport(message, span.start + start, span.start + end, houseDash(spaced, text, before, end)));
      continue;
    }
    const name =
      dash === '-' ? 'a spaced hyphen " - "' : dash === '–' ? 'a spaced en dash " – "' : `a ${dash.length === 2 ? 'double' : 'triple'} hyphen "${dash}"`;
    const message = `Use ${spaced ? 'a spaced em dash " — "' : 'an em dash without spaces "—"'} instead of ${name}`;
    if (dash.length === 1) {
      if (atEdge || (isDigit(before) && isDigit(after))) continue;
      out.push(replaceReport(message, span.start + start, span.start + end, houseDash(spaced, text, before, end)));
    } else if (!atEdge) out.push(replaceReport(message, span.start + start, span.start + end, houseDash(spaced, text, before, end)));
    else if (before !== undefined || after !== undefined) {
      const hyphens = span.start + start + lead.length;
      out.push(replaceReport(message, hyphens, hyphens + dash.length, '—'));
    }
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

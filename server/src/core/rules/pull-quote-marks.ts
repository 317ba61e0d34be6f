// Rule pull-quote-marks: The pull-quote is wrapped in one pair of double quotes, with its final punctuation inside.
import type { TakeRule } from '../rule';
import type { Edit, PullQuote, Report, Span } from '../types';

/** Marks that open or close a pull-quote correctly, straight or curly (which of the two is `quote-style`'s business). */
const GOOD_OPEN = '“"';
const GOOD_CLOSE = '”"';
const SINGLE = "‘’'‚‛‹›";
const SENTENCE_END = /[.!?…]$/;
/** A closing single mark inside the text: a nested quotation that ends before the outer one. */
const NESTED_SINGLE_CLOSE = /[’'](?![\p{L}\p{N}])/u;
/** An opening single mark inside the text: a nested quotation that may still be open at the end. */
const NESTED_SINGLE_OPEN = /(?:^|[\s(—–])[‘']/u;

interface HouseMarks {
  open: string;
  close: string;
  nestedOpen: string;
  nestedClose: string;
}

export const rule: TakeRule = {
  meta: {
    id: 'pull-quote-marks',
    category: 'pull-quote',
    description: 'The pull-quote is wrapped in one pair of double quotes, with its final punctuation inside',
    rationale:
      'The pull-quote is printed as a quotation. It opens and closes with one pair of double quotation marks in the house quote style (curly “ ” or straight "), with any final punctuation inside the marks. The rule reports a pull-quote without marks (the paragraph right before the editor’s note is taken for one), a missing opening or closing mark, single quotes used as the outer pair (nested double quotes inside become single), a mark of the wrong kind (” opening, « closing), and punctuation after the closing mark (`…”.`). A closing mark that may belong to a quotation inside the pull-quote is reported without a fix. Straight against curly marks on an otherwise correct pair is left to `quote-style`, so the two fixes never fight.',
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: '‘Sanctions alone will not bring Pyongyang back to the table.’',
      valid: '“Sanctions alone will not bring Pyongyang back to the table.”',
    },
  },
  // Checks the opening mark, the closing mark and the punctuation after it.
  check({ take, style }) {
    const q = take.pullQuote;
    if (!q || !/[\p{L}\p{N}]/u.test(q.text)) return [];
    const marks: HouseMarks =
      style.quotes === 'straight' ? { open: '"', close: '"', nestedOpen: "'", nestedClose: "'" } : { open: '“', close: '”', nestedOpen: '‘', nestedClose: '’' };
    if (!q.open && !q.close) return [unquoted(q, marks)];
    const out: Report[] = [];
    const open = openingReport(q, marks);
    if (open) out.push(open);
    const close = closingReport(q, marks);
    if (close) out.push(close);
    else {
      const punctuation = punctuationOutside(take.text, q);
      if (punctuation) out.push(punctuation);
    }
    return out;
  },
};

/** A pull-quote with no marks at all: both are added (nested double quotes become single). */
function unquoted(q: PullQuote, marks: HouseMarks): Report {
  return {
    message: `Wrap the pull-quote in double quotation marks (${marks.open}…${marks.close})`,
    start: q.start,
    end: q.end,
    fix: [{ start: q.start, end: q.start, text: marks.open }, ...nestedToSingle(q.inner, marks), { start: q.end, end: q.end, text: marks.close }],
  };
}

/** Reports a missing, single or wrong-way opening mark. */
function openingReport(q: PullQuote, marks: HouseMarks): Report | undefined {
  const o = q.open;
  if (!o || (SINGLE.includes(o.text) && q.close && !SINGLE.includes(q.close.text) && NESTED_SINGLE_CLOSE.test(q.inner.text))) {
    return {
      message: `Open the pull-quote with a quotation mark ${marks.open}`,
      start: q.start,
      end: q.start,
      fix: [{ start: q.start, end: q.start, text: marks.open }],
    };
  }
  if (GOOD_OPEN.includes(o.text)) return undefined;
  const single = SINGLE.includes(o.text);
  const pairIsSingle = single && !!q.close && SINGLE.includes(q.close.text) && !closesNested(q);
  const fix: Edit[] = [{ start: o.start, end: o.end, text: marks.open }, ...(pairIsSingle ? nestedToSingle(q.inner, marks) : [])];
  const what = single ? `a double quotation mark ${marks.open}, not the single ${o.text}` : `${marks.open}, not ${o.text}`;
  return { message: `Open the pull-quote with ${what}`, start: o.start, end: o.end, fix };
}

/** Reports a missing, single or wrong-way closing mark. */
function closingReport(q: PullQuote, marks: HouseMarks): Report | undefined {
  const c = q.close;
  if (!c || closesNested(q)) {
    const message = `Close the pull-quote with a quotation mark ${marks.close}`;
    if (!c && q.open && GOOD_OPEN.includes(q.open.text) && /[”"]/.test(q.inner.text)) return { message, start: q.end, end: q.end };
    return { message, start: q.end, end: q.end, fix: [{ start: q.end, end: q.end, text: marks.close }] };
  }
  if (GOOD_CLOSE.includes(c.text)) return undefined;
  const single = SINGLE.includes(c.text);
  const what = single ? `a double quotation mark ${marks.close}, not the single ${c.text}` : `${marks.close}, not ${c.text}`;
  return { message: `Close the pull-quote with ${what}`, start: c.start, end: c.end, fix: [{ start: c.start, end: c.end, text: marks.close }] };
}

/** True when the closing single mark ends a quotation nested in a double-quoted pull-quote (`“… ‘salami-slicing.’`). */
function closesNested(q: PullQuote): boolean {
  return !!q.open && !!q.close && !SINGLE.includes(q.open.text) && SINGLE.includes(q.close.text) && NESTED_SINGLE_OPEN.test(q.inner.text);
}

/** Reports punctuation after the closing mark: moved inside, or dropped when the quotation already ends with its own. */
function punctuationOutside(text: string, q: PullQuote): Report | undefined {
  const c = q.close;
  if (!c || c.end >= q.end) return undefined;
  const trailing = text.slice(c.end, q.end);
  const sentenceMarks = trailing.replace(/[,;:]/g, '');
  const drop: Edit = { start: c.end, end: q.end, text: '' };
  if (SENTENCE_END.test(q.inner.text) || sentenceMarks === '') {
    return { message: `Drop the "${trailing}" after the closing quotation mark`, start: c.end, end: q.end, fix: [drop] };
  }
  return {
    message: `Put the final "${sentenceMarks}" inside the closing quotation mark`,
    start: c.end,
    end: q.end,
    fix: [{ start: c.start, end: c.start, text: sentenceMarks }, drop],
  };
}

/** Edits that turn double quotation marks inside the pull-quote into single ones, for when the outer pair becomes double. */
function nestedToSingle(inner: Span, marks: HouseMarks): Edit[] {
  const out: Edit[] = [];
  for (const m of inner.text.matchAll(/[“”"]/g)) {
    const i = m.index ?? 0;
    const opens = m[0] === '“' || (m[0] === '"' && (i === 0 || /[\s(—–]/.test(inner.text[i - 1])));
    out.push({ start: inner.start + i, end: inner.start + i + 1, text: opens ? marks.nestedOpen : marks.nestedClose });
  }
  return out;
}

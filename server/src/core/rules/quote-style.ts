// Rule quote-style: Quotation marks and apostrophes follow the house style (`quotes`: curly or straight).
import type { TakeRule } from '../rule';
import type { Report, Span } from '../types';
import { isDigit, isWordChar, replaceReport } from '../typography';

type Curly = '“' | '”' | '‘' | '’';

/** What a mark should be at one place, and whether its context was clear enough to overrule a curly mark. */
interface Expectation {
  mark: Curly;
  /** A guess from the open/closed state only: straight marks take it, curly marks are left alone. */
  guessed: boolean;
  /** ’ between or after letters, or in a leading elision: named an apostrophe in the message (always set: one object shape). */
  apostrophe: boolean;
}

const QUOTE_MARK = /["'“”‘’]/g;
const CURLY_MARK = /[“”‘’]/g;
/** Characters after which a quotation mark opens. */
const OPENS_AFTER = /[\s([{—–“‘/]/u;
/** Characters before which a quotation mark closes. */
const CLOSES_BEFORE = /[\s)\]}.,;:!?…—–”’]/u;
/** What follows an apostrophe that stands for left-out letters at a word start (’90s, rock ’n’ roll, ’til). */
const LEADING_ELISION = /(?:\p{Nd}{2}(?!\p{Nd})|n['’]|(?:til|tis|twas|em|cause|bout)(?![\p{L}\p{N}]))/iuy;

const NAMES: Record<Curly, string> = {
  '“': 'an opening curly quote “',
  '”': 'a closing curly quote ”',
  '‘': 'an opening single curly quote ‘',
  '’': 'a closing single curly quote ’',
};

export const rule: TakeRule = {
  meta: {
    id: 'quote-style',
    category: 'typography',
    description: 'Quotation marks and apostrophes follow the house style (`quotes`: curly or straight)',
    rationale:
      "Curly (typographic) quotes and apostrophes are the default house style: “…” outside, ‘…’ nested, ’ for apostrophes, including leading elisions such as ’90s and rock ’n’ roll. Each straight mark is turned the right way by its neighbours (after a space or an opening bracket it opens, after a letter or before punctuation it closes); curly marks turned the wrong way (“ closing a quotation, ” opening one, ‘ in don‘t or ‘90s) are reported too. Primes after digits (5'11\", 6' tall) are left alone, and so is a mark whose direction its neighbours do not tell. With `quotes` set to `straight`, every curly mark is flagged instead. The headline and configured boilerplate are not checked; the pull-quote’s own marks are.",
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'He said "it\'s over".',
      valid: 'He said “it’s over”.',
    },
  },
  // Checks every quotation mark of the prose against the house style.
  check({ prose, style }) {
    const out: Report[] = [];
    for (const span of prose) {
      if (style.quotes === 'straight') reportCurly(span, out);
      else reportMisdirected(span, out);
    }
    return out;
  },
};

/** Straight house style: every curly mark becomes its straight form. */
function reportCurly(span: Span, out: Report[]): void {
  CURLY_MARK.lastIndex = 0;
  for (let m = CURLY_MARK.exec(span.text); m; m = CURLY_MARK.exec(span.text)) {
    const start = span.start + m.index;
    const double = m[0] === '“' || m[0] === '”';
    const message = double ? `Use a straight quote " instead of ${m[0]}` : `Use a straight quote or apostrophe ' instead of ${m[0]}`;
    out.push(replaceReport(message, start, start + 1, double ? '"' : "'"));
  }
}

/** Curly house style: walks the marks of one paragraph, tracking open quotations, and reports each wrong one. */
function reportMisdirected(span: Span, out: Report[]): void {
  const text = span.text;
  const state = { doubleOpen: false, singleOpen: false };
  let lastIndex = -2;
  let lastMark = '';
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const i = m.index;
    const actual = m[0];
    const prev = i === lastIndex + 1 ? lastMark : text[i - 1];
    const next = text[i + 1];
    const expected =
      actual === '"' || actual === '“' || actual === '”' ? expectDouble(actual, prev, next, state) : expectSingle(text, i, actual, prev, next, state);
    const settled = expected === null || (expected.guessed && actual !== '"' && actual !== "'") ? actual : expected.mark;
    lastIndex = i;
    lastMark = settled;
    track(settled, next, state);
    if (expected === null || settled === actual) continue;
    const what = expected.apostrophe ? 'a curly apostrophe ’' : NAMES[expected.mark];
    out.push(replaceReport(`Use ${what} instead of ${actual}`, span.start + i, span.start + i + 1, expected.mark));
  }
}

/** The double mark a place calls for; null for an inch mark after a digit. */
function expectDouble(actual: string, prev: string | undefined, next: string | undefined, state: { doubleOpen: boolean }): Expectation | null {
  if (actual === '"' && isDigit(prev) && !state.doubleOpen) return null;
  const open = opensAfter(prev);
  const close = closesBefore(next);
  if (open && !close) return { mark: '“', guessed: false, apostrophe: false };
  if (close && !open) return { mark: '”', guessed: false, apostrophe: false };
  return { mark: state.doubleOpen ? '”' : '“', guessed: true, apostrophe: false };
}

/** The single mark or apostrophe a place calls for; null when nothing can be told (a prime, a lone mark). */
function expectSingle(
  text: string,
  i: number,
  actual: string,
  prev: string | undefined,
  next: string | undefined,
  state: { singleOpen: boolean },
): Expectation | null {
  if (actual === "'" && isDigit(prev) && !isLetter(next) && !state.singleOpen) return null;
  const afterWord = isWordChar(prev);
  const beforeWord = isWordChar(next);
  if (afterWord) return { mark: '’', guessed: false, apostrophe: beforeWord || !state.singleOpen };
  if (beforeWord) {
    LEADING_ELISION.lastIndex = i + 1;
    if (LEADING_ELISION.test(text)) return { mark: '’', guessed: false, apostrophe: true };
    if (actual === '’') return null;
    return opensAfter(prev) ? { mark: '‘', guessed: false, apostrophe: false } : { mark: '’', guessed: false, apostrophe: true };
  }
  const open = opensAfter(prev);
  const close = closesBefore(next);
  if (close && !open) return { mark: '’', guessed: false, apostrophe: false };
  if (open && !close) return { mark: '‘', guessed: false, apostrophe: false };
  return state.singleOpen ? { mark: '’', guessed: true, apostrophe: false } : null;
}

/** Updates which quotations are open after a mark has been settled. */
function track(mark: string, next: string | undefined, state: { doubleOpen: boolean; singleOpen: boolean }): void {
  if (mark === '“') state.doubleOpen = true;
  else if (mark === '”') state.doubleOpen = false;
  else if (mark === '‘') state.singleOpen = true;
  else if (mark === '’' && !isWordChar(next)) state.singleOpen = false;
}

/** True at the start of a paragraph or after white space, an opening bracket, a dash or an opening mark. */
function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || OPENS_AFTER.test(prev);
}

/** True at the end of a paragraph or before white space, closing punctuation, a dash or a closing mark. */
function closesBefore(next: string | undefined): boolean {
  return next === undefined || CLOSES_BEFORE.test(next);
}

/** True for a letter (digits excluded). */
function isLetter(ch: string | undefined): boolean {
  return isWordChar(ch) && !isDigit(ch);
}

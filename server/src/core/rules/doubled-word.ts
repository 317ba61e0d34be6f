// Rule doubled-word: No word is written twice in a row (`the the`).
import type { TakeRule } from '../rule';
import type { Report, Span } from '../types';
import { isBlankCode, isWordCode, listOption, replaceReport } from '../typography';
import { keptPerKey } from '../kept';

const DEFAULT_ALLOW = 'had,that';
const HAS_DIGIT = /\p{N}/u;
const STARTS_UPPER = /^\p{Lu}/u;

export const rule: TakeRule = {
  meta: {
    id: 'doubled-word',
    category: 'typography',
    description: 'No word is written twice in a row (`the the`)',
    rationale:
      'A repeated word is almost always a slip. Only words separated by nothing but white space count (`Now, now` is fine), case is ignored, and the second copy with the space before it is removed. Words that may repeat in good English (`had had`, `that that`) are allowed by default; numbers (`1 1`) and a capitalised second word (names such as `Walla Walla`) are never reported.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {
      allow: {
        type: 'string',
        default: DEFAULT_ALLOW,
        description: 'Comma-separated words that may legitimately repeat',
      },
    },
    examples: {
      invalid: 'the the summit',
      valid: 'the summit',
    },
  },
  // Finds each word the prose repeats right after itself.
  check({ prose, options }) {
    const allowed = allowedWords(options.allow);
    const out: Report[] = [];
    for (const span of prose) reportDoubled(span, allowed, out);
    return out;
  },
};

/** The words that may repeat, as a set built once per option value (the rule runs on every take). */
const allowedWords = keptPerKey((option: unknown) => new Set(listOption(option, DEFAULT_ALLOW).map((w) => w.toLowerCase())));

/**
 * Walks the words of one paragraph once, comparing each with the one before it when only blanks
 * stand between them (a single pass: this rule runs on every paragraph of every take).
 */
function reportDoubled(span: Span, allowed: Set<string>, out: Report[]): void {
  const text = span.text;
  const len = text.length;
  let prevStart = -1;
  let prevEnd = -1;
  let onlyBlanks = false;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (!isBlankCode(c)) onlyBlanks = false;
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, i + 1);
    const length = i - start;
    if (onlyBlanks && length === prevEnd - prevStart && maySameLetter(text.charCodeAt(prevStart), c)) {
      const first = text.slice(prevStart, prevEnd);
      const second = text.slice(start, i);
      const lower = first.toLowerCase();
      if (lower === second.toLowerCase() && !allowed.has(lower) && !HAS_DIGIT.test(first) && !STARTS_UPPER.test(second))
        out.push(replaceReport(`Remove the repeated word "${second}"`, span.start + prevEnd, span.start + i, ''));
    }
    prevStart = start;
    prevEnd = i;
    onlyBlanks = true;
  }
}

/** Where the word running through `from` ends (exclusive): letters and digits, joined by an apostrophe or hyphen between two of them. */
function wordEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (isWordCode(c)) e++;
    else if (isJoiner(c) && isWordCode(text.charCodeAt(e + 1))) e += 2;
    else break;
  }
  return e;
}

/** True for the marks that join a word's parts: apostrophes and the hyphen. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45;
}

/** A cheap first test of two first letters: ASCII compared without case, anything else left to the full comparison. */
function maySameLetter(a: number, b: number): boolean {
  return a >= 0x80 || b >= 0x80 || (a | 0x20) === (b | 0x20);
}

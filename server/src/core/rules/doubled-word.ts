// Rule doubled-word: No word is written twice in a row (`the the`).
import type { TakeRule } from '../rule';
import type { Report, Span } from '../types';
import { isBlankCode, isWordCode, listOption, replaceReport } from '../typography';

const DEFAULT_ALLOW = 'had,that';
/** Blanks other than the plain space: when a paragraph has none, gaps are found with indexOf. */
const OTHER_BLANK = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
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
    const allowed = new Set(listOption(options.allow, DEFAULT_ALLOW).map((w) => w.toLowerCase()));
    const out: Report[] = [];
    for (const span of prose) reportDoubled(span, allowed, out);
    return out;
  },
};

/** Walks the gaps of one paragraph and compares the whole words on either side of each. */
function reportDoubled(span: Span, allowed: Set<string>, out: Report[]): void {
  const text = span.text;
  const spacesOnly = !OTHER_BLANK.test(text);
  let gapStart = nextBlank(text, 0, spacesOnly);
  while (gapStart >= 0) {
    let secondStart = gapStart + 1;
    while (isBlankCode(text.charCodeAt(secondStart))) secondStart++;
    if (isWordCode(text.charCodeAt(gapStart - 1)) && isWordCode(text.charCodeAt(secondStart))) {
      const firstStart = wordStart(text, gapStart - 1);
      const length = gapStart - firstStart;
      if (maySameLetter(text.charCodeAt(firstStart), text.charCodeAt(secondStart)) && wordEnd(text, secondStart) === secondStart + length) {
        const first = text.slice(firstStart, gapStart);
        const second = text.slice(secondStart, secondStart + length);
        const lower = first.toLowerCase();
        if (lower === second.toLowerCase() && !allowed.has(lower) && !HAS_DIGIT.test(first) && !STARTS_UPPER.test(second))
          out.push(replaceReport(`Remove the repeated word "${second}"`, span.start + gapStart, span.start + secondStart + length, ''));
      }
    }
    gapStart = nextBlank(text, secondStart, spacesOnly);
  }
}

/** The next blank at or after `from` (-1 when none): a native search when the paragraph has no blank but the space. */
function nextBlank(text: string, from: number, spacesOnly: boolean): number {
  if (spacesOnly) return text.indexOf(' ', from);
  for (let k = from; k < text.length; k++) if (isBlankCode(text.charCodeAt(k))) return k;
  return -1;
}

/** Where the word holding `last` starts: letters and digits, joined by an apostrophe or hyphen between two of them. */
function wordStart(text: string, last: number): number {
  let s = last;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isWordCode(c) || (isJoiner(c) && isWordCode(text.charCodeAt(s - 2)))) s--;
    else break;
  }
  return s;
}

/** Where the word starting at `first` ends (exclusive), by the same definition as wordStart. */
function wordEnd(text: string, first: number): number {
  let e = first;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (isWordCode(c) || (isJoiner(c) && isWordCode(text.charCodeAt(e + 1)))) e++;
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

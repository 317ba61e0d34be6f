// Rule pull-quote-in-body: The pull-quote appears in the body.
import type { TakeRule } from '../rule';
import type { Part, Report, Span } from '../types';
import { normalizeForComparison } from '../text';
import { sentences } from '../sentences';

/** Words too common to make two sentences alike on their own. */
const STOPWORDS = new Set(
  'a an the and or but nor for so yet of in on at to by with from into as is are was were be been it its this that these those he she they we i you his her their our not no will would can could should may might do does did has have had there here which who what every each all any some more most'.split(
    ' ',
  ),
);
/** An elision inside a pull-quote: the pieces around it must appear in the body in order. */
const ELLIPSIS = /\s*(?:…|\.\s?\.\s?\.)\s*/;

export const rule: TakeRule = {
  meta: {
    id: 'pull-quote-in-body',
    category: 'pull-quote',
    description: 'The pull-quote appears in the body',
    rationale:
      'A pull-quote is lifted from the body. Quote marks, apostrophes, dashes, white space, case and final punctuation are ignored when comparing, a pull-quote may span two sentences or paragraphs, and an ellipsis (… or ...) stands for words left out. When the pull-quote is not found, the closest body sentence (most words in common) is pointed at and offered as a suggestion: it changes the words, so a person decides. One real take has a pull-quote that appears nowhere in its body; set the rule to `off` in such a symposium.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    options: {},
    examples: {
      invalid: '“Talks will fail.” (the body never says so)',
      valid: '“Talks will resume by summer.” (a sentence of the body)',
    },
  },
  // Looks for the pull-quote's words in the body; when absent, points at the closest sentence.
  check({ take }) {
    const q = take.pullQuote;
    if (!q || take.body.length === 0) return [];
    const pieces = q.inner.text.split(ELLIPSIS).filter((p) => fold(p).length > 0);
    if (pieces.length === 0) return [];
    const body = take.body.map((p) => p.text).join(' ');
    const found = pieces.length === 1 ? containsFolded(body, pieces[0]) : containsInOrder(fold(body), pieces.map(fold));
    return found ? [] : [notFound(q.inner, take.body)];
  },
};

/** Folds text for the comparison: normalizeForComparison, then quote marks and apostrophes dropped. */
function fold(text: string): string {
  return normalizeForComparison(text).replace(/["']/g, '').replace(/\s+/g, ' ').trim();
}

/** True when the folded pieces appear in the folded body, one after the other. */
function containsInOrder(body: string, pieces: string[]): boolean {
  let from = 0;
  for (const piece of pieces) {
    const at = body.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/**
 * True when the folded piece appears in the folded body. Only the stretches of body around its longest word
 * are folded (folding never changes letters or digits), so a 900-word body costs a few short folds; never more
 * than about three foldings of the whole body.
 */
function containsFolded(body: string, piece: string): boolean {
  const verbatim = piece.trim().replace(/[.,;:!?…]+$/, '');
  if (verbatim.length > 0 && body.includes(verbatim)) return true;
  const needle = fold(piece);
  const lower = body.toLowerCase();
  const anchor = longestRun(piece.toLowerCase());
  if (!anchor || lower.length !== body.length) return fold(body).includes(needle);
  const margin = piece.length + 16;
  // A common anchor in a long body (a pull-quote of one short word repeated) would fold the body many times over:
  // past twice the body's length in windows, the whole body is folded once instead.
  let budget = 2 * body.length + 4 * margin;
  for (let at = lower.indexOf(anchor); at >= 0; at = lower.indexOf(anchor, at + 1)) {
    budget -= 2 * margin;
    if (budget < 0) return fold(body).includes(needle);
    if (fold(body.slice(Math.max(0, at - margin), at + margin)).includes(needle)) return true;
  }
  return false;
}

/** The report for a pull-quote missing from the body, with the closest sentence when one shares words. */
function notFound(inner: Span, body: Part[]): Report {
  const report: Report = { message: "The pull-quote's words do not appear in the body, where a pull-quote is lifted from", start: inner.start, end: inner.end };
  const closest = closestSentence(inner.text, body);
  if (!closest) return report;
  report.related = [{ start: closest.start, end: closest.end, message: 'closest body sentence' }];
  report.suggestions = [
    { message: 'Use the closest body sentence as the pull-quote', edits: [{ start: inner.start, end: inner.end, text: asNested(closest.text) }] },
  ];
  return report;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length in UTF-16 units of the letter or digit starting at `i` of `text`, or 0 when none starts there. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(ch) ? ch.length : 0;
}

/** The end of the run of letters and digits starting at `i` (`i` itself when none starts there). */
function runEnd(text: string, i: number): number {
  for (let n = letterAt(text, i); n > 0; n = letterAt(text, i)) i += n;
  return i;
}

/**
 * Calls `visit` with each word of `text` (a run of letters and digits, continued across single apostrophes
 * between two runs), in order. A loop, not a Unicode-class regex: V8's regex engine keeps a backtracking entry
 * per character of such a run, and one 5 MB word overflowed the stack.
 */
function scanWordsOf(text: string, visit: (start: number, end: number) => void): void {
  const len = text.length;
  let i = 0;
  while (i < len) {
    const end = runEnd(text, i);
    if (end === i) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    let j = end;
    while (text.charCodeAt(j) === 0x27 && letterAt(text, j + 1) > 0) j = runEnd(text, j + 1);
    visit(i, j);
    i = j;
  }
}

/** The longest run of letters and digits in a text ('' when it has none). */
function longestRun(text: string): string {
  let best = '';
  for (let i = 0; i < text.length;) {
    const end = runEnd(text, i);
    if (end === i) i++;
    else {
      if (end - i > best.length) best = text.slice(i, end);
      i = end;
    }
  }
  return best;
}

/** The lowercase words of a text, apostrophes folded. */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const out: string[] = [];
  scanWordsOf(lower, (start, end) => out.push(lower.slice(start, end)));
  return out;
}

/** Word overlap of one sentence with the pull-quote's words, as it is being scanned. */
interface Tally {
  shared: Set<string>;
  words: number;
  content: boolean;
}

/**
 * The body sentence with the highest Dice overlap of words with the pull-quote, if any shares a content word.
 * Each paragraph is lowercased and scanned once; words are credited to the sentence they fall in.
 */
function closestSentence(quote: string, body: Part[]): Span | undefined {
  const wanted = new Set(wordsOf(quote));
  let best: Span | undefined;
  let bestScore = 0;
  for (const paragraph of body) {
    const spans = sentences(paragraph.text, paragraph.start);
    const tallies: Tally[] = spans.map(() => ({ shared: new Set<string>(), words: 0, content: false }));
    const lower = paragraph.text.toLowerCase().replace(/’/g, "'");
    let k = 0;
    if (lower.length === paragraph.text.length)
      scanWordsOf(lower, (start, end) => {
        const at = paragraph.start + start;
        while (k < spans.length - 1 && at >= spans[k].end) k++;
        const tally = tallies[k];
        if (!tally) return;
        tally.words++;
        const w = lower.slice(start, end);
        if (!wanted.has(w) || tally.shared.has(w)) return;
        tally.shared.add(w);
        if (!STOPWORDS.has(w)) tally.content = true;
      });
    tallies.forEach((t, i) => {
      const score = t.content ? (2 * t.shared.size) / (wanted.size + t.words) : 0;
      if (score > bestScore) {
        bestScore = score;
        best = spans[i];
      }
    });
  }
  return best;
}

/** A body sentence made ready to sit inside the pull-quote's marks: its own double quotes become single. */
function asNested(sentence: string): string {
  return sentence.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
}

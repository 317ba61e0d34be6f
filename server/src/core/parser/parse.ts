// Turns a take's text into its parts, tolerating missing, duplicated and misordered ones.
import { nameCompareKey } from '../names-compare';
import type { Paragraph, Part, PartKind, Take } from '../types';
import { countWordsUpTo, withoutAccents } from '../text';
import { readByline } from './byline';
import { isEditorsNote, isLabelledImageCredit, isLooseImageCredit, isWrappedInQuotes, touchesQuotes } from './classify';
import { splitParagraphs, type Layout } from './lines';
import { parseEditorsNote, parseHeadline, parseImageCredit, parsePullQuote, type ParseHints } from './parts';
import { isHeadlineLike, isSentenceLike } from './shape';

export type { ParseHints } from './parts';

type Kinds = Array<PartKind | undefined>;

/** Longest pull-quote recognised in its usual place; longer paragraphs there are body text. */
const PULL_QUOTE_MAX_WORDS = 150;
/** Longest quoted paragraph taken for a (misplaced or second) pull-quote after the editor's note. */
const LATE_PULL_QUOTE_MAX_WORDS = 80;
/** Longest paragraph that opens with a quote mark but does not close with one, still taken for a pull-quote. */
const HALF_QUOTED_MAX_WORDS = 60;
/** Loose image credits (`Photo by AP`) are only recognised among the last paragraphs. */
const LOOSE_IMAGE_TAIL = 2;

/** Parses a take. Never throws: whatever cannot be recognised ends up in the body. */
export function parseTake(text: string, hints: ParseHints = {}): Take {
  const layout = splitParagraphs(text);
  const ps = layout.paragraphs;
  // Built by push, like every list the parser passes on: arrays of one elements kind keep the optimised code from deoptimising.
  const kinds: Kinds = [];
  for (let k = 0; k < ps.length; k++) kinds.push(labelledKind(ps[k].text, k, ps.length));
  markHeader(ps, kinds, hints);
  const built = new Map<number, Part>();
  const contributors = headlineNames(ps, kinds, hints, built);
  markTail(ps, kinds, contributors, built);
  markNamedBylines(ps, kinds, contributors, built);
  return assemble(text, layout, kinds, hints, built);
}

/** The kind a paragraph's own label gives it, wherever it stands: editor's note or image credit. */
function labelledKind(text: string, index: number, count: number): PartKind | undefined {
  if (isEditorsNote(text)) return 'editorsNote';
  if (isLabelledImageCredit(text)) return 'imageCredit';
  if (index >= count - LOOSE_IMAGE_TAIL && isLooseImageCredit(text)) return 'imageCredit';
  return undefined;
}

/**
 * Walks the paragraphs above the body: headline(s), pull-quote(s) and the editor's note, in any order,
 * and stops at the first paragraph that is none of them.
 */
function markHeader(ps: Paragraph[], kinds: Kinds, hints: ParseHints): void {
  let pullQuoteSeen = false;
  let noteSeen = false;
  let first = true;
  for (let i = 0; i < ps.length; i++) {
    if (kinds[i] === 'editorsNote') noteSeen = true;
    if (kinds[i] !== undefined) {
      first = false;
      continue;
    }
    const t = ps[i].text;
    const nextIsNote = kinds[i + 1] === 'editorsNote';
    if (isHeadlineLike(t, hints, first && !(isSentenceLike(t) && (nextIsNote || touchesQuotes(t))))) {
      kinds[i] = 'headline';
    } else if (isPullQuoteHere(t, { pullQuoteSeen, noteSeen, nextIsNote })) {
      kinds[i] = 'pullQuote';
      pullQuoteSeen = true;
    } else break;
    first = false;
  }
}

/** True when a header paragraph is a pull-quote: quoted, or the paragraph right before the editor's note. */
function isPullQuoteHere(t: string, at: { pullQuoteSeen: boolean; noteSeen: boolean; nextIsNote: boolean }): boolean {
  const wrapped = isWrappedInQuotes(t);
  if (at.noteSeen) return wrapped && countWordsUpTo(t, LATE_PULL_QUOTE_MAX_WORDS) <= LATE_PULL_QUOTE_MAX_WORDS;
  if (!wrapped && (at.pullQuoteSeen || (!at.nextIsNote && !touchesQuotes(t)))) return false;
  const words = countWordsUpTo(t, PULL_QUOTE_MAX_WORDS);
  if (words > PULL_QUOTE_MAX_WORDS) return false;
  return wrapped || at.nextIsNote || words <= HALF_QUOTED_MAX_WORDS;
}

/** The headline's contributors as comparison keys, to recognise a byline that names them (the headline is kept, not parsed twice). */
function headlineNames(ps: Paragraph[], kinds: Kinds, hints: ParseHints, built: Map<number, Part>): string[] {
  const k = kinds.indexOf('headline');
  const keys: string[] = [];
  if (k < 0) return keys;
  const headline = parseHeadline(ps[k], hints);
  built.set(k, headline);
  for (const n of headline.contributors) keys.push(nameCompareKey(n.bare.text));
  return keys;
}

/** Marks the byline: the last paragraph, or the one before the image credit(s) at the end, when it reads as one. */
function markTail(ps: Paragraph[], kinds: Kinds, contributors: string[], built: Map<number, Part>): void {
  let k = ps.length - 1;
  while (k >= 0 && kinds[k] === 'imageCredit') k--;
  if (k < 0 || kinds[k] !== undefined) return;
  const byline = readByline(ps[k], contributors);
  if (byline) {
    kinds[k] = 'byline';
    built.set(k, byline);
  }
}

/** Marks misplaced or repeated bylines elsewhere: paragraphs that introduce the headline's contributor(s). */
function markNamedBylines(ps: Paragraph[], kinds: Kinds, contributors: string[], built: Map<number, Part>): void {
  if (contributors.length === 0) return;
  const firstWords: string[] = [];
  for (const c of contributors) firstWords.push(c.split(' ', 1)[0]);
  for (let k = 0; k < ps.length; k++) {
    if (kinds[k] !== undefined || !mayNameContributor(ps[k].text, firstWords)) continue;
    const byline = readByline(ps[k], contributors);
    if (byline && byline.people.some((person) => contributors.includes(nameCompareKey(person.name.bare.text)))) {
      kinds[k] = 'byline';
      built.set(k, byline);
    }
  }
}

/** Accented Latin letters: a head with one is folded like a name before comparing. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
/** How far into a paragraph a contributor's first name may stand for it to be a byline (after honorifics and ranks). */
const OPENING_CHARS = 60;

/**
 * A cheap test before reading a paragraph as a byline: a contributor's first name is one of its first few words.
 * The lowercased opening is tried first; only an opening with accented letters that did not match is tried without them.
 */
function mayNameContributor(text: string, firstWords: string[]): boolean {
  const head = text.slice(0, OPENING_CHARS);
  return hasWordAt(head.toLowerCase(), firstWords) || (ACCENTED.test(head) && hasWordAt(withoutAccents(head).toLowerCase(), firstWords));
}

/** True when one of `words` stands in `folded` as a whole word (after a space or at the start, before a non-letter). */
function hasWordAt(folded: string, words: string[]): boolean {
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      if ((at === 0 || folded.charCodeAt(at - 1) === 32) && !/\p{L}/u.test(folded.charAt(at + w.length))) return true;
    }
  }
  return false;
}

/** Builds the Take from the paragraph kinds; unmarked paragraphs are body. */
function assemble(text: string, layout: Layout, kinds: Kinds, hints: ParseHints, built: Map<number, Part>): Take {
  // Every part slot is present from the start (undefined until filled), so all takes share one object shape
  // whatever their parts' order: with slots added as found, each order made a new shape, and the rules that
  // read takes were compiled again for each (a tenth of the optimising compiler's time on the benchmark).
  const take: Take = {
    text,
    paragraphs: layout.paragraphs,
    comments: layout.comments,
    parts: [],
    headline: undefined,
    pullQuote: undefined,
    editorsNote: undefined,
    body: [],
    byline: undefined,
    imageCredit: undefined,
    duplicates: [],
    bom: layout.bom,
    eol: layout.eol,
    finalNewline: layout.finalNewline,
  };
  const slots = take as unknown as Record<string, Part | undefined>;
  layout.paragraphs.forEach((p, k) => {
    const kind = kinds[k] ?? 'body';
    const part = built.get(k) ?? build(p, kind, hints);
    take.parts.push(part);
    if (kind === 'body') take.body.push(part);
    else if (slots[kind]) take.duplicates.push(part);
    else slots[kind] = part;
  });
  return take;
}

/** Builds one part object of the given kind. */
function build(p: Paragraph, kind: PartKind, hints: ParseHints): Part {
  switch (kind) {
    case 'headline':
      return parseHeadline(p, hints);
    case 'pullQuote':
      return parsePullQuote(p);
    case 'editorsNote':
      return parseEditorsNote(p);
    case 'byline':
      return readByline(p, []) ?? { ...p, kind: 'byline', people: [] };
    case 'imageCredit':
      return parseImageCredit(p);
    default:
      return { ...p, kind: 'body' };
  }
}

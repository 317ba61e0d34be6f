// Turns a take's text into its parts, tolerating missing, duplicated and misordered ones.
import type { Paragraph, Part, PartKind, Take } from '../types';
import { countWordsUpTo } from '../text';
import { isEditorsNote, isLabelledImageCredit, isLooseImageCredit, isWrappedInQuotes, looksLikeByline, touchesQuotes } from './classify';
import { splitParagraphs, type Layout } from './lines';
import { nameKey } from './names';
import { parseByline, parseEditorsNote, parseHeadline, parseImageCredit, parsePullQuote, type ParseHints } from './parts';
import { isHeadlineLike, isSentenceLike } from './shape';

export type { ParseHints } from './parts';

type Kinds = Array<PartKind | undefined>;

/** Longest pull-quote recognised in its usual place; longer paragraphs there are body text. */
const PULL_QUOTE_MAX_WORDS = 150;
/** Longest quoted paragraph taken for a (misplaced or second) pull-quote after the editor's note. */
const LATE_PULL_QUOTE_MAX_WORDS = 80;
/** Longest paragraph that opens with a quote mark but does not close with one, still taken for a pull-quote. */
const HALF_QUOTED_MAX_WORDS = 60;
/** Longest paragraph taken for a byline because it opens with the headline's name. */
const NAMED_BYLINE_MAX_WORDS = 80;
/** Loose image credits (`Photo by AP`) are only recognised among the last paragraphs. */
const LOOSE_IMAGE_TAIL = 2;

/** Parses a take. Never throws: whatever cannot be recognised ends up in the body. */
export function parseTake(text: string, hints: ParseHints = {}): Take {
  const layout = splitParagraphs(text);
  const ps = layout.paragraphs;
  const kinds: Kinds = ps.map((p, k) => labelledKind(p.text, k, ps.length));
  markHeader(ps, kinds, hints);
  const contributor = headlineName(ps, kinds, hints);
  markTail(ps, kinds, contributor);
  markNamedBylines(ps, kinds, contributor);
  return assemble(text, layout, kinds, hints);
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

/** The headline's contributor as a comparison key, to recognise a byline that carries the same name. */
function headlineName(ps: Paragraph[], kinds: Kinds, hints: ParseHints): string | undefined {
  const k = kinds.indexOf('headline');
  const name = k >= 0 ? parseHeadline(ps[k], hints).contributor?.bare.text : undefined;
  return name ? nameKey(name) : undefined;
}

/** Marks the byline: the last paragraph, or the one before the image credit(s) at the end, when it looks like one. */
function markTail(ps: Paragraph[], kinds: Kinds, contributor: string | undefined): void {
  let k = ps.length - 1;
  while (k >= 0 && kinds[k] === 'imageCredit') k--;
  if (k >= 0 && kinds[k] === undefined && (looksLikeByline(ps[k].text) || opensWithName(ps[k].text, contributor))) kinds[k] = 'byline';
}

/** Marks misplaced or repeated bylines elsewhere: short paragraphs that open with the headline's name and a verb or comma. */
function markNamedBylines(ps: Paragraph[], kinds: Kinds, contributor: string | undefined): void {
  if (!contributor) return;
  for (let k = 0; k < ps.length; k++) {
    if (kinds[k] === undefined && opensWithName(ps[k].text, contributor)) kinds[k] = 'byline';
  }
}

/** The name, honorific allowed, that opens a paragraph before `is`, `was` … or a comma. */
const OPENING_NAME = /^(.{2,80}?)(?:,\s|\s+(?:is|was|serves|has|works|teaches|directs|leads|heads)\b)/u;

/** True when a short paragraph opens with the contributor's name (honorific allowed) and then `is`, `was` or a comma. */
function opensWithName(text: string, contributor: string | undefined): boolean {
  if (!contributor) return false;
  const firstWord = contributor.split(' ', 1)[0];
  const head = text.slice(0, 40);
  if (!head.toLowerCase().includes(firstWord) && !(/[^\x00-\x7f]/.test(head) && nameKey(head).includes(firstWord))) return false;
  const m = OPENING_NAME.exec(text.slice(0, 120));
  return !!m && nameKey(m[1]) === contributor && countWordsUpTo(text, NAMED_BYLINE_MAX_WORDS) <= NAMED_BYLINE_MAX_WORDS;
}

/** Builds the Take from the paragraph kinds; unmarked paragraphs are body. */
function assemble(text: string, layout: Layout, kinds: Kinds, hints: ParseHints): Take {
  const take: Take = {
    text,
    paragraphs: layout.paragraphs,
    parts: [],
    body: [],
    duplicates: [],
    bom: layout.bom,
    eol: layout.eol,
    finalNewline: layout.finalNewline,
  };
  const slots = take as unknown as Record<string, Part | undefined>;
  layout.paragraphs.forEach((p, k) => {
    const kind = kinds[k] ?? 'body';
    const part = build(p, kind, hints);
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
      return parseByline(p);
    case 'imageCredit':
      return parseImageCredit(p);
    default:
      return { ...p, kind: 'body' };
  }
}

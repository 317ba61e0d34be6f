// Turns a take's text into its parts, tolerating missing, duplicated and misordered ones.
import type { Paragraph, Part, PartKind, Take } from '../types';
import { countWords } from '../text';
import { isEditorsNote, isImageCredit, isWrappedInQuotes, looksLikeByline, touchesQuotes } from './classify';
import { splitParagraphs } from './lines';
import { parseByline, parseEditorsNote, parseHeadline, parseImageCredit, parsePullQuote, type ParseHints } from './parts';

export type { ParseHints } from './parts';

const HEADER_MAX_WORDS = 80;

/** Parses a take. Never throws: whatever cannot be recognised ends up in the body. */
export function parseTake(text: string, hints: ParseHints = {}): Take {
  const layout = splitParagraphs(text);
  const ps = layout.paragraphs;
  const kinds: Array<PartKind | undefined> = ps.map((p) => (isEditorsNote(p.text) ? 'editorsNote' : isImageCredit(p.text) ? 'imageCredit' : undefined));

  let i = 0;
  if (ps.length > 0 && kinds[0] === undefined && isHeadlineCandidate(ps, kinds, hints)) kinds[i++] = 'headline';
  let pullQuoteSeen = false;
  let noteSeen = false;
  for (; i < ps.length; i++) {
    const t = ps[i].text;
    if (kinds[i] === 'editorsNote') noteSeen = true;
    if (kinds[i] !== undefined) continue;
    if (countWords(t) > HEADER_MAX_WORDS) break;
    const opensHeader = noteSeen ? isWrappedInQuotes(t) : touchesQuotes(t) || kinds[i + 1] === 'editorsNote';
    if ((!pullQuoteSeen && opensHeader) || (pullQuoteSeen && isWrappedInQuotes(t))) {
      kinds[i] = 'pullQuote';
      pullQuoteSeen = true;
      continue;
    }
    break;
  }
  markTail(ps, kinds);
  for (let k = 0; k < ps.length; k++) if (kinds[k] === undefined) kinds[k] = 'body';
  return assemble(text, layout, kinds, hints);
}

/** Decides whether the first paragraph is a headline rather than a pull-quote or body text. */
function isHeadlineCandidate(ps: Paragraph[], kinds: Array<PartKind | undefined>, hints: ParseHints): boolean {
  const t = ps[0].text;
  if (isWrappedInQuotes(t) || countWords(t) > 40) return false;
  if ((hints.series && t.toLowerCase().startsWith(hints.series.toLowerCase())) || /\bWe Asked\b|\s[–—-]\s/i.test(t)) return true;
  return !(/[.!?]["”’]?$/.test(t) && kinds[1] === 'editorsNote' && ps.length > 2 && touchesQuotes(t));
}

/** Marks the byline: the paragraph before the image credit, or right after it, or last. */
function markTail(ps: Paragraph[], kinds: Array<PartKind | undefined>): void {
  const last = ps.length - 1;
  if (last < 0) return;
  const open = (k: number) => k >= 0 && kinds[k] === undefined && looksLikeByline(ps[k].text);
  if (kinds[last] === 'imageCredit') {
    if (open(last - 1)) kinds[last - 1] = 'byline';
    return;
  }
  if (open(last)) {
    kinds[last] = 'byline';
    return;
  }
}

/** Builds the Take from the paragraph kinds. */
function assemble(text: string, layout: ReturnType<typeof splitParagraphs>, kinds: Array<PartKind | undefined>, hints: ParseHints): Take {
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
  layout.paragraphs.forEach((p, k) => {
    const kind = kinds[k] ?? 'body';
    const part = build(p, kind, hints);
    take.parts.push(part);
    if (kind === 'body') take.body.push(part);
    else if (take[kind]) take.duplicates.push(part);
    else (take as unknown as Record<string, Part>)[kind] = part;
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

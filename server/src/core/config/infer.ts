// Infers what the takes of a folder share (series, headline template, editor's note, image credit) for a starter symposium.json.
import { parseTake } from '../parser/parse';
import { joinNames } from '../names-compare';
import type { Take } from '../types';
import type { SymposiumFile } from './types';

/** The keys a starter file can infer from takes. */
export type InferredKey = 'series' | 'headline' | 'editorsNote' | 'imageCredit';
export const INFERRED_KEYS: readonly InferredKey[] = ['series', 'headline', 'editorsNote', 'imageCredit'];

/** What was found for one key: the value most takes share, how many share it, and how many distinct values there were. */
export interface Inferred {
  value?: string;
  /** Takes that have exactly the most common value. */
  agree: number;
  /** Distinct values seen across the takes. */
  variants: number;
}

export interface Inference {
  /** How many takes were read. */
  takes: number;
  /** The keys a majority agreed on, ready to write. */
  file: Pick<SymposiumFile, InferredKey>;
  found: Record<InferredKey, Inferred>;
}

/** Separators between the series and the rest of a headline, most telling first: a spaced dash, a colon, a closed dash (`2019–2020` only when nothing else). */
const SEPARATORS = [/\s+(?:[–—―‒]|-{1,3})\s+/, /\s*:\s+/, /\s*[–—―]\s*/];
const CONTRIBUTOR = '{contributor}';

/**
 * The values every take (or more than half of them, and at least two) shares. A take whose headline names its
 * contributor gives a template: the headline with the name replaced by {contributor} and the series before (or
 * after) the first dash or colon replaced by {series}.
 */
export function inferSymposium(texts: readonly string[]): Inference {
  const headlines: string[] = [];
  const series: string[] = [];
  const notes: string[] = [];
  const credits: string[] = [];
  for (const text of texts) {
    const take = parseTake(text);
    const shape = headlineShape(take);
    if (shape) headlines.push(shape.pattern);
    if (shape?.series) series.push(shape.series);
    if (take.editorsNote?.body.text.trim()) notes.push(take.editorsNote.body.text.trim());
    if (take.imageCredit?.credit.text.trim()) credits.push(take.imageCredit.credit.text.trim());
  }
  const total = texts.length;
  const found: Record<InferredKey, Inferred> = {
    headline: majority(headlines, total),
    series: majority(series, total),
    editorsNote: majority(notes, total),
    imageCredit: majority(credits, total),
  };
  const file: Pick<SymposiumFile, InferredKey> = {};
  if (found.series.value !== undefined) file.series = found.series.value;
  if (found.headline.value !== undefined) file.headline = templateOf(found.headline.value, file.series);
  if (found.editorsNote.value !== undefined) file.editorsNote = found.editorsNote.value;
  if (found.imageCredit.value !== undefined) file.imageCredit = found.imageCredit.value;
  if (file.headline !== undefined) found.headline.value = file.headline;
  return { takes: total, file, found };
}

/** A headline with its contributors replaced by {contributor}, and the series it names; undefined when no contributor is found in it. */
function headlineShape(take: Take): { pattern: string; series?: string } | undefined {
  const h = take.headline;
  if (!h) return undefined;
  const text = h.text.trim();
  const span = contributorSpan(take);
  if (!span) return undefined;
  const pattern = text.slice(0, span.start) + CONTRIBUTOR + text.slice(span.end);
  return { pattern, series: seriesOf(pattern) };
}

/** Where the contributors stand in the headline text: as the parser read them, else the byline's names found in it. */
function contributorSpan(take: Take): { start: number; end: number } | undefined {
  const h = take.headline!;
  const names = h.contributors;
  if (names.length > 0) return { start: names[0].bare.start - h.start, end: names[names.length - 1].bare.end - h.start };
  const people = (take.byline?.people ?? []).map((p) => p.name.bare.text);
  for (const written of [joinNames(people), people[0]]) {
    const at = written ? h.text.indexOf(written) : -1;
    if (at >= 0) return { start: at, end: at + written.length };
  }
  return undefined;
}

/** The series of a headline pattern: the words before its first separator, or after it when the contributor comes first. */
function seriesOf(pattern: string): string | undefined {
  for (const separator of SEPARATORS) {
    const m = separator.exec(pattern);
    if (!m || m.index === 0) continue;
    const before = pattern.slice(0, m.index).trim();
    const after = pattern.slice(m.index + m[0].length).trim();
    if (!before.includes(CONTRIBUTOR)) return before;
    if (before === CONTRIBUTOR && after && !after.includes(CONTRIBUTOR)) return after;
  }
  return undefined;
}

/** A headline pattern with its series replaced by {series} (the pattern itself when there is no series). */
function templateOf(pattern: string, series: string | undefined): string {
  if (series === undefined) return pattern;
  if (pattern.startsWith(series)) return '{series}' + pattern.slice(series.length);
  if (pattern.endsWith(series)) return pattern.slice(0, pattern.length - series.length) + '{series}';
  return pattern;
}

/** The most common value, kept when more than half of `total` takes have it and at least two do (or the only take). */
function majority(values: readonly string[], total: number): Inferred {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let agree = 0;
  for (const [v, n] of counts) if (n > agree) [best, agree] = [v, n];
  const enough = agree * 2 > total && (agree >= 2 || total === 1);
  return { value: enough ? best : undefined, agree, variants: counts.size };
}

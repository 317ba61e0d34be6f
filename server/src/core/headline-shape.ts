// What the headline rules share: the headline the template calls for, and where the series and final period are.
import { keptPerKey } from './kept';
import type { HouseStyle } from './config/types';
import { seriesEnd } from './parser/headline';
import type { Take } from './types';
import { joinNames } from './names-compare';

/** The headline a symposium's template calls for, with where its series ends. */
export interface ExpectedHeadline {
  text: string;
  /** Length of the series at the start of `text` (0 when the template does not start with it). */
  seriesLength: number;
  /** Where the contributor's name sits in `text`, when the template has one. */
  name?: { start: number; end: number };
}

/** The series a take is checked against: the configured one, else the one the headline seems to carry. */
export function seriesOf(take: Take, style: HouseStyle): string | undefined {
  return style.series ?? take.headline?.series?.text;
}

/** The contributors' bare names as a headline lists them (`A and B`): from the headline, else from the byline. */
export function contributorOf(take: Take): string | undefined {
  const fromHeadline = take.headline?.contributors.map((n) => n.bare.text) ?? [];
  const names = fromHeadline.length > 0 ? fromHeadline : (take.byline?.people.map((p) => p.name.bare.text) ?? []);
  return names.length > 0 ? joinNames(names) : undefined;
}

/** The last take asked about and its answer: the rules of one take ask in turn, so one entry is enough (a WeakMap kept every take's answer alive for longer and cost memory). */
let last: { take: Take; style: HouseStyle; expected: ExpectedHeadline | undefined } | undefined;

/** Builds the templated headline once per take (three rules ask); undefined when there is no template or a placeholder cannot be filled. */
export function expectedHeadline(take: Take, style: HouseStyle): ExpectedHeadline | undefined {
  if (last && last.take === take && last.style === style) return last.expected;
  const expected = buildExpected(take, style);
  last = { take, style, expected };
  return expected;
}

/** The template cut at its placeholders, kept per template (every take of a symposium fills the same one). */
const templatePieces = keptPerKey((template: string) => template.split(/(\{series\}|\{contributor\})/));

/** Fills the template with the series and the contributors' names. */
function buildExpected(take: Take, style: HouseStyle): ExpectedHeadline | undefined {
  const template = style.headline;
  if (!template) return undefined;
  const series = seriesOf(take, style);
  const name = contributorOf(take);
  let text = '';
  let seriesLength = 0;
  let at: { start: number; end: number } | undefined;
  for (const piece of templatePieces(template)) {
    if (piece === '{series}') {
      if (!series) return undefined;
      if (text === '') seriesLength = series.length;
      text += series;
    } else if (piece === '{contributor}') {
      if (!name) return undefined;
      at = { start: text.length, end: text.length + name.length };
      text += name;
    } else text += piece;
  }
  return { text, seriesLength, name: at };
}

/** Where the series ends in a headline text: the configured or templated series, matched loosely; -1 if absent. */
export function seriesLengthIn(text: string, series: string | undefined): number {
  return series ? seriesEnd(text, series) : -1;
}

/** Abbreviations whose final period belongs to the word (`U.S.`, `Jr.`), not to the headline. */
const ABBREVIATION_AT_END = /(?:^|[\s(“"‘'])(?:(?:\p{L}\.){2,}|\p{Lu}\.|Jr\.|Sr\.|Inc\.|Ltd\.|Co\.|Corp\.|St\.|etc\.|vs\.|No\.)$/u;

/** Offset of a final period that should go (not an ellipsis, not an abbreviation's), or -1. */
export function finalPeriod(text: string): number {
  if (!text.endsWith('.') || text.endsWith('..') || ABBREVIATION_AT_END.test(text)) return -1;
  return text.length - 1;
}

/**
 * Folds a headline for the template comparison: the separator after the series (owned by `headline-dash`),
 * runs of spaces and a final period (owned by `headline-punctuation`) and letter case (owned by `headline-case`).
 */
export function headlineKey(text: string, seriesLength: number): string {
  let folded = text;
  const period = finalPeriod(folded);
  if (period >= 0) folded = folded.slice(0, period);
  if (seriesLength > 0) folded = `${folded.slice(0, seriesLength)} – ${folded.slice(seriesLength).replace(/^\s*(?:[–—―‒-]+|:)?\s*/, '')}`;
  return folded.replace(/\s+/g, ' ').trim().toLowerCase();
}

// Reads a headline: the series, the separator after it, and the contributor's name.
import type { Headline, Paragraph } from '../types';
import { HEADLINE_QUESTION_WORDS } from '../lexicon';
import { escapeRegExp } from '../text';
import { keptPerKey } from '../kept';
import { personName } from './names';
import { readPeople } from './people';
import { sub } from './span';
import { tokenize } from './tokens';

/** What the parser may know from the symposium to read the headline. */
export interface ParseHints {
  series?: string;
  headline?: string;
}

/** Dash-like characters that may stand between the series and the rest. */
const DASHES = '–—―‒-';
/** The separator right after a known series: dashes or a colon, with any spaces (only spaces when it is missing). */
const SEPARATOR = new RegExp(`^\\s*(?:[${DASHES}]+|:)?\\s*`);
/** A dash with space on both sides: the usual separator. */
const SPACED_DASH = /\s+(?:–|—|―|‒|-{1,3})\s+/;
/** A dash with space on one side or none (`Summit–We`, `Summit --We`); a single hyphen is a word joint, not this. */
const TIGHT_DASH = /\s*(?:–|—|―|-{2,3})\s*/;
/** A colon used as the separator of a `… : We Asked …` headline. */
const COLON_BEFORE_ASKED = /\s*:\s*(?=We\s+Asked\b)/i;

/** `We Asked`, `Asked`: the contributors' names follow. */
const ASKED = /\bAsked\s+/g;
/** What may follow the names: the end, a question word or other capitalised word, or punctuation. */
const AFTER_NAMES = /^(?:\s*$|\s*[:?,–—―!.]|\s+\p{L})/u;
const NAME_MAX_WORDS = 8;

/** The tolerant pattern of a template and series, kept per pair (keyed `series NUL template`). */
const templatePatterns = keptPerKey((key: string) => {
  const cut = key.indexOf('\u0000');
  return buildTemplatePattern(key.slice(cut + 1), key.slice(0, cut) || undefined);
});

/** The pattern of a `{series} – We Asked {contributor} …` template: group 1 is what precedes the name, group 2 the name. */
function templatePattern(template: string, series: string | undefined): RegExp | null {
  return templatePatterns(`${series ?? ''}\u0000${template}`);
}

/** Turns a template into a tolerant pattern; null when it has no single `{contributor}`. */
function buildTemplatePattern(template: string, series: string | undefined): RegExp | null {
  let pattern: RegExp | null = null;
  if (template.split('{contributor}').length === 2) {
    const src = template
      .split(/(\{series\}|\{contributor\})/)
      .map((part) => {
        if (part === '{series}') return series ? `(?:${loose(series)})` : '(?:.+?)';
        if (part === '{contributor}') return ')(.+?)(?:';
        return loose(part);
      })
      .join('');
    pattern = new RegExp(`^(${src})\\s*[.!]?$`, 'iu');
  }
  return pattern;
}

/** Escapes literal template text, letting white space, the series dash and quote marks vary. */
function loose(literal: string): string {
  return escapeRegExp(literal)
    .replace(/\s*[–—―]\s*|\s+-{1,3}\s+|\s*:\s+/g, `\\s*(?:[${DASHES}]+|:)\\s*`)
    .replace(/\s+/g, '\\s+')
    .replace(/['’‘]/g, "['’‘]")
    .replace(/["“”]/g, '["“”]');
}

/** The pattern of a configured series at the start of a headline (case and spacing may vary), kept per series. */
const seriesPattern = keptPerKey((series: string) => {
  const words = series.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return words ? new RegExp(`^${words}(?=[\\s:${DASHES}]|$)`, 'iu') : null;
});

/** Where a configured series ends at the start of a headline (case and spacing may differ), or -1. */
export function seriesEnd(text: string, series: string): number {
  const m = seriesPattern(series)?.exec(text);
  return m ? m[0].length : -1;
}

/** True when a paragraph follows the configured headline template (case, spacing and the series dash may vary). */
export function matchesTemplate(text: string, hints: ParseHints): boolean {
  return !!hints.headline && !!templatePattern(hints.headline, hints.series)?.test(text);
}

/** Reads the series, dash and contributor out of a headline paragraph. */
export function parseHeadline(p: Paragraph, hints: ParseHints): Headline {
  const h: Headline = { ...p, kind: 'headline', series: undefined, dash: undefined, contributors: [] };
  readSeries(h, p, hints);
  readContributor(h, p, hints);
  return h;
}

/** Sets the series and the separator after it: after the configured series, else at the first dash. */
function readSeries(h: Headline, p: Paragraph, hints: ParseHints): void {
  const end = hints.series ? seriesEnd(p.text, hints.series) : -1;
  if (end > 0) {
    h.series = sub(p, 0, end);
    const sep = SEPARATOR.exec(p.text.slice(end));
    if (sep && /\S/.test(sep[0])) h.dash = sub(p, end, end + sep[0].length);
    return;
  }
  const dash = SPACED_DASH.exec(p.text) ?? TIGHT_DASH.exec(p.text) ?? COLON_BEFORE_ASKED.exec(p.text);
  if (dash && dash.index > 0 && dash.index + dash[0].length < p.text.length) {
    h.series = sub(p, 0, dash.index);
    h.dash = sub(p, dash.index, dash.index + dash[0].length);
  }
}

/** Sets the contributors: from the configured template when it matches, else from `Asked <Names>`. */
function readContributor(h: Headline, p: Paragraph, hints: ParseHints): void {
  const m = hints.headline ? templatePattern(hints.headline, hints.series)?.exec(p.text) : null;
  if (m && isNameLike(m[2])) {
    const at = m[1].length;
    h.contributors = peopleIn(p, at, at + m[2].length, true) ?? [personName(m[2], p.start + at)];
    return;
  }
  ASKED.lastIndex = 0;
  for (let a = ASKED.exec(p.text); a; a = ASKED.exec(p.text)) {
    const found = peopleIn(p, a.index + a[0].length, p.text.length, false);
    if (found) {
      h.contributors = found;
      return;
    }
  }
}

/** The people named in [from, to) of a headline; `whole` asks that they fill it (a template's capture). */
function peopleIn(p: Paragraph, from: number, to: number, whole: boolean): Headline['contributors'] | undefined {
  const toks = tokenize(p.text, from, to);
  const read = readPeople(p.text, toks, 0, { stop: HEADLINE_QUESTION_WORDS, base: p.start });
  if (!read) return undefined;
  if (whole ? read.next < toks.length : !AFTER_NAMES.test(p.text.slice(toks[read.next - 1].end, to))) return undefined;
  return read.people;
}

/** True for text that can be a person's name: starts with a letter, a few words, no sentence punctuation. */
function isNameLike(text: string): boolean {
  return /^\p{L}/u.test(text) && !/[?!:;"“”]/.test(text) && text.split(/\s+/).length <= NAME_MAX_WORDS;
}

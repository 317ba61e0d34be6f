// Builds the detailed part objects (headline, pull-quote, note, byline, image) from a paragraph.
import type { Byline, EditorsNote, Headline, ImageCredit, Paragraph, PullQuote, Span } from '../types';
import { escapeRegExp, sentences } from '../text';
import { BYLINE_START, EDITORS_NOTE_LABEL, IMAGE_LABEL, QUOTE_CHARS } from './classify';
import { NAME_TOKEN, personName } from './names';

/** What the parser may know from the symposium to read the headline. */
export interface ParseHints {
  series?: string;
  headline?: string;
}

/** A span at an offset inside a paragraph. */
function sub(p: Paragraph, from: number, to: number): Span {
  return { start: p.start + from, end: p.start + to, text: p.text.slice(from, to) };
}

const DASH = /\s*(?:–|—|--|\s-\s|-(?=\s))\s*/;
const QUESTION_WORDS = '(?:What|How|Whether|Why|Where|When|Who|Which|If|Will|Would|Can|Could|Should|Is|Are|Does|Do|About|To|For|On)';
const ASKED = new RegExp(`\\bAsked\\s+((?:${NAME_TOKEN})(?:\\s+(?!${QUESTION_WORDS}\\b)${NAME_TOKEN}){0,5}?)(?=\\s+${QUESTION_WORDS}\\b|\\s*[:?,]|\\s*$)`, 'u');

/** Turns a `{series} – We Asked {contributor} …` template into a tolerant pattern. */
function templatePattern(template: string, series: string | undefined): RegExp | undefined {
  if (!template.includes('{contributor}')) return undefined;
  const parts = template.split(/(\{series\}|\{contributor\})/);
  const src = parts
    .map((part) => {
      if (part === '{series}') return series ? `(?:${loose(series)})` : '(?:.+?)';
      if (part === '{contributor}') return '(.+?)';
      return loose(part);
    })
    .join('');
  return new RegExp(`^${src}\\s*[.!]?$`, 'iud');
}

/** Escapes literal template text, letting white space, dashes and quotes vary. */
function loose(literal: string): string {
  return escapeRegExp(literal)
    .replace(/\s*[–—]\s*|\s+-\s+/g, '\\s*(?:–|—|--|-)\\s*')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]")
    .replace(/["“”]/g, '["“”]');
}

/** Reads the series, dash and contributor out of a headline paragraph. */
export function parseHeadline(p: Paragraph, hints: ParseHints): Headline {
  const h: Headline = { ...p, kind: 'headline' };
  const dash = DASH.exec(p.text);
  if (dash && dash.index > 0) {
    h.series = sub(p, 0, dash.index);
    h.dash = sub(p, dash.index, dash.index + dash[0].length);
  }
  const tpl = hints.headline ? templatePattern(hints.headline, hints.series) : undefined;
  const m = tpl?.exec(p.text);
  const at = m?.indices?.[1]?.[0];
  if (m && at !== undefined) {
    h.contributor = personName(m[1], p.start + at);
    return h;
  }
  const a = ASKED.exec(p.text);
  if (a) {
    const at = (a.index ?? 0) + a[0].length - a[1].length;
    h.contributor = personName(a[1], p.start + at);
  }
  return h;
}

/** Splits the quote marks off a pull-quote paragraph. */
export function parsePullQuote(p: Paragraph): PullQuote {
  const q: PullQuote = { ...p, kind: 'pullQuote', inner: sub(p, 0, p.text.length) };
  let from = 0;
  let to = p.text.length;
  if (QUOTE_CHARS.open.includes(p.text[0])) {
    q.open = sub(p, 0, 1);
    from = 1;
  }
  const last = p.text[to - 1];
  if (to - 1 > from && QUOTE_CHARS.close.includes(last)) {
    q.close = sub(p, to - 1, to);
    to--;
  } else {
    const trail = /([”"»’'›“])([.!?…]+)$/.exec(p.text);
    if (trail && trail.index >= from) {
      q.close = sub(p, trail.index, trail.index + 1);
      to = trail.index;
    }
  }
  q.inner = sub(p, from, to);
  return q;
}

/** Splits the `Editor’s Note:` label from the boilerplate. */
export function parseEditorsNote(p: Paragraph): EditorsNote {
  const m = EDITORS_NOTE_LABEL.exec(p.text);
  const labelEnd = m ? m[0].length : 0;
  let bodyStart = labelEnd;
  while (bodyStart < p.text.length && /\s/.test(p.text[bodyStart])) bodyStart++;
  return { ...p, kind: 'editorsNote', label: sub(p, 0, labelEnd), body: sub(p, bodyStart, p.text.length) };
}

/** Splits `Image: Reuters` into label and credit. */
export function parseImageCredit(p: Paragraph): ImageCredit {
  const m = IMAGE_LABEL.exec(p.text) ?? /^\S+(?:\s+credit)?/i.exec(p.text);
  const labelEnd = m ? m[0].length : 0;
  let creditStart = labelEnd;
  while (creditStart < p.text.length && /\s/.test(p.text[creditStart])) creditStart++;
  return { ...p, kind: 'imageCredit', label: sub(p, 0, labelEnd), credit: sub(p, creditStart, p.text.length) };
}

const AFFILIATION_CUT = /,?\s+and\s+(?:a|an|the|also|is|has|was)\b|,\s+(?:where|which|who|a|an)\b|;|\s+\(/;

/** Reads name, verb, role and affiliation out of a byline paragraph. */
export function parseByline(p: Paragraph): Byline {
  const b: Byline = { ...p, kind: 'byline' };
  const m = BYLINE_START.exec(p.text);
  if (!m) return b;
  b.name = personName(m[1], p.start);
  const verbAt = m[0].length - m[2].length;
  b.verb = sub(p, verbAt, m[0].length);
  const first = sentences(p.text.slice(m[0].length), m[0].length)[0];
  if (!first) return b;
  let roleStart = first.start;
  let end = first.end;
  if (p.text[end - 1] === '.') end--;
  const sentence = p.text.slice(roleStart, end);
  const sep = /\s+at\s+/.exec(sentence) ?? /\s+(?:of|with|for|from)\s+(?=\p{Lu}|the\s)/u.exec(sentence);
  if (!sep) {
    b.role = sub(p, roleStart, end);
    return b;
  }
  b.role = sub(p, roleStart, roleStart + sep.index);
  const affStart = roleStart + sep.index + sep[0].length;
  const rest = p.text.slice(affStart, end);
  const cut = AFFILIATION_CUT.exec(rest);
  b.affiliation = sub(p, affStart, affStart + (cut ? cut.index : rest.length));
  return b;
}

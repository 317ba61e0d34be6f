// Reads people's names from tokens: honorifics and ranks, the bare name, post-nominals, and lists of co-authors.
import {
  BYLINE_VERBS_BY_FIRST_WORD,
  DOTTED_HONORIFIC_ABBREVIATIONS,
  DOTTED_HONORIFICS,
  HONORIFIC_MODIFIERS,
  HONORIFIC_QUALIFIERS,
  HONORIFIC_WORDS,
  NAME_PARTICLE_PREFIXES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  RETIRED_MARKERS,
  SAFE_HONORIFIC_ABBREVIATIONS,
} from '../lexicon';
import type { PersonName, Span } from '../types';
import type { Token } from './tokens';
import { makePersonName } from './names';

export interface ReadOptions {
  /** Words that end a name (a headline's `What`, `Thinks`). */
  stop?: ReadonlySet<string>;
  /** Added to every offset read (the paragraph's start): names come out with offsets into the whole text. */
  base?: number;
}

/** A run of tokens that reads as people, and the index of the token after it. */
export interface PeopleRead {
  people: PersonName[];
  next: number;
}

const MAX_NAME_WORDS = 7;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const PREFIXED = new RegExp(`^(?:${NAME_PARTICLE_PREFIXES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\p{Lu}[\\p{L}\\p{M}'’.\\-]*$`, 'u');

/** True for a token that is an honorific on its own: `Dr.`, `Dr`, `Gen.`, `Ambassador`, `H.E.` (never `Gen` without a period). */
export function isHonorific(word: string): boolean {
  if (HONORIFIC_WORDS.has(word) || DOTTED_HONORIFICS.has(word)) return true;
  const dotted = word.endsWith('.');
  const stem = dotted ? word.slice(0, -1) : word;
  return SAFE_HONORIFIC_ABBREVIATIONS.has(stem) || (dotted && DOTTED_HONORIFIC_ABBREVIATIONS.has(stem));
}

/** True for a word that can be part of a bare name: capitalised (`Jong-un`, `O’Hanlon`, `L.`) or prefixed (`al-Shami`). */
function isNameWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return PREFIXED.test(word);
  if (first >= 65 && first <= 90 && isAsciiNameTail(word)) return true;
  return CAPITALISED.test(word) || PREFIXED.test(word);
}

/** True when every unit after the first is an ASCII letter, an apostrophe, a period or a hyphen (`Jong-un`, `O’Hanlon`, `L.`). */
function isAsciiNameTail(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || c === 46 || c === 45)) return false;
  }
  return true;
}

/** True for a post-nominal: `Jr.`, `III`, `Ph.D.`, `(ret.)`. */
function isSuffix(word: string): boolean {
  return NAME_SUFFIXES.has(word) || RETIRED_MARKERS.has(word);
}

/** How many tokens from `i` form the honorifics: titles, `(ret.)` after one, and modifiers or qualifiers before one. */
function honorificLength(toks: Token[], i: number): number {
  let k = i;
  let lastTitle = -1;
  while (k < toks.length) {
    const t = toks[k].text;
    if (isHonorific(t)) lastTitle = k;
    else if (RETIRED_MARKERS.has(t) && lastTitle >= 0) lastTitle = k;
    else if (!(HONORIFIC_MODIFIERS.has(t) || HONORIFIC_QUALIFIERS.has(t))) break;
    k++;
  }
  return lastTitle + 1 - i > 0 ? lastTitle + 1 - i : 0;
}

/** A span covering tokens [from, to), its offsets moved by `base`. */
function spanOf(text: string, toks: Token[], from: number, to: number, base: number): Span {
  const start = toks[from].start;
  const end = toks[to - 1].end;
  return { start: base + start, end: base + end, text: text.slice(start, end) };
}

/** Reads one person at token `i`: honorifics, a bare name of capitalised words and particles, and post-nominals. */
export function readPerson(text: string, toks: Token[], i: number, opts: ReadOptions = {}): { person: PersonName; next: number } | undefined {
  const h = i + honorificLength(toks, i);
  if (h === i && toks[i] && HONORIFIC_MODIFIERS.has(toks[i].text)) return undefined;
  let n = h;
  let lastWord = -1;
  while (n < toks.length && n - h < MAX_NAME_WORDS + 2) {
    const t = toks[n].text;
    if (lastWord >= h && opts.stop?.has(t)) break;
    if (lastWord >= h + 1 && isSuffix(t)) break;
    if (isNameWord(t)) lastWord = n;
    else if (!(NAME_PARTICLES.has(t) && n + 1 < toks.length)) break;
    n++;
  }
  if (lastWord < h) return undefined;
  const bareEnd = lastWord + 1;
  let end = bareEnd;
  let k = bareEnd;
  while (k < toks.length) {
    if (isSuffix(toks[k].text)) end = k + 1;
    else if (!(toks[k].text === ',' && k + 1 < toks.length && isSuffix(toks[k + 1].text))) break;
    k++;
  }
  const base = opts.base ?? 0;
  const whole = spanOf(text, toks, i, end, base);
  const afterComma = toks[bareEnd]?.text === ',' ? bareEnd + 1 : bareEnd;
  const person = makePersonName(
    whole,
    h > i ? spanOf(text, toks, i, h, base) : undefined,
    spanOf(text, toks, h, bareEnd, base),
    end > bareEnd ? spanOf(text, toks, afterComma, end, base) : undefined,
  );
  return { person, next: end };
}

/** Reads a list of people: `A`, `A and B`, `A, B and C`, `A, B, and C`, `A & B` (one call site of readPerson keeps the optimised code small). */
export function readPeople(text: string, toks: Token[], i: number, opts: ReadOptions = {}): PeopleRead | undefined {
  const people: PersonName[] = [];
  let next = i;
  let at = i;
  for (;;) {
    const read = readPerson(text, toks, at, opts);
    if (!read) break;
    people.push(read.person);
    next = read.next;
    const t = toks[next]?.text;
    const joiner = t === 'and' || t === '&' ? 1 : t === ',' && (toks[next + 1]?.text === 'and' || toks[next + 1]?.text === '&') ? 2 : t === ',' ? 1 : 0;
    // After `and` (or `, and`) comes the last name; a bare comma may lead to more.
    if (joiner === 0 || (people.length > 1 && isListEnd(toks, at))) break;
    at = next + joiner;
  }
  return people.length > 0 ? { people, next } : undefined;
}

/** True when the name read at `at` followed `and`, `&` or `, and`: it was the last of the list. */
function isListEnd(toks: Token[], at: number): boolean {
  const before = toks[at - 1]?.text;
  return before === 'and' || before === '&';
}

/** How many tokens from `i` form a byline verb (`is`, `serves as`, `has served as`), or 0. */
export function verbLength(toks: Token[], i: number): number {
  const candidates = i < toks.length ? BYLINE_VERBS_BY_FIRST_WORD.get(toks[i].text) : undefined;
  if (!candidates) return 0;
  for (const verb of candidates) {
    let k = 1;
    while (k < verb.length && toks[i + k]?.text === verb[k]) k++;
    if (k === verb.length) return verb.length;
  }
  return 0;
}

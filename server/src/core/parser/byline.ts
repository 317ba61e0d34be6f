// Recognises and reads a byline in one pass: the people it introduces, their verbs, roles and affiliations.
import { ACRONYM_PATTERN, COPULA_VERBS, INSTITUTION_PATTERN, NOT_NAME_OPENERS, RETIRED_MARKERS, ROLE_WORDS } from '../lexicon';
import { nameCompareKey } from '../names-compare';
import { sentenceEnd, sentences, type Sentence } from '../sentences';
import { countWordsUpTo } from '../text';
import type { Byline, BylinePerson, Paragraph, Span } from '../types';
import { isHonorific, readPeople, verbLength } from './people';
import { sub } from './span';
import { tokenize, type Token } from './tokens';

/** Where the affiliation ends: before `, and a …`, `, where …`, a semicolon or a bracket. */
const AFFILIATION_CUT =
  /,?\s+and\s+(?:a|an|the|also|is|has|was|serves|teaches|previously|formerly)\b|,\s+(?:where|which|who|a|an|and|previously|formerly)\b|;|\s+\(/;
/** The word that joins role and institution: `at`, else `of`/`with`/`for`/`from` before a name or `the`. */
const AT = /\s+at\s+/;
const OF = /\s+(?:of|with|for|from)\s+(?=\p{Lu}|the\s)/u;
/** A byline in the first person: `I am a professor at …`. */
export const FIRST_PERSON_BYLINE = /^(?:I\s+am|I’m|I'm|I\s+serve|I\s+work|My\s+name\s+is)\b/;
/** An adverb that may stand before the verb (`currently serves as`). */
const ADVERB = /^(?:currently|now|also|previously|formerly|most|recently|presently)$/;

const MAX_WORDS = 120;
const MAX_EXTRA_SENTENCES = 3;
const MAX_APPOSITIVE_TOKENS = 40;
/** Tokens enough for names, an appositive and the verb: the role is read from the text, not from tokens. */
const OPENING_TOKENS = 50;
/** Tokens enough for most openings (a name or two, titles, the verb): read first, the longer list only for an appositive. */
const SHORT_OPENING_TOKENS = 16;
const TOKEN_LIMITS = [SHORT_OPENING_TOKENS, OPENING_TOKENS];

/** What the opening of one sentence says: who, and what they are. */
interface Statement {
  people: BylinePerson[];
  /** True when a name in it is one the headline names. */
  vouched: boolean;
  /** True when it reads as a bio on its own (a position or an institution after the verb); only asked when not vouched. */
  bio: boolean;
}

/**
 * Reads a paragraph as a byline, or returns undefined when it is not one. It is one when it opens with the
 * headline's contributor(s) and a verb (or an appositive and a verb), when it has the shape of a bio
 * (`<Name> is <position> at <Institution>`), or when it speaks in the first person.
 */
export function readByline(p: Paragraph, contributors: readonly string[]): Byline | undefined {
  const opening = sentenceEnd(p.text, 0);
  const tried = readStatement(p, 0, opening, contributors);
  if (tried && (tried.vouched || tried.bio)) {
    if (isTooLong(p)) return undefined;
    const all = bylineSentences(p, contributors);
    const first = all[0].end === opening ? tried : (readStatement(p, 0, all[0].end, contributors) ?? tried);
    const people = [...first.people];
    for (const s of all.slice(1)) {
      const more = readStatement(p, s.start, s.end, contributors);
      if (more && (more.vouched || (more.bio && !more.people.some((m) => INSTITUTION_PATTERN.test(m.name.bare.text))))) addNew(people, more.people);
    }
    return all.length <= people.length + MAX_EXTRA_SENTENCES ? { ...p, kind: 'byline', people } : undefined;
  }
  if (FIRST_PERSON_BYLINE.test(p.text) && readsAsFirstPersonBio(p.text.slice(0, opening)) && sentences(p.text).length <= MAX_EXTRA_SENTENCES)
    return isTooLong(p) ? undefined : { ...p, kind: 'byline', people: [] };
  const named = contributors.length > 0 ? namedWithoutVerb(p, opening, contributors) : [];
  return named.length > 0 && !isTooLong(p) ? { ...p, kind: 'byline', people: named } : undefined;
}

/** A paragraph too long to be a byline, however it opens: counted only once its opening reads as one (most body paragraphs never do). */
function isTooLong(p: Paragraph): boolean {
  return countWordsUpTo(p.text, MAX_WORDS) > MAX_WORDS;
}

/**
 * The byline's sentences; for co-authors, also split where a contributor's name opens a new statement after an
 * abbreviation (`… in Washington, D.C. Hana Sato is …`), which the sentence splitter alone cannot tell from `D.C. Office`.
 */
function bylineSentences(p: Paragraph, contributors: readonly string[]): Sentence[] {
  if (!/[.!?…]["”’)]?\s/.test(p.text)) return [{ start: 0, end: p.text.length, text: p.text }];
  const all = sentences(p.text);
  if (contributors.length < 2) return all;
  const out: Sentence[] = [];
  for (const s of all) {
    let start = s.start;
    const inner = /[.]["”’)]?\s+(?=\p{Lu})/gu;
    for (let m = inner.exec(s.text); m; m = inner.exec(s.text)) {
      const at = s.start + m.index + m[0].length;
      const word = /\S*$/.exec(p.text.slice(start, s.start + m.index + m[0].trimEnd().length))![0];
      if (isHonorific(word) || RETIRED_MARKERS.has(word) || /^\p{Lu}\.$/u.test(word)) continue;
      if (!readStatement(p, at, s.end, contributors)?.vouched) continue;
      out.push({ start, end: s.start + m.index + 1, text: p.text.slice(start, s.start + m.index + 1) });
      start = at;
    }
    out.push({ start, end: s.end, text: p.text.slice(start, s.end) });
  }
  return out;
}

/** Adds the people not already in the list (a second sentence about the same person adds no one). */
function addNew(people: BylinePerson[], more: BylinePerson[]): void {
  for (const m of more) {
    const key = nameCompareKey(m.name.bare.text);
    if (!people.some((p) => nameCompareKey(p.name.bare.text) === key)) people.push(m);
  }
}

/** The headline's people opening a paragraph that has no byline verb (`Ana Ruiz, Lowy Institute`): a byline that is badly formed. */
function namedWithoutVerb(p: Paragraph, end: number, contributors: readonly string[]): BylinePerson[] {
  const toks = tokenize(p.text, 0, end);
  const read = readPeople(p.text, toks, 0, { base: p.start });
  if (!read) return [];
  return read.people
    .filter((n) => contributors.includes(nameCompareKey(n.bare.text)))
    .map((n) => ({ name: n, appositive: undefined, verb: undefined, role: undefined, affiliation: undefined }));
}

/** Reads `<people>[, <appositive>,] <verb> <role> at <affiliation>` from the sentence [from, to) of a paragraph. */
function readStatement(p: Paragraph, from: number, to: number, contributors: readonly string[]): Statement | undefined {
  let last = to;
  while (last > from && /[.!?…\s]/.test(p.text[last - 1])) last--;
  // The short list first; the long one only when the short one was cut off. One call site each keeps the optimised code small.
  for (const max of TOKEN_LIMITS) {
    const toks = tokenize(p.text, from, last, max);
    const read = readOpening(p, toks, to, contributors);
    if (read || toks.length < max) return read;
  }
  return undefined;
}

/** Reads a statement from the tokens of its opening. */
function readOpening(p: Paragraph, toks: Token[], to: number, contributors: readonly string[]): Statement | undefined {
  const read = readPeople(p.text, toks, 0, { base: p.start });
  if (!read) return undefined;
  const vouched = read.people.some((n) => contributors.includes(nameCompareKey(n.bare.text)));
  // Unvouched, the first name may not open with a word that opens ordinary sentences (what a strict read refuses).
  if (!vouched && !read.people[0].honorific && NOT_NAME_OPENERS.has(toks[0].text)) return undefined;
  let k = read.next;
  let appositive: Span | undefined;
  if (read.people.length === 1 && toks[k]?.text === ',') {
    const close = appositiveEnd(toks, k + 1);
    if (close > k + 1) appositive = sub(p, toks[k + 1].start, toks[close - 1].end);
    k = close > k + 1 ? close + 1 : verbLength(toks, k + 1) > 0 ? k + 1 : k;
  }
  if (toks[k] && ADVERB.test(toks[k].text)) k++;
  const verbTokens = verbLength(toks, k);
  if (verbTokens === 0) return undefined;
  const verb = sub(p, toks[k].start, toks[k + verbTokens - 1].end);
  const { role, affiliation } = roleAndAffiliation(p, verb.end, to);
  const people = read.people.map((n) => ({ name: n, appositive, verb, role, affiliation }));
  return { people, vouched, bio: !vouched && readsAsBio(verb.text, role, affiliation) };
}

/** The index of the comma that closes an appositive opened at `i` (`a former envoy,` before a verb), or -1. */
function appositiveEnd(toks: Token[], i: number): number {
  if (!toks[i] || !/^\p{Ll}/u.test(toks[i].text)) return -1;
  for (let k = i + 1; k < toks.length && k - i < MAX_APPOSITIVE_TOKENS; k++) {
    if (toks[k].text === ',' && verbLength(toks, k + 1 + (toks[k + 1] && ADVERB.test(toks[k + 1].text) ? 1 : 0)) > 0) return k;
  }
  return -1;
}

/** The role after the verb and the institution after `at` (or `of` …), up to the end of the sentence. */
function roleAndAffiliation(p: Paragraph, verbEnd: number, sentenceStop: number): { role?: Span; affiliation?: Span } {
  let roleStart = verbEnd - p.start;
  while (roleStart < sentenceStop && /\s/.test(p.text[roleStart])) roleStart++;
  let end = sentenceStop;
  while (end > roleStart && /[.!?\s]/.test(p.text[end - 1])) end--;
  if (end <= roleStart) return {};
  const sentence = p.text.slice(roleStart, end);
  const sep = AT.exec(sentence) ?? OF.exec(sentence);
  if (!sep) return { role: sub(p, roleStart, end) };
  const role = sub(p, roleStart, roleStart + sep.index);
  const affStart = roleStart + sep.index + sep[0].length;
  const cut = AFFILIATION_CUT.exec(p.text.slice(affStart, end));
  const affEnd = affStart + (cut ? cut.index : end - affStart);
  return affEnd > affStart ? { role, affiliation: sub(p, affStart, affEnd) } : { role };
}

/** True when what follows the verb reads as a bio: a position (`fellow`, `professor`) or a named institution. */
function readsAsBio(verb: string, role: Span | undefined, affiliation: Span | undefined): boolean {
  if (INSTITUTION_PATTERN.test(`${role?.text ?? ''} ${affiliation?.text ?? ''}`) || hasRoleWord(role?.text ?? '')) return true;
  return COPULA_VERBS.has(verb) && !!affiliation && ACRONYM_PATTERN.test(affiliation.text);
}

/** True for `I am a professor at …`, not for `I am not optimistic.`. */
function readsAsFirstPersonBio(sentence: string): boolean {
  return INSTITUTION_PATTERN.test(sentence) || hasRoleWord(sentence);
}

/** Where a role's noun phrase ends: before a clause (`, and …`, ` who …`) that says something else. */
const ROLE_HEAD_END = /,|\s(?:who|that|which|and|but|because|when|while|if|so)\s/;

/** True when the head of a role names a position (`senior fellows`, `the Korea Chair`), not a clause that mentions one. */
function hasRoleWord(role: string): boolean {
  const cut = ROLE_HEAD_END.exec(role);
  const head = cut ? role.slice(0, cut.index) : role;
  for (const w of head.toLowerCase().split(/[^\p{L}-]+/u)) {
    if (ROLE_WORDS.has(w) || (w.endsWith('s') && ROLE_WORDS.has(w.slice(0, -1)))) return true;
  }
  return false;
}

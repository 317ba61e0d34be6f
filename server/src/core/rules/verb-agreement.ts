// Rule verb-agreement: a modal, `do not` or an infinitive `to` takes the base form (`does not appears` → `appear`).
import {
  INFINITIVE_TAKERS,
  MODAL_NOUN_WORDS,
  MOTION_WORDS,
  NOT_BEFORE_MODAL,
  SUBJECT_PRONOUNS,
  TRIGGERS,
  FORM_PATTERN,
  TRIGGER_PATTERN,
  VERB_FORMS,
  type VerbForm,
} from '../lexicon/verbs';
import type { RuleContext, TakeRule } from '../rule';
import { isBlankCode, isWordCode } from '../typography';
import type { Report, Span } from '../types';

/** Blanks between two words of a sentence. */
const GAP = '[ \\t\\u00A0]+';

/**
 * A blank, a lower-case trigger word, an optional `not` and a reportable verb form, both trigger and form as tries:
 * one pass over the paragraph that stops only where a known form follows a trigger (the rule runs on every paragraph
 * of every take). Capitalised triggers open questions or are names (`Will states act?`, `May`) and are never wanted;
 * a trigger that opens the paragraph opens a sentence. `\b` is ASCII-only: a letter outside ASCII after the form is
 * ruled out in the check.
 */
const CANDIDATE = new RegExp(`[ \\u00A0](${TRIGGER_PATTERN})${GAP}(?:(not)${GAP})?(${FORM_PATTERN})\\b`, 'g');

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const HYPHEN = 45;

export const rule: TakeRule = {
  meta: {
    id: 'verb-agreement',
    category: 'body',
    description: 'A modal, `do not` or an infinitive `to` takes the base form of the verb (`does not appears` → `appear`)',
    rationale: [
      'Real published takes carry agreement slips such as `does not appears` and `didn’t went`. This rule reports a third-person or past form of a common verb (`appears`, `makes`, `went`, `helped`) right after `do`/`does`/`did` with `not` or `n’t`, after a modal (`can`, `could`, `will`, `would`, `shall`, `should`, `may`, `might`, `must`, `cannot` and the `n’t` forms, with a straight or curly apostrophe, maybe followed by `not`), or after an infinitive `to` that follows a word taking one (`wants to goes`, `is able to makes`, `going to led`), and suggests the base form.',
      'It prefers silence to a false alarm. It knows a curated list of about 400 common verbs (`server/src/core/lexicon/verbs.json`) and never reports a word that is also a base form (`put`, `read`, `cost`), a past that is as often a noun or adjective (`left`, `lost`, `won`), or a form that is as often a plural noun (`talks`, `states`, `sanctions`) after `to` or after a modal, unless a subject pronoun stands before the modal (`it will takes`). It skips a modal that is a noun or a name: after a determiner, possessive or preposition (`the will of the people`, `for can openers`, `China’s might`), after adjectives such as `political will` or `military might`, and a capitalised `May` or `Will`. It skips questions and other inverted clauses (`Will states act?`, `How can states act?`, `nor can talks`), `do` without `not` (`what it does best`, `as it did last year`), and a `to` after words that also take a noun (`responds to pressures`, `agreed to talks`).',
    ].join('\n\n'),
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    options: {},
    examples: {
      invalid: 'that likeliness does not appears to be pressing',
      valid: 'that likeliness does not appear to be pressing',
    },
  },
  // Finds each trigger word followed by a known third-person or past form and suggests the base form.
  check({ prose }: RuleContext) {
    const out: Report[] = [];
    for (const span of prose) checkSpan(span, out);
    return out;
  },
};

/** One pass of the candidate pattern over a paragraph; the guards run on candidates only. */
function checkSpan(span: Span, out: Report[]): void {
  const text = span.text;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const [whole, trigger, not, word] = m;
    const start = m.index + 1;
    const wordEnd = m.index + whole.length;
    const wordStart = wordEnd - word.length;
    const form = VERB_FORMS.get(word);
    if (form === undefined || joinedAfter(text, wordEnd) || !reportable(text, start, wordEnd, trigger, not !== undefined, form)) continue;
    const lead = not ? `${trigger} ${not}` : trigger;
    const what = form.kind === 'past' ? `the past "${word}"` : `"${word}"`;
    const edit = { start: span.start + wordStart, end: span.start + wordEnd, text: form.base };
    out.push({
      message: `Use the base form "${form.base}" after "${lead}", not ${what}`,
      start: edit.start,
      end: edit.end,
      suggestions: [{ message: `Replace "${word}" with "${form.base}"`, edits: [edit] }],
    });
  }
}

/** The precision guards: whether a trigger and the form after it are an agreement slip rather than a noun, name or question. */
function reportable(text: string, start: number, wordEnd: number, trigger: string, withNot: boolean, form: VerbForm): boolean {
  const info = TRIGGERS.get(trigger.replace('\u2019', "'"));
  if (info === undefined) return false;
  if (info.kind === 'to') {
    if (withNot || form.nounlike) return false;
    let before = wordBefore(text, start);
    if (before.word === 'not') before = wordBefore(text, before.start);
    if (!INFINITIVE_TAKERS.has(before.word)) return false;
    return !(form.kind === 'past' && form.regular && MOTION_WORDS.has(before.word));
  }
  if (info.kind === 'do' && !withNot) return false;
  if (sentenceInitial(text, start) || inQuestion(text, wordEnd)) return false;
  const before = wordBefore(text, start);
  if (form.nounlike && info.kind === 'modal') return SUBJECT_PRONOUNS.has(before.word);
  if (NOT_BEFORE_MODAL.has(before.word)) return false;
  return !(info.noun && (before.possessive || MODAL_NOUN_WORDS.has(before.word)));
}

/** True for an apostrophe or hyphen, the marks that join a word's parts. */
function isJoiner(code: number): boolean {
  return code === APOSTROPHE || code === CURLY_APOSTROPHE || code === HYPHEN;
}

/** True when the word ending at `end` runs on: a letter outside ASCII, or a joiner and a letter (`makes-up`, `goes’s`). */
function joinedAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return isWordCode(c) || (isJoiner(c) && isWordCode(text.charCodeAt(end + 1)));
}

/** The word before `pos` in lower case ('' after punctuation or at the start), where it starts, and whether it is a possessive (`Kim’s`, `states’`). */
function wordBefore(text: string, pos: number): { word: string; start: number; possessive: boolean } {
  let end = pos;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  if ((last === APOSTROPHE || last === CURLY_APOSTROPHE) && (text.charCodeAt(end - 2) | 0x20) === 115) return { word: '', start: end, possessive: true };
  let start = end;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (isWordCode(c)) start--;
    else if (isJoiner(c) && isWordCode(text.charCodeAt(start - 2))) start -= 2;
    else break;
  }
  const word = text.slice(start, end).toLowerCase();
  const possessive = word.endsWith("'s") || word.endsWith('\u2019s');
  return { word, start, possessive };
}

/**
 * True when only blanks, quotes and brackets stand between `pos` and the start of the paragraph or the end of a
 * sentence; the period of an initialism (`the U.S. will`) ends none.
 */
function sentenceInitial(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (isBlankCode(text.charCodeAt(i)) || '“”‘’"\'([{'.includes(text[i]))) i--;
  if (i < 0) return true;
  if (text[i] === '.') return !(isWordCode(text.charCodeAt(i - 1)) && !isWordCode(text.charCodeAt(i - 2)));
  return '!?…'.includes(text[i]);
}

/** True when the sentence running on from `pos` ends with a question mark (a period inside a word, as in `U.S`, does not end it). */
function inQuestion(text: string, pos: number): boolean {
  for (let i = pos; i < text.length; i++) {
    const ch = text[i];
    if (ch === '?') return true;
    if (ch === '!' || ch === '…') return false;
    if (ch === '.' && !isWordCode(text.charCodeAt(i + 1))) return false;
  }
  return false;
}

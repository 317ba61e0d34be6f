// The verb lists of verbs.json, compiled once into the sets and maps the rule verb-agreement reads.
import VERBS from './verbs.json';

export { VERBS };

/** A third-person or past form that is not a base form, with the base form that replaces it. */
export interface VerbForm {
  base: string;
  kind: 'third' | 'past';
  /** A regular -ed past (`helped`), which may also be an adjective (`limited`, `advanced`). */
  regular: boolean;
  /** A third-person form that is as often a plural noun (`talks`, `states`). */
  nounlike: boolean;
}

/** What a trigger word is: `do` (only before `not`), `n’t` forms of do, modals (maybe before `not`) and infinitive `to`. */
export type TriggerKind = 'do' | 'negatedDo' | 'modal' | 'to';

/** A trigger word as the rule looks it up: lower case, straight apostrophe. */
export interface Trigger {
  kind: TriggerKind;
  /** Also a noun (`will`, `might`, `can`, `must`, `may`). */
  noun: boolean;
}

const VOWELS = 'aeiou';

/** The third person singular of a regular base form: `goes`, `fixes`, `tries`, `plays`, `helps`. */
export function thirdPerson(base: string): string {
  const irregular = (VERBS.irregular.third as Record<string, string>)[base];
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (base.endsWith('y') && !VOWELS.includes(base.charAt(base.length - 2))) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const DOUBLING: ReadonlySet<string> = new Set(VERBS.doubling.words);
const IRREGULAR_PAST: Readonly<Record<string, string>> = VERBS.irregular.past;

/** The simple past of a base form: the irregular one, or -ed, -d, -ied, a doubled consonant for the `doubling` verbs. */
export function pastOf(base: string): string {
  const irregular = IRREGULAR_PAST[base];
  if (irregular) return irregular;
  if (DOUBLING.has(base)) return `${base}${base.charAt(base.length - 1)}ed`;
  if (base.endsWith('e')) return `${base}d`;
  if (base.endsWith('y') && !VOWELS.includes(base.charAt(base.length - 2))) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

/** The -ing form of a base form: `hoping`, `planning`, `seeing`, `trying`. */
export function ingOf(base: string): string {
  if (DOUBLING.has(base)) return `${base}${base.charAt(base.length - 1)}ing`;
  if (base.endsWith('e') && !/[eyo]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

/** Every listed base form: regular, doubling and irregular verbs. */
export const BASE_FORMS: ReadonlySet<string> = new Set([...VERBS.regular.words, ...VERBS.doubling.words, ...Object.keys(IRREGULAR_PAST)]);

/**
 * Every reportable third-person and past form → its base form. A form that is also a base form (`put`, `read`),
 * that two verbs share, or that `ambiguousForms` lists is left out: the rule never reports it.
 */
export const VERB_FORMS: ReadonlyMap<string, VerbForm> = buildForms();

function buildForms(): Map<string, VerbForm> {
  const ambiguous = new Set(VERBS.ambiguousForms.words);
  const nounlike = new Set(VERBS.nounlikeThirdForms.words);
  const forms = new Map<string, VerbForm>();
  const clashes = new Set<string>();
  const add = (form: string, entry: VerbForm) => {
    if (BASE_FORMS.has(form) || ambiguous.has(form)) return;
    const other = forms.get(form);
    if (other && other.base !== entry.base) clashes.add(form);
    else forms.set(form, entry);
  };
  for (const base of BASE_FORMS) {
    add(thirdPerson(base), { base, kind: 'third', regular: true, nounlike: nounlike.has(thirdPerson(base)) });
    add(pastOf(base), { base, kind: 'past', regular: !(base in IRREGULAR_PAST), nounlike: false });
  }
  for (const form of clashes) forms.delete(form);
  return forms;
}

const T = VERBS.triggers;

/** The trigger words (lower case, straight apostrophes) and what they are. */
export const TRIGGERS: ReadonlyMap<string, Trigger> = new Map<string, Trigger>([
  ...T.doSupport.map((w) => [w, { kind: 'do', noun: false }] as const),
  ...T.negatedDo.map((w) => [w, { kind: 'negatedDo', noun: false }] as const),
  ...[...T.modals, ...T.negatedModals].map((w) => [w, { kind: 'modal', noun: T.nounModals.includes(w) }] as const),
  ['to', { kind: 'to', noun: false }],
]);

/**
 * The trigger words as a RegExp source (a trie, so the engine never tries one word after another); an apostrophe
 * matches a straight or a curly one (`can’t`, `can't`).
 */
export const TRIGGER_PATTERN: string = triePattern([...TRIGGERS.keys()]);

/** Every reportable form of VERB_FORMS as a RegExp source (a trie). */
export const FORM_PATTERN: string = triePattern([...VERB_FORMS.keys()]);

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/** A RegExp source matching exactly the given lower-case words (letters and apostrophes), common prefixes factored out. */
export function triePattern(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return trieSource(root);
}

/** One trie node as a RegExp source: its branches, optional when a word ends here. */
function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => (ch === "'" ? "['\u2019]" : ch) + trieSource(child));
  if (branches.length === 0) return '';
  const group = `(?:${branches.join('|')})`;
  if (node.end) return `${group}?`;
  return branches.length === 1 ? branches[0] : group;
}

/** Words after which a modal or `do` is a noun or opens an inverted clause (`the will`, `of`, `nor can`, `how can`). */
export const NOT_BEFORE_MODAL: ReadonlySet<string> = new Set(VERBS.notBeforeModal.words);

/** Subjects after which a modal is no noun and no inverted clause opens: a noun-like form after the modal is reported (`it will takes`). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(VERBS.nounlikeThirdForms.subjects);

/** Words that make a following noun-like modal a noun (`political will`, `military might`, `trash can`). */
export const MODAL_NOUN_WORDS: ReadonlySet<string> = new Set(VERBS.modalNounWords.words);

/** Words after which `to` opens an infinitive: every form of the `infinitive.verbs`, and the `infinitive.words`. */
export const INFINITIVE_TAKERS: ReadonlySet<string> = new Set([
  ...VERBS.infinitive.verbs.flatMap((base) => [base, thirdPerson(base), pastOf(base), ingOf(base)]),
  ...VERBS.infinitive.words,
]);

/** Infinitive takers after which `to` may also lead somewhere (`going to advanced economies`): regular -ed forms are not reported. */
export const MOTION_WORDS: ReadonlySet<string> = new Set(VERBS.infinitive.motion);

// The word lists of words.json, compiled once into the sets and patterns the parser, the splitter and the rules read.
import WORDS from './words.json';
import SPELLING from './spelling.json';

export { WORDS };

/** A set of the list's words, for O(1) look-ups. */
function setOf(list: readonly string[]): ReadonlySet<string> {
  return new Set(list);
}

/** Escapes a word for a RegExp alternation. */
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of the words, longest first so that `serves as` wins over `serves`. */
export function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

const H = WORDS.honorifics;

/** Honorific words written in full (`Ambassador`, `General`). */
export const HONORIFIC_WORDS = setOf(H.words);
/** Abbreviated honorifics that are never given names: the period is optional. */
export const SAFE_HONORIFIC_ABBREVIATIONS = setOf(H.abbreviations);
/** Abbreviated honorifics that are also given names (`Gen`, `Sen`): honorifics only with their period. */
export const DOTTED_HONORIFIC_ABBREVIATIONS = setOf(H.dottedAbbreviations);
/** Honorifics written with inner periods (`H.E.`). */
export const DOTTED_HONORIFICS = setOf(H.dotted);
/** Words that may open a run of honorifics (`Former`, `Retired`). */
export const HONORIFIC_MODIFIERS = setOf(H.modifiers);
/** Words that may stand between a modifier and a title (`Former U.S. Ambassador`). */
export const HONORIFIC_QUALIFIERS = setOf(H.qualifiers);
/** `(ret.)` and its variants. */
export const RETIRED_MARKERS = setOf(WORDS.retiredMarkers);
/** Post-nominals: `Jr.`, `III`, `Ph.D.`, `OBE`. */
export const NAME_SUFFIXES = setOf(WORDS.suffixes);
/** Lowercase words inside names (`van der`, `de`, `bin`). */
export const NAME_PARTICLES = setOf(WORDS.particles);
/** Lowercase prefixes glued to a capitalised name (`al-Shami`, `d’Estaing`). */
export const NAME_PARTICLE_PREFIXES: readonly string[] = WORDS.particlePrefixes;
/** Verbs that join a byline's name to its role, as token sequences (`serves as` → ['serves', 'as']). */
export const BYLINE_VERBS: ReadonlyArray<readonly string[]> = [...WORDS.bylineVerbs].sort((a, b) => b.length - a.length).map((v) => v.split(' '));
/** BYLINE_VERBS by their first word, longest first: the byline reader asks at every comma of an appositive. */
export const BYLINE_VERBS_BY_FIRST_WORD: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = groupByFirst(BYLINE_VERBS);
/** Byline verbs that say what someone is (a role follows), as opposed to what they do. */
export const COPULA_VERBS = setOf(WORDS.copulaVerbs);
/** Capitalised words that open sentences and are never a person's name when a byline is guessed without the headline. */
export const NOT_NAME_OPENERS = setOf(WORDS.notNameOpeners);
/** Words that name an institution wherever they stand in a byline. */
export const INSTITUTION_WORDS: readonly string[] = WORDS.institutionWords;
/** One of INSTITUTION_WORDS as a whole word: the byline reader and byline-affiliation test text with it. */
export const INSTITUTION_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${INSTITUTION_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** An acronym of two or more capitals as a whole word (`NATO`, `CSIS`). */
export const ACRONYM_PATTERN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/u;
/** Words that make a role read as a position. */
export const ROLE_WORDS = setOf(WORDS.roleWords.words);
/** Words that end a name in a headline (`We Asked Ana Ruiz What …`). */
export const HEADLINE_QUESTION_WORDS = setOf(WORDS.headlineQuestionWords);
/** Words before a period that do not end a sentence. */
export const ABBREVIATIONS: readonly string[] = [...WORDS.abbreviations.titles, ...WORDS.abbreviations.other, ...WORDS.abbreviations.months];
/** Titles whose period never ends a sentence, whatever follows (`Dr. Smith`). */
export const TITLE_ABBREVIATIONS: readonly string[] = WORDS.abbreviations.titles;
/** Words that open a sentence even right after an abbreviation. */
export const SENTENCE_OPENERS = setOf(WORDS.sentenceOpeners.words);
/** The title-caser's word classes. */
export const TITLE_CASE = {
  articles: setOf(WORDS.titleCase.articles),
  conjunctions: setOf(WORDS.titleCase.conjunctions),
  prepositions: setOf(WORDS.titleCase.prepositions),
  ambiguous: setOf(WORDS.titleCase.ambiguous),
  clauseOpeners: setOf(WORDS.titleCase.clauseOpeners),
  determiners: setOf(WORDS.titleCase.determiners),
};

/** British → American word endings and whole words; dialect-spelling checks each candidate against the house dictionary. */
export const DIALECT_SUFFIXES: ReadonlyArray<readonly [british: string, american: string]> = SPELLING.dialectSuffixes.map(([b, a]) => [b, a] as const);
export const DIALECT_WORDS: ReadonlyArray<readonly [british: string, american: string]> = SPELLING.dialectWords.map(([b, a]) => [b, a] as const);
/** Well-known misspellings and their one correction: the only spelling fixes applied unattended. */
export const MISSPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries(SPELLING.misspellings));
/** Prefixes that may stand alone before a hyphen (`re-activation`, `co-chair`, `non-proliferation`). */
export const COMPOUND_PREFIXES = setOf(SPELLING.compoundPrefixes);
/** Policy and international-affairs words the Hunspell dictionaries lack (`multilateralism`, `cyberattack`). */
export const FIELD_WORDS = setOf(SPELLING.fieldWords);
/** The abbreviations as a set, for look-ups word by word. */
export const ABBREVIATION_SET = setOf(ABBREVIATIONS);

/** Groups token sequences by their first token, keeping their order. */
function groupByFirst(list: ReadonlyArray<readonly string[]>): Map<string, Array<readonly string[]>> {
  const out = new Map<string, Array<readonly string[]>>();
  for (const seq of list) {
    const group = out.get(seq[0]);
    if (group) group.push(seq);
    else out.set(seq[0], [seq]);
  }
  return out;
}

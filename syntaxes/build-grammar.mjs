// Writes syntaxes/commentary.tmLanguage.json, the TextMate grammar for takes (*.take, scope text.commentary).
//
// The grammar is generated so that the long patterns (names, honorifics, the byline shape) are built from
// named fragments instead of being copied by hand into several regular expressions.
//   node syntaxes/build-grammar.mjs          rewrite the JSON
//   node syntaxes/build-grammar.mjs --check  exit 1 when the JSON is not what this script would write
// The scope of every part is listed in test/grammar/README.md; the grammar tests are in test/grammar/.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'commentary.tmLanguage.json');

/** Joins fragments into one Oniguruma pattern. */
const re = (...parts) => parts.join('');

// ---------------------------------------------------------------------------------------------------------
// Fragments (Oniguruma syntax, as vscode-textmate runs it). They mirror server/src/core/parser/*.ts.

/** Blanks at the start of a line: spaces, tabs and a stray BOM (VS Code strips a real one). */
const LEAD = '[ \\t\\x{FEFF}]*';
/** A line that has some text and does not open with a double quote mark. */
const NOT_QUOTE_START = '(?=[^\\s“"\\x{FEFF}])';

/** `Editor’s Note:` and its sloppy forms (`Editor's note`, `EDITORS NOTE:`, `Editors’ Note -`), as classify.ts. */
const EDITORS_NOTE_LABEL = "(?i:editor[ \\t]*(?:[’'‘`´][ \\t]*s|s[’'])[ \\t]*note\\b[ \\t]*[:.\\-–—]?|editors?[ \\t]*note[ \\t]*[:\\-–—])";
/** `Image:`, `Photo credit:`, `Image - AP` (a dash only with a blank after it), as classify.ts. */
const IMAGE_LABEL = '(?i:(?:image|photo|photograph|picture)s?(?:[ \\t]+credit)?)[ \\t]*(?::|[\\-–—](?=[ \\t]|$))';

/** The project's word lists (server/src/core/lexicon/words.json): the parser reads the same file, so the two cannot drift. */
const WORDS = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../server/src/core/lexicon/words.json'), 'utf8'));
/** Escapes a word for an Oniguruma pattern; a space inside it matches any run of blanks. */
const escapeWord = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
/** An alternation of words, longest first. */
const alt = (list) => `(?:${[...list].sort((a, b) => b.length - a.length).map(escapeWord).join('|')})`;

/** Words that open a headline's question: the contributor's name stops before them (headline.ts). */
const QUESTION_WORDS = alt(WORDS.headlineQuestionWords);

const H = WORDS.honorifics;
/** One title (people.ts isHonorific): in full, abbreviated with an optional period, abbreviated with a required one, or dotted. */
const TITLE = `(?:${alt([...H.words, ...H.dotted])}|${alt(H.abbreviations)}\\.?|${alt(H.dottedAbbreviations)}\\.)`;
/** Honorifics before a name: `Dr.`, `Former U.S. Ambassador`, `Lt. Gen. (ret.)`. */
const HONORIFIC_WORD = `(?:(?:${alt([...H.modifiers, ...H.qualifiers])}[ \\t]+)*${TITLE}(?:[ \\t]+${alt(WORDS.retiredMarkers)})?)(?=[ \\t])`;
const PARTICLES = alt(WORDS.particles);
const PREFIXES = alt(WORDS.particlePrefixes);
/** One word of a name: Zhu, Jong-un, O’Donnell, al-Shami; or a particle before one (de, van der). */
const NAME_TOKEN = `(?:${PREFIXES}?\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|${PARTICLES}(?=[ \\t]+(?:${PARTICLES}[ \\t]+)?\\p{Lu}))`;
/** Post-nominals after a name: `, Jr.,`, `(ret.)`, `OBE`. */
const SUFFIX = `(?:,?[ \\t]+${alt([...WORDS.suffixes, ...WORDS.retiredMarkers])}(?![\\p{L}\\p{N}]))`;
/** A name of one to seven words, with any post-nominals. */
const NAME = `${NAME_TOKEN}(?:[ \\t]+${NAME_TOKEN}){0,6}?${SUFFIX}*`;

/** One or more people: `A`, `A and B`, `A, B and C`, each with any honorifics after the first. */
const NAMES = `${NAME}(?:(?:,[ \\t]+(?:and[ \\t]+)?|[ \\t]+(?:and|&)[ \\t]+)(?:${HONORIFIC_WORD}[ \\t]+)*${NAME})*`;

/** First words that are never a byline's name when no headline vouches for it (people.ts strict reading). */
const NOT_A_NAME = `(?!${alt(WORDS.notNameOpeners)}[ \\t])`;
/** The verb after the byline's name. */
const BYLINE_VERB = `${alt(WORDS.bylineVerbs)}\\b`;
/** One character of a role: anything but the end of a sentence (`U.S.` and `e.g.` do not end it). */
const ROLE_CHAR = '(?:[^.!?]|(?<=[^\\p{L}\\p{N}]\\p{Lu})\\.|\\.(?=[\\p{L}\\p{N}]|[ \\t]+\\p{Ll}))';
/** The role between the verb and the affiliation: short, one sentence. */
const ROLE = `${ROLE_CHAR}{1,200}?`;
/** One word of an institution's name: Nanjing, U.S., King’s, 21st; a final period is left out. */
const INSTITUTION_WORD = "(?:(?:\\p{Lu}\\.){2,}|[\\p{Lu}\\p{N}](?:[\\p{L}\\p{M}\\p{N}'’&\\-]|\\.(?=[\\p{L}\\p{N}]))*)";
/** Small words inside an institution's name: Center for Northern Strategy, University in China. */
const INSTITUTION_JOINER = '(?:of|for|and|on|in|at|the|de|du|des|di|la|le|van|von|für|&)';
/** An institution: capitalised words, with small words between them (`the Center for Northern Strategy`). */
const INSTITUTION = `(?:[Tt]he[ \\t]+)?${INSTITUTION_WORD}(?:(?:[ \\t]+${INSTITUTION_JOINER})*[ \\t]+${INSTITUTION_WORD})*`;
/** What starts an institution after `of`/`with`/`at`: `the` or a capital (or a digit). */
const INSTITUTION_START = '(?=(?:[Tt]he[ \\t]+)?[\\p{Lu}\\p{N}])';
/** `at` is preferred (byline.ts): `chair of Russian studies at the Baltic School` is role + at + institution. */
const AT = 'at';
const OF = '(?:of|with|for|from)';
/** Longest line still taken for a byline: bylines are a sentence or three, body paragraphs are longer. */
const BYLINE_MAX = 600;

/** An HTML comment's marks (parser/lines.ts): a line that opens with the first and ends with the second is a comment line. */
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';

/** Letters and digits: an apostrophe between or after them is not a quotation mark. */
const WORDCHAR = '[\\p{L}\\p{N}]';
/** Blanks a doubled space is made of (typography.ts INLINE_SPACE). */
const INLINE_SPACE = '[ \\t\\x{00A0}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}]';

// ---------------------------------------------------------------------------------------------------------
// Scopes: the table in test/grammar/README.md lists them. Every one ends in `.commentary`.

const S = {
  heading: 'markup.heading.1.commentary',
  series: 'entity.name.section.commentary',
  dash: 'punctuation.separator.dash.commentary',
  colon: 'punctuation.separator.colon.commentary',
  person: 'entity.name.type.commentary',
  quote: 'markup.quote.commentary',
  quoteBegin: 'punctuation.definition.quote.begin.commentary',
  quoteEnd: 'punctuation.definition.quote.end.commentary',
  label: 'keyword.other.label.commentary',
  note: 'comment.line.editors-note.commentary',
  byline: 'meta.byline.commentary',
  honorific: 'storage.modifier.honorific.commentary',
  word: 'keyword.operator.word.commentary',
  role: 'variable.other.role.commentary',
  institution: 'entity.name.tag.commentary',
  credit: 'string.unquoted.credit.commentary',
  double: 'string.quoted.double.commentary',
  single: 'string.quoted.single.commentary',
  stringBegin: 'punctuation.definition.string.begin.commentary',
  stringEnd: 'punctuation.definition.string.end.commentary',
  abbreviation: 'constant.language.abbreviation.commentary',
  its: 'invalid.illegal.its-apostrophe.commentary',
  doubledSpace: 'invalid.illegal.doubled-space.commentary',
  comment: 'comment.block.html.commentary',
  commentBegin: 'punctuation.definition.comment.begin.commentary',
  commentEnd: 'punctuation.definition.comment.end.commentary',
  directive: 'keyword.control.directive.commentary',
  ruleId: 'variable.parameter.rule-id.commentary',
};

// ---------------------------------------------------------------------------------------------------------
// Rules.

const repository = {
  // The header block: from the first line of the document to the first line that is neither blank nor
  // opens with a double quote mark (normally the editor's note). Only here is a quoted line a pull-quote,
  // and only its first line (after any blank lines) is the headline. `\A` matches on the document's first
  // line only; `(?!\A)` keeps the end from firing on that line, where the block begins.
  // Comment lines do not end it: they are no part of the take.
  header: {
    begin: '\\A',
    end: `^(?!\\A)(?=${LEAD}(?!${COMMENT_OPEN})[^\\s“"\\x{FEFF}])`,
    patterns: [
      { include: '#leading-blank-lines' },
      { include: '#comment' },
      { include: '#headline' },
      { include: '#pull-quote' },
      { include: '#editors-note' },
      { include: '#inline' },
    ],
  },
  // Blank and comment lines before the headline: the first other line with text is the headline, unless it is quoted or a note.
  'leading-blank-lines': {
    begin: `\\A(?=${LEAD}(?:$|${COMMENT_OPEN}))`,
    end: `^(?=${LEAD}(?:[“"]|${EDITORS_NOTE_LABEL}))|(?<=[^\\s\\x{FEFF}])(?<!${COMMENT_CLOSE})(?=[ \\t]*$)`,
    patterns: [{ include: '#comment' }, { include: '#headline' }],
  },
  // A line that is only an HTML comment (it may run over several lines): no part of the take, read for directives.
  comment: {
    name: S.comment,
    begin: `^${LEAD}(${COMMENT_OPEN})`,
    end: `(${COMMENT_CLOSE})`,
    beginCaptures: { 1: { name: S.commentBegin } },
    endCaptures: { 1: { name: S.commentEnd } },
    patterns: [{ include: '#directive' }],
  },
  // `commentary-lint-disable-next-line rule-a, rule-b -- why`: the keyword, then the rule ids up to an optional reason.
  directive: {
    begin: `\\G[ \\t]*(commentary-lint-(?:disable-next-line|disable-file|disable|enable))(?=[ \\t]|${COMMENT_CLOSE}|$)`,
    end: `(?=${COMMENT_CLOSE})`,
    beginCaptures: { 1: { name: S.directive } },
    patterns: [{ match: `(?<=[ \\t])--(?=[ \\t]|$)(?:(?!${COMMENT_CLOSE}).)*` }, { match: `(?:(?!${COMMENT_CLOSE})[^\\s,])+`, name: S.ruleId }],
  },
  // Included only where the next line with text can be the headline (see header): the line as a heading.
  headline: {
    name: S.heading,
    begin: `^${LEAD}${NOT_QUOTE_START}(?!${EDITORS_NOTE_LABEL}|${COMMENT_OPEN})`,
    end: '(?=[ \\t]*$)',
    patterns: [{ include: '#headline-series' }, { include: '#headline-contributor' }, { include: '#inline' }],
  },
  // `The Hanoi Summit – We Asked …`: the series and the dash (or colon) after it, at the start of the headline.
  'headline-series': {
    patterns: [
      {
        match: `\\G(\\S.*?)(?:[ \\t]*([–—―‒]|-{1,3})|[ \\t]*(:))[ \\t]*(?=(?i:we[ \\t]+asked)\\b)`,
        captures: { 1: { name: S.series, patterns: [{ include: '#inline' }] }, 2: { name: S.dash }, 3: { name: S.colon } },
      },
      {
        match: '\\G(\\S.*?)(?:[ \\t]+([–—―‒]|-{1,3})[ \\t]+|([–—―‒]))(?=\\S)',
        captures: { 1: { name: S.series, patterns: [{ include: '#inline' }] }, 2: { name: S.dash }, 3: { name: S.dash } },
      },
    ],
  },
  // `We Asked Zhu Feng What …`: the contributor's name (an honorific split off), up to the question word.
  'headline-contributor': {
    match: re(
      `(?<!${WORDCHAR})(?i:we[ \\t]+asked)[ \\t]+(?:(${HONORIFIC_WORD}(?:[ \\t]+${HONORIFIC_WORD})*)[ \\t]+)?`,
      `(${NAME})(?=[ \\t]+(?i:${QUESTION_WORDS})\\b|[ \\t]*[:?,–—]|[ \\t]*$)`,
    ),
    captures: { 1: { name: S.honorific }, 2: { name: S.person } },
  },
  // A line wrapped in double quotes (straight or curly), a final . ! ? allowed after the closing mark.
  'pull-quote': {
    match: `^${LEAD}(([“"])(.+)([”"])[.!?]?)(?=[ \\t]*$)`,
    captures: {
      1: { name: S.quote },
      2: { name: S.quoteBegin },
      // vscode-textmate retokenizes a capture under the rule's scopes, not under capture 1: name it again.
      3: { name: S.quote, patterns: [{ include: '#inline' }] },
      4: { name: S.quoteEnd },
    },
  },
  // `Editor’s Note: …`: the label (colon included) and the boilerplate after it.
  'editors-note': {
    match: `^${LEAD}(${EDITORS_NOTE_LABEL})[ \\t]*(.*?)(?=[ \\t]*$)`,
    captures: { 1: { name: S.label }, 2: { name: S.note } },
  },
  // `Image: Reuters`: the label and the credit, on a short line.
  'image-credit': {
    match: `^${LEAD}(?=.{0,200}$)(${IMAGE_LABEL})[ \\t]*(.*?)(?=[ \\t]*$)`,
    captures: { 1: { name: S.label }, 2: { name: S.credit } },
  },
  // `Dr. Zhu Feng is a professor at the Nanjing University in China. He …`: a short line shaped like a byline
  // (name, verb, role, then at/of/with/for/from and a capitalised institution). The rest is prose.
  byline: {
    name: S.byline,
    begin: re(
      `^${LEAD}(?=.{0,${BYLINE_MAX}}$)${NOT_A_NAME}`,
      `(?=(?:${HONORIFIC_WORD}[ \\t]+)*${NAMES},?[ \\t]+${BYLINE_VERB}[ \\t]+${ROLE}[ \\t]+(?:${AT}|${OF})[ \\t]+${INSTITUTION_START})`,
    ),
    end: '$',
    patterns: [{ include: '#byline-head' }, { include: '#inline' }],
  },
  'byline-head': {
    match: re(
      `\\G(?:(${HONORIFIC_WORD}(?:[ \\t]+${HONORIFIC_WORD})*)[ \\t]+)?(${NAMES}),?[ \\t]+(${BYLINE_VERB})[ \\t]+`,
      `(?:(${ROLE})[ \\t]+(${AT})[ \\t]+${INSTITUTION_START}(${INSTITUTION})`,
      `|(${ROLE})[ \\t]+(${OF})[ \\t]+${INSTITUTION_START}(${INSTITUTION}))`,
    ),
    captures: {
      1: { name: S.honorific },
      2: { name: S.person },
      3: { name: S.word },
      4: { name: S.role, patterns: [{ include: '#inline' }] },
      5: { name: S.word },
      6: { name: S.institution, patterns: [{ include: '#abbreviation' }, { include: '#doubled-space' }] },
      7: { name: S.role, patterns: [{ include: '#inline' }] },
      8: { name: S.word },
      9: { name: S.institution, patterns: [{ include: '#abbreviation' }, { include: '#doubled-space' }] },
    },
  },
  // Prose anywhere: quotations, dashes, abbreviations and the two certain defects.
  inline: {
    patterns: [
      { include: '#possessive-its' },
      { include: '#doubled-space' },
      { include: '#double-quoted' },
      { include: '#single-quoted' },
      { include: '#dash' },
      { include: '#abbreviation' },
    ],
  },
  // Inside a quotation: the same, without a further quotation of the same kind. Nesting stops at ‘…’ inside
  // “…” (a stray “ does not open a level per mark, which keeps a line of unclosed marks linear to tokenize).
  'quoted-text': {
    patterns: [{ include: '#possessive-its' }, { include: '#doubled-space' }, { include: '#dash' }, { include: '#abbreviation' }],
  },
  // `its’` / `its'`: never right (rule possessive-its). Not after an opening quote (`‘its’` names the word).
  'possessive-its': {
    match: `(?<![‘'’\\p{L}\\p{N}])(?i:its)[’'](?!${WORDCHAR})`,
    name: S.its,
  },
  // Two or more blanks between words (rule doubled-space); indentation and trailing blanks are not matched.
  'doubled-space': {
    match: `(?<=\\S)${INLINE_SPACE}{2,}(?=\\S)`,
    name: S.doubledSpace,
  },
  // “…” and "…" within a paragraph; an unclosed quotation stops at the end of the line.
  'double-quoted': {
    patterns: [
      {
        name: S.double,
        begin: '“',
        end: '(”)|$',
        beginCaptures: { 0: { name: S.stringBegin } },
        endCaptures: { 1: { name: S.stringEnd } },
        patterns: [{ include: '#single-quoted' }, { include: '#quoted-text' }],
      },
      {
        name: S.double,
        begin: '"(?=\\S)',
        end: '(")|$',
        beginCaptures: { 0: { name: S.stringBegin } },
        endCaptures: { 1: { name: S.stringEnd } },
        patterns: [{ include: '#single-quoted' }, { include: '#quoted-text' }],
      },
    ],
  },
  // ‘…’: opened only by ‘ (never by the apostrophe ’, nor by ‘ before a year as in ‘90s), closed by a ’ that
  // no letter or digit follows (Kim’s, ’90s and rock’n’roll do not close it), or before the outer ” / ".
  'single-quoted': {
    name: S.single,
    begin: '‘(?=\\S)(?!\\d\\d(?:s|\\b))',
    end: `(’)(?!${WORDCHAR})|(?=[”"])|$`,
    beginCaptures: { 0: { name: S.stringBegin } },
    endCaptures: { 1: { name: S.stringEnd } },
    patterns: [{ include: '#quoted-text' }],
  },
  // Em and en dashes in prose (a hyphen is part of a word: Jong-un, U.S.-North).
  dash: {
    match: '[—–]',
    name: S.dash,
  },
  // U.S., U.K., U.N. (two or more dotted capitals) and DPRK, NATO, NGOs (two or more capitals).
  abbreviation: {
    match: `(?<![\\p{L}\\p{N}.])(?:\\p{Lu}\\.){2,}|(?<!${WORDCHAR})\\p{Lu}{2,}s?(?!${WORDCHAR})`,
    name: S.abbreviation,
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Commentary Take',
  scopeName: 'text.commentary',
  fileTypes: ['take'],
  comment: 'Generated by syntaxes/build-grammar.mjs; edit that file, not this one. Scopes: test/grammar/README.md.',
  patterns: [
    { include: '#header' },
    { include: '#comment' },
    { include: '#editors-note' },
    { include: '#image-credit' },
    { include: '#byline' },
    { include: '#inline' },
  ],
  repository,
};

const text = `${JSON.stringify(grammar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== text) {
    console.error(`${OUT} is out of date: run node syntaxes/build-grammar.mjs`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}

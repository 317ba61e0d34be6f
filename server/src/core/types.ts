// Plain data shared by the parser, the rules, the engine and every consumer (CLI, server).

/** How serious a finding is; `off` only appears in configuration. */
export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** One offset edit into a text: replace [start, end) with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A change that needs a person's judgement (it changes meaning). */
export interface Suggestion {
  message: string;
  edits: Edit[];
}

/** A second place a finding points at (the headline name for `byline-name`, say). */
export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
  /** Another take's path, for corpus rules; absent means the same file. */
  filePath?: string;
}

/** What a rule's check reports; the engine adds ruleId and severity. */
export interface Report {
  message: string;
  start: number;
  end: number;
  /** Safe to apply unattended; applied atomically (all edits or none). */
  fix?: Edit[];
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
  /** Hint for editors: text that is unnecessary or deprecated. */
  tags?: Array<'unnecessary' | 'deprecated'>;
  /** A word the symposium may accept (spelling): the corpus stage drops the finding when enough takes use the word. */
  corpusWord?: string;
}

/** A report with its rule and effective severity: the core's output. */
export interface Finding extends Report {
  ruleId: string;
  severity: Severity;
}

/** The six parts of a take, in their expected order. */
export type PartKind = 'headline' | 'pullQuote' | 'editorsNote' | 'body' | 'byline' | 'imageCredit';

export const PART_ORDER: readonly PartKind[] = ['headline', 'pullQuote', 'editorsNote', 'body', 'byline', 'imageCredit'];

export const PART_LABELS: Record<PartKind, string> = {
  headline: 'headline',
  pullQuote: 'pull-quote',
  editorsNote: "editor's note",
  body: 'body',
  byline: 'byline',
  imageCredit: 'image credit',
};

/** A stretch of the source text; offsets are UTF-16 indices into the original text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One non-blank line of the source: a paragraph. `index` is its 0-based line number. */
export interface Paragraph extends Span {
  line: number;
}

/** A line (or run of lines) that is only an HTML comment: no part of the take; `endLine` is its last 0-based line. */
export interface CommentLine extends Paragraph {
  endLine: number;
}

/** One rule a directive names (no `id`: every rule), with where it disables that rule and what it did. */
export interface DirectiveRule {
  /** The rule id; absent when the directive names none and so applies to every rule. */
  id?: string;
  /** The id's span in the comment (the keyword's when there is no id). */
  start: number;
  end: number;
  /** Where findings of the rule are suppressed: [from, to) (empty for an `enable`). */
  from: number;
  to: number;
  /** The engine was given a rule with this id. */
  known: boolean;
  /** The rule ran on this take (not off): only then can it be reported as unused. */
  active: boolean;
  /** It suppressed a finding (for an `enable`: it closed an open `disable`). */
  used: boolean;
}

/** An inline `<!-- commentary-lint-… -->` directive, read from a comment line. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable' | 'disable-file';
  /** The comment's span. */
  start: number;
  end: number;
  /** The comment's whole lines with their line break: what removing the directive deletes. */
  removal: { start: number; end: number };
  rules: DirectiveRule[];
}

/** A recognised part; body paragraphs are parts of kind `body`, one per paragraph. */
export interface Part extends Paragraph {
  kind: PartKind;
}

/** A person's name as written, with honorifics and post-nominals split off. */
export interface PersonName extends Span {
  /** Titles and ranks before the name, as one span: `Dr.`, `Former Ambassador`, `Lt. Gen. (ret.)`. */
  honorific?: Span;
  /** The bare name, honorifics and post-nominals removed (same as `text` when there are none). */
  bare: Span;
  /** Post-nominals after the name: `Jr.`, `III`, `(ret.)`, `Ph.D.`. */
  suffix?: Span;
}

/** One person a byline introduces: name, and what the byline says they are and where. */
export interface BylinePerson {
  name: PersonName;
  /** `a former U.S. special envoy` in `Joseph Yun, a former U.S. special envoy, is …`. */
  appositive?: Span;
  /** The verb joining name and role: `is`, `are`, `serves as`, `holds` … */
  verb?: Span;
  role?: Span;
  affiliation?: Span;
}

export interface Headline extends Part {
  kind: 'headline';
  /** Text before the dash that follows the series name. */
  series?: Span;
  /** The dash between series and the rest, with the spaces around it. */
  dash?: Span;
  /** The contributors the headline names, in order (`We Asked A and B …`); empty when none is found. */
  contributors: PersonName[];
}

export interface PullQuote extends Part {
  kind: 'pullQuote';
  /** The quote marks around it, when present. */
  open?: Span;
  close?: Span;
  /** The quoted words without the marks. */
  inner: Span;
}

export interface EditorsNote extends Part {
  kind: 'editorsNote';
  label: Span;
  /** The boilerplate after the label (trimmed). */
  body: Span;
}

export interface Byline extends Part {
  kind: 'byline';
  /** Everyone the byline introduces, in order; empty when it does not open with a name (`I am …`, `Lowy Institute`). */
  people: BylinePerson[];
}

export interface ImageCredit extends Part {
  kind: 'imageCredit';
  label: Span;
  credit: Span;
}

/** A parsed take: every part it found, with offsets, and how the file is laid out. */
export interface Take {
  text: string;
  /** All non-blank lines, in order, comment lines left out. */
  paragraphs: Paragraph[];
  /** Lines that are only an HTML comment (`<!-- … -->`), in order: in no part, read for directives. */
  comments: CommentLine[];
  /** Every recognised part in document order (body paragraphs included, duplicates included). */
  parts: Part[];
  headline?: Headline;
  pullQuote?: PullQuote;
  editorsNote?: EditorsNote;
  body: Part[];
  byline?: Byline;
  imageCredit?: ImageCredit;
  /** Parts of a kind seen a second time (the first one is the one above). */
  duplicates: Part[];
  bom: boolean;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
}

/** The figures of a take other tools show: the landing page, the corpus panel, corpus rules. */
export interface TakeSummary {
  filePath: string;
  /** Every contributor's bare name and where it stands (byline, else headline), with role and affiliation from the byline. */
  people: Array<{ name: string; start: number; end: number; role?: string; affiliation?: string }>;
  /** The contributors' names for display: `A`, `A and B`, `A, B and C`. */
  contributor?: string;
  contributorRange?: { start: number; end: number };
  /** The first contributor's affiliation and role, for one-line displays. */
  affiliation?: string;
  role?: string;
  headline?: string;
  pullQuote?: string;
  pullQuoteRange?: { start: number; end: number };
  wordCount: number;
  paragraphs: number;
  parts: PartKind[];
  /** The distinct words `spelling` did not know (its `corpusWord`s), so the corpus stage can count them across takes. */
  unknownWords?: string[];
  /** The take's inline directives and what its own findings used of them (corpus findings are suppressed with these). */
  directives?: Directive[];
  /** What corpus rules gathered from the take while it was linted, by rule id (plain data). */
  data?: Record<string, unknown>;
}

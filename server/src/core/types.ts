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

/** A recognised part; body paragraphs are parts of kind `body`, one per paragraph. */
export interface Part extends Paragraph {
  kind: PartKind;
}

/** A person's name with any honorific split off. */
export interface PersonName extends Span {
  honorific?: Span;
  /** The bare name, honorific removed (same as `text` when there is none). */
  bare: Span;
}

export interface Headline extends Part {
  kind: 'headline';
  /** Text before the dash that follows the series name. */
  series?: Span;
  /** The dash between series and the rest, with the spaces around it. */
  dash?: Span;
  contributor?: PersonName;
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
  name?: PersonName;
  /** The verb joining name and role: `is`, `was`, `serves as` ... */
  verb?: Span;
  role?: Span;
  affiliation?: Span;
}

export interface ImageCredit extends Part {
  kind: 'imageCredit';
  label: Span;
  credit: Span;
}

/** A parsed take: every part it found, with offsets, and how the file is laid out. */
export interface Take {
  text: string;
  /** All non-blank lines, in order. */
  paragraphs: Paragraph[];
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
  contributor?: string;
  contributorRange?: { start: number; end: number };
  affiliation?: string;
  role?: string;
  headline?: string;
  pullQuote?: string;
  pullQuoteRange?: { start: number; end: number };
  wordCount: number;
  paragraphs: number;
  parts: PartKind[];
}

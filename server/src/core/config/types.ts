// The shape of `symposium.json`, as written and as resolved with defaults.
import type { SeverityOrOff } from '../types';

/** A rule's setting: a severity, or a severity with options. */
export type RuleSetting = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>];

export interface Override {
  files: string[];
  rules: Record<string, RuleSetting>;
}

/** `symposium.json` as written: every key optional. */
export interface SymposiumFile {
  $schema?: string;
  series?: string;
  question?: string;
  headline?: string;
  editorsNote?: string;
  imageCredit?: string;
  words?: { min?: number; max?: number };
  pullQuote?: { maxWords?: number };
  quotes?: 'curly' | 'straight';
  dashes?: 'closed' | 'spaced';
  headlineCase?: 'chicago' | 'ap' | 'off';
  spelling?: 'american' | 'british' | 'off';
  terms?: Record<string, string>;
  vocabulary?: string[];
  rules?: Record<string, RuleSetting>;
  overrides?: Override[];
  ignore?: string[];
}

/** The house style every rule reads: defaults filled in. */
export interface HouseStyle {
  series?: string;
  question?: string;
  headline?: string;
  editorsNote?: string;
  imageCredit?: string;
  words: { min: number; max: number };
  pullQuote: { maxWords: number };
  quotes: 'curly' | 'straight';
  dashes: 'closed' | 'spaced';
  headlineCase: 'chicago' | 'ap' | 'off';
  spelling: 'american' | 'british' | 'off';
  /** House terms: the form to avoid → the house form. */
  terms: Record<string, string>;
  /** Words every take may use: names, places, jargon. */
  vocabulary: string[];
}

export const DEFAULT_STYLE: HouseStyle = {
  words: { min: 300, max: 900 },
  pullQuote: { maxWords: 40 },
  quotes: 'curly',
  dashes: 'closed',
  headlineCase: 'chicago',
  spelling: 'off',
  terms: {},
  vocabulary: [],
};

/** A loaded symposium: its file, folder and house style. */
export interface Symposium {
  /** Absolute path of `symposium.json`, absent when a take has none. */
  filePath?: string;
  /** Folder the globs in `overrides` and `ignore` are relative to. */
  root: string;
  file: SymposiumFile;
  style: HouseStyle;
}

/** A problem in a configuration file, with where it is. */
export interface ConfigProblem {
  filePath: string;
  message: string;
  line: number;
  column: number;
  start: number;
  end: number;
}

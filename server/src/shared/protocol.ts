// Custom messages between the language server and its clients (the corpus preview draws on these).
import type { PartKind } from '../core';

export const CORPUS_REQUEST = 'commentary/corpus';
export const CORPUS_CHANGED = 'commentary/corpusChanged';
export const TAKE_TEMPLATE_REQUEST = 'commentary/takeTemplate';
export const TAKE_INFO_REQUEST = 'commentary/takeInfo';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface CorpusTake {
  uri: string;
  /** Path relative to the symposium folder. */
  file: string;
  /** Every contributor's name, `A and B` for co-authors. */
  contributor?: string;
  /** The first contributor's affiliation and role. */
  affiliation?: string;
  role?: string;
  /** Each contributor with their own role and affiliation, in byline order. */
  people: Array<{ name: string; role?: string; affiliation?: string }>;
  headline?: string;
  pullQuote?: string;
  wordCount: number;
  paragraphs: number;
  parts: PartKind[];
  counts: Counts;
  /** Where the first problem is, for "open at first problem". */
  firstProblem?: { line: number; character: number };
}

export interface CorpusSymposium {
  /** Folder URI of the symposium (where its symposium.json is, or the workspace folder). */
  root: string;
  /** URI of its symposium.json, when there is one. */
  config?: string;
  /** A problem with its symposium.json, if any. */
  configError?: string;
  series?: string;
  question?: string;
  words: { min: number; max: number };
  takes: CorpusTake[];
}

export interface CorpusResult {
  symposia: CorpusSymposium[];
}

export interface CorpusParams {
  /** Limit the answer to the symposium this take or folder belongs to. */
  uri?: string;
}

export interface TakeTemplateParams {
  /** The folder the new take goes into (its symposium.json gives the template). */
  folder: string;
  contributor: string;
}

export interface TakeTemplateResult {
  /** File name suggested for the take: the contributor's name as a slug, `.take`. */
  fileName: string;
  text: string;
}

export interface TakeInfoParams {
  uri: string;
}

/** One part of a take as the preview renders it. */
export interface TakePart {
  kind: PartKind;
  text: string;
  /** Zero-based line of the part in the document, for scrolling in step with the editor. */
  line: number;
}

export interface TakeInfo {
  uri: string;
  parts: TakePart[];
  contributor?: string;
  role?: string;
  affiliation?: string;
  wordCount: number;
  words: { min: number; max: number };
  counts: Counts;
}

/**
 * Server → client, in the browser (the web worker has no file system): the text of a workspace file, read with
 * `vscode.workspace.fs`. The server asks only for `symposium.json` files, walking up from a take.
 */
export const READ_FILE_REQUEST = 'commentary/readFile';

export interface ReadFileParams {
  /** The file's URI, in the scheme of the take's workspace (`file:`, `vscode-vfs:`, …). */
  uri: string;
}

/** The file's text; `missing` when there is no such file; `error` when it exists but cannot be read. */
export type ReadFileResult = { text: string } | { missing: true } | { error: string };

/** Server → client, in the browser: a Hunspell dictionary shipped in the extension (`dist/dictionaries/<locale>.aff|dic`). */
export const DICTIONARY_REQUEST = 'commentary/dictionary';

export interface DictionaryParams {
  locale: 'en-US' | 'en-GB';
}

/** The dictionary's two files as text, or null when the extension does not ship it. */
export type DictionaryResult = { aff: string; dic: string } | null;

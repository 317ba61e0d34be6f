// Custom messages between the language server and its clients (the corpus preview draws on these).
import type { PartKind } from '../core/types';

export const CORPUS_REQUEST = 'commentary/corpus';
export const CORPUS_CHANGED = 'commentary/corpusChanged';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface CorpusTake {
  uri: string;
  /** Path relative to the symposium folder. */
  file: string;
  contributor?: string;
  affiliation?: string;
  role?: string;
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

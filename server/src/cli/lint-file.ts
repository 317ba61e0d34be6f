// Lints (and fixes) one take: the unit of work a worker thread or the main thread runs.
import {
  RULES,
  fix,
  isCorpusRule,
  lineStarts,
  lint,
  type EffectiveRules,
  type Finding,
  type RuleSetting,
  type Symposium,
  type SymposiumId,
  type TakeSummary,
} from '../core';
import { lazySpellers } from '../node/spellers';
import { readTake } from './read';
import { removeStaleTemps, writeFixed } from './fix-write';

/** lint: report only; fix: write safe fixes; dry-run: compute fixes, write nothing. */
export type Mode = 'lint' | 'fix' | 'dry-run';

/** What every file of a run shares; plain data, so it can be handed to worker threads. */
export interface LintSetup {
  /** The symposium of every take of the run, by identity. */
  symposiums: Map<SymposiumId, Symposium>;
  ruleSettings: Record<string, RuleSetting>;
  mode: Mode;
  /** Keep the original and fixed text when fixes change a take (diffs, JSON `output`). */
  keepText: boolean;
  /** Takes larger than this many bytes are not read (--max-file-size; default 4 MiB). */
  maxFileBytes?: number;
  /** With --fix: the real paths of the folders given on the command line; only takes inside them are written. */
  fixRoots?: string[];
}

/** One take to lint and its symposium (a key of LintSetup.symposiums). */
export interface LintTask {
  filePath: string;
  symposium: SymposiumId;
}

/** A take that was read and linted; findings are for the fixed text when fixes were applied. */
export interface LintedFile {
  filePath: string;
  findings: Finding[];
  summary: TakeSummary;
  /** The settings of the corpus rules enabled for this take (all lintCorpus needs). */
  settings: EffectiveRules;
  /** Offsets where each line starts, to turn offsets into line and column. */
  lineStarts: number[];
  bom: boolean;
  /** Safe fixes changed the text (and, with --fix, it was written). */
  fixed: boolean;
  source?: string;
  output?: string;
}

/** A take that could not be read, decoded or written. */
export interface FailedFile {
  filePath: string;
  action: 'read' | 'write';
  /** The cause, e.g. "not valid UTF-8 (...)" or "ENOENT: no such file or directory". */
  error: string;
}

export type FileOutcome = LintedFile | FailedFile;

const CORPUS_RULE_IDS = RULES.filter(isCorpusRule).map((r) => r.meta.id);
/** The dictionaries of this process or worker, loaded when the first take that needs one asks. */
const SPELLERS = lazySpellers();

/** Lints one task with its symposium from the setup (on the main thread or a worker). */
export function lintTask(task: LintTask, setup: LintSetup): FileOutcome {
  return lintFile(task.filePath, setup.symposiums.get(task.symposium)!, setup);
}

/** Reads (unless `text` is given, as for stdin), lints, and in fix mode fixes one take. */
export function lintFile(filePath: string, symposium: Symposium, setup: LintSetup, text?: string): FileOutcome {
  if (text === undefined) {
    if (setup.mode === 'fix') removeStaleTemps(filePath);
    const read = readTake(filePath, setup.maxFileBytes);
    if ('error' in read) return { filePath, action: 'read', error: read.error };
    text = read.text;
  }
  const input = { rules: RULES, filePath, symposium, ruleSettings: setup.ruleSettings, spellers: SPELLERS };
  let final = text;
  let result;
  if (setup.mode === 'lint') result = lint(text, input);
  else {
    const fixed = fix(text, input);
    result = fixed.result;
    final = fixed.output;
    if (setup.mode === 'fix' && final !== text) {
      const error = writeFixed(filePath, final, setup.fixRoots);
      if (error) return { filePath, action: 'write', error };
    }
  }
  const changed = final !== text;
  return {
    filePath,
    findings: result.findings,
    summary: result.summary,
    settings: corpusRulesOnly(result.settings),
    lineStarts: lineStarts(final),
    bom: final.charCodeAt(0) === 0xfeff,
    fixed: changed,
    ...(changed && setup.keepText ? { source: text, output: final } : {}),
  };
}

/** Drops take rules from the effective rules: less to copy between threads, and lintCorpus reads only these. */
function corpusRulesOnly(settings: EffectiveRules): EffectiveRules {
  const out: EffectiveRules = new Map();
  for (const id of CORPUS_RULE_IDS) {
    const setting = settings.get(id);
    if (setting) out.set(id, setting);
  }
  return out;
}

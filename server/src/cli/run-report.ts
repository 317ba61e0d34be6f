// The run as every output format sees it: per-file reports with 1-based positions, and the helpers the formats share.
import { lineOf, type Edit, type RelatedLocation, type Severity, type Suggestion, type Symposium, type SymposiumId, type TakeSummary } from '../core';

/** One problem as every format shows it: 1-based lines, 1-based UTF-16 columns (a BOM is not a column). */
export interface Message {
  /** null for notes that come from no rule (an ignored file named on the command line). */
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The safe fix: offsets into the file text as read (BOM included). */
  fix?: Edit[];
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
}

/** Everything reported about one take. */
export interface FileReport {
  /** Absolute path (or "<stdin>"). */
  filePath: string;
  /** Path relative to the current folder, as shown to people. */
  displayPath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  lineStarts: number[];
  bom: boolean;
  source?: string;
  output?: string;
  /** The take's figures from the lint (contributors, headline, pull-quote, word count): the HTML landing page's cards. */
  summary?: TakeSummary;
  /** The symposium the take was linted in (absent for a take its symposium ignores). */
  symposium?: SymposiumId;
}

/** A take that could not be read or written: reported on stderr, and in JSON and SARIF as a file-level error. */
export interface Failure {
  filePath: string;
  displayPath: string;
  message: string;
  /** The symposium the take would have been linted in, when known. */
  symposium?: SymposiumId;
}

/** The whole run, as the formats see it. */
export interface RunReport {
  cwd: string;
  files: FileReport[];
  failures: Failure[];
  /** --fix-dry-run: show what the fixes would change. */
  dryRun: boolean;
  /** Every symposium of the run by identity (series names for the HTML report's sections). */
  symposia?: ReadonlyMap<SymposiumId, Symposium>;
}

export interface FormatContext {
  color: boolean;
  version: string;
}

/** Error, warning, info and fixable counts of a list of messages. */
export function countMessages(messages: Message[]): Pick<FileReport, 'errorCount' | 'warningCount' | 'infoCount' | 'fixableCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
    if (m.fix) fixableCount++;
  }
  return { errorCount, warningCount, infoCount, fixableCount };
}

/** Sums the counts of every file. */
export function totals(files: FileReport[]): Pick<FileReport, 'errorCount' | 'warningCount' | 'infoCount' | 'fixableCount'> {
  const sum = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  for (const f of files) {
    sum.errorCount += f.errorCount;
    sum.warningCount += f.warningCount;
    sum.infoCount += f.infoCount;
    sum.fixableCount += f.fixableCount;
  }
  return sum;
}

/** 1-based line and UTF-16 column of an offset; on the first line a BOM does not count as a column. */
export function position(file: { lineStarts: number[]; bom: boolean }, offset: number): { line: number; column: number } {
  const lo = lineOf(file.lineStarts, offset);
  const column = offset - file.lineStarts[lo] + 1 - (lo === 0 && file.bom && offset > 0 ? 1 : 0);
  return { line: lo + 1, column };
}

// Turns lint outcomes into per-file reports with 1-based positions, counts, and the chosen output format.
import { relative, sep } from 'node:path';
import { lineOf, type Edit, type RelatedLocation, type Severity, type Suggestion } from '../core';
import type { FormatName } from './args';
import type { FileOutcome, LintedFile } from './lint-file';
import { formatStylish } from './formats/stylish';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatGithub } from './formats/github';

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
}

/** A take that could not be read or written: reported on stderr, and in SARIF as a tool notification. */
export interface Failure {
  filePath: string;
  displayPath: string;
  message: string;
}

/** The whole run, as the formats see it. */
export interface RunReport {
  cwd: string;
  files: FileReport[];
  failures: Failure[];
  /** --fix-dry-run: show what the fixes would change. */
  dryRun: boolean;
}

export interface FormatContext {
  color: boolean;
  version: string;
}

/** Renders the run in the chosen format. */
export function formatReport(format: FormatName, run: RunReport, context: FormatContext): string {
  if (format === 'json') return formatJson(run);
  if (format === 'sarif') return formatSarif(run, context);
  if (format === 'github') return formatGithub(run);
  return formatStylish(run, context);
}

/** The report of a linted take; with `quiet` only errors are kept. */
export function fileReport(file: LintedFile, cwd: string, quiet: boolean): FileReport {
  const at = (offset: number) => position(file, offset);
  const messages: Message[] = [];
  for (const f of file.findings) {
    if (quiet && f.severity !== 'error') continue;
    const start = at(f.start);
    const end = at(f.end);
    messages.push({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.suggestions?.length ? { suggestions: f.suggestions } : {}),
      ...(f.related?.length ? { related: f.related } : {}),
    });
  }
  const report: FileReport = {
    filePath: file.filePath,
    displayPath: displayPath(file.filePath, cwd),
    messages,
    ...countMessages(messages),
    lineStarts: file.lineStarts,
    bom: file.bom,
  };
  if (file.output !== undefined) {
    report.source = file.source;
    report.output = file.output;
  }
  return report;
}

/** The report of a take named on the command line that its symposium ignores (as ESLint does). */
export function ignoredFileReport(filePath: string, cwd: string, quiet: boolean): FileReport {
  const note: Message = {
    ruleId: null,
    severity: 'warning',
    message: 'File ignored by the "ignore" globs of its symposium.json; use --no-ignore to lint it',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
  const messages = quiet ? [] : [note];
  return { filePath, displayPath: displayPath(filePath, cwd), messages, ...countMessages(messages), lineStarts: [0], bom: false };
}

/** Splits outcomes into reports and failures, in the order the files were given. */
export function buildRun(outcomes: FileOutcome[], cwd: string, quiet: boolean, dryRun: boolean): RunReport {
  const run: RunReport = { cwd, files: [], failures: [], dryRun };
  for (const o of outcomes) {
    if ('error' in o) {
      const shown = displayPath(o.filePath, cwd);
      run.failures.push({ filePath: o.filePath, displayPath: shown, message: `cannot ${o.action} ${shown}: ${o.error}` });
    } else run.files.push(fileReport(o, cwd, quiet));
  }
  return run;
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

/** A path as people see it: relative to the current folder, forward slashes; other drives stay absolute. */
export function displayPath(filePath: string, cwd: string): string {
  if (filePath === '<stdin>') return filePath;
  const rel = relative(cwd, filePath);
  return (rel === '' ? filePath : rel).split(sep).join('/');
}

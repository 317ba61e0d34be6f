// Turns lint outcomes into per-file reports with 1-based positions and counts (formats/ renders them).
import { relative, sep } from 'node:path';
import type { SymposiumId } from '../core';
import type { FileOutcome, LintedFile } from './lint-file';
import { countMessages, position, type Failure, type FileReport, type Message, type RunReport } from './run-report';

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
    summary: file.summary,
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

/** Splits outcomes into reports and failures, in the order the files were given; `symposiumOf[k]` is the symposium of outcome k. */
export function buildRun(outcomes: FileOutcome[], cwd: string, quiet: boolean, dryRun: boolean, symposiumOf: readonly SymposiumId[] = []): RunReport {
  const run: RunReport = { cwd, files: [], failures: [], dryRun };
  outcomes.forEach((o, k) => {
    if ('error' in o) {
      const shown = displayPath(o.filePath, cwd);
      const failure: Failure = { filePath: o.filePath, displayPath: shown, message: `cannot ${o.action} ${shown}: ${o.error}` };
      if (symposiumOf[k] !== undefined) failure.symposium = symposiumOf[k];
      run.failures.push(failure);
      return;
    }
    const report = fileReport(o, cwd, quiet);
    if (symposiumOf[k] !== undefined) report.symposium = symposiumOf[k];
    run.files.push(report);
  });
  return run;
}

/** A path as people see it: relative to the current folder, forward slashes; other drives stay absolute. */
export function displayPath(filePath: string, cwd: string): string {
  if (filePath === '<stdin>') return filePath;
  if (sep === '/' && isPlainPathBelow(filePath, cwd)) return filePath.slice(cwd.length + 1);
  const rel = relative(cwd, filePath);
  return (rel === '' ? filePath : rel).split(sep).join('/');
}

/** A path below `folder` with no `.`, `..` or empty segment after it, whose relative path is its rest (path.relative cost 2 µs a take). */
function isPlainPathBelow(filePath: string, folder: string): boolean {
  if (folder === '/' || !filePath.startsWith(folder) || filePath.charCodeAt(folder.length) !== 0x2f || filePath.length === folder.length + 1) return false;
  return !/\/\/|\/\.\.?(?:\/|$)/.test(filePath.slice(folder.length));
}

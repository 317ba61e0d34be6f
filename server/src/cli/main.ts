// The commentary-lint command (dist/cli.js): finds takes, lints them, reports, and sets the exit code.
import './v8-tuning';
import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { discover, toCorePath } from '../node';
import { parseCli, UsageError, type CliOptions } from './args';
import { ConfigResolver, describeConfig } from './config';
import { helpText } from './help';
import { listRules } from './list-rules';
import { runInit } from './init';
import { lintFile, type FileOutcome, type LintSetup, type LintTask } from './lint-file';
import { decodeTake, ioMessage } from './read';
import { addCorpusFindings, lintAll } from './run-lint';
import { LintWorkers, WORKER_THRESHOLD } from './lint-workers';
import { buildRun, displayPath, ignoredFileReport } from './report';
import { reportChunks } from './formats';
import type { RunReport } from './run-report';
import { fixRoots, writeReport } from './fix-write';
import { Progress } from './progress';
import { useColor } from './color';
import { writeChunks } from './output';

/** Runs the command and returns the exit code. */
async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return fail(`${e.message}\nRun 'commentary-lint --help' for usage.`);
  }
  if (options.help) return print(helpText(version));
  if (options.version) return print(`${version}\n`);
  if (options.listRules) return emit(listRules(options.format === 'json'), options);
  const cwd = process.cwd();
  if (options.init) return init(options, cwd);
  const resolver = new ConfigResolver(options.config && resolve(cwd, options.config));
  if (options.printConfig !== undefined) return printConfig(toCorePath(resolve(cwd, options.printConfig)), resolver, options, cwd);
  if (options.stdin) return lintStdin(options, resolver, cwd);
  return lintFiles(options, resolver, cwd);
}

/** The normal run: discover, lint (workers when many), corpus rules, report. */
async function lintFiles(options: CliOptions, resolver: ConfigResolver, cwd: string): Promise<number> {
  const workers = new LintWorkers();
  try {
    return await lintFound(options, resolver, cwd, workers);
  } finally {
    workers.stop();
  }
}

/** Discovers the takes (starting the worker threads once there are enough), lints them, runs the corpus rules and reports. */
async function lintFound(options: CliOptions, resolver: ConfigResolver, cwd: string, workers: LintWorkers): Promise<number> {
  const onFound = (n: number) => {
    if (n === WORKER_THRESHOLD + 1) workers.start();
  };
  const found = discover(options.patterns, { cwd, useIgnores: options.ignore, isIgnored: (p) => resolver.isIgnored(p), onFound });
  const tasks: LintTask[] = [];
  for (const c of found.files) {
    const resolved = c.ignored ? undefined : resolver.forTake(c.path);
    if (resolved) tasks.push({ filePath: c.path, symposium: resolved.id });
  }
  if (configFailed(resolver, cwd)) return 2;
  const unmatched = options.errorOnUnmatchedPattern ? found.unmatched : [];
  if (unmatched.length > 0) return fail(unmatched.join('\ncommentary-lint: '));
  const setup: LintSetup = {
    symposiums: resolver.symposiums,
    ruleSettings: options.rules,
    mode: options.fix ? 'fix' : options.fixDryRun ? 'dry-run' : 'lint',
    keepText: options.fixDryRun || options.format === 'json',
    maxFileBytes: options.maxFileBytes,
    ...(options.fix ? { fixRoots: fixRoots(options.patterns, cwd) } : {}),
  };
  const progress = new Progress(tasks.length);
  let outcomes: FileOutcome[];
  try {
    outcomes = await lintAll(tasks, setup, (done) => progress.update(done), workers);
  } finally {
    progress.done();
  }
  addCorpusFindings(tasks, outcomes);
  const symposiumOf = tasks.map((t) => t.symposium);
  const run = buildRun(outcomes, cwd, options.quiet, options.fixDryRun, symposiumOf);
  run.symposia = resolver.symposiums;
  for (const p of found.problems) {
    const shown = displayPath(p.path, cwd);
    run.failures.push({ filePath: p.path, displayPath: shown, message: `cannot search ${shown}: ${p.message}` });
  }
  const ignored = found.files.filter((c) => c.ignored).map((c) => ignoredFileReport(c.path, cwd, options.quiet));
  if (ignored.length > 0) run.files = [...run.files, ...ignored].sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
  return finish(run, options, countWarnings(outcomes) + ignored.length);
}

/** Lints standard input under --stdin-filename (or "<stdin>"); with --fix the fixed text goes to stdout. */
async function lintStdin(options: CliOptions, resolver: ConfigResolver, cwd: string): Promise<number> {
  const bytes = await readStdin();
  const filePath = options.stdinFilename !== undefined ? toCorePath(resolve(cwd, options.stdinFilename)) : '<stdin>';
  const shown = displayPath(filePath, cwd);
  const decoded = decodeTake(bytes);
  if ('error' in decoded) return fail(`cannot read ${shown}: ${decoded.error}`);
  const configPath = options.stdinFilename !== undefined ? filePath : resolve(cwd, 'stdin.take');
  const found = resolver.forTake(configPath);
  if (configFailed(resolver, cwd) || !found) return 2;
  if (options.ignore && options.stdinFilename !== undefined && resolver.isIgnored(filePath)) {
    if (options.fix && !(await writeOut(process.stdout, [decoded.text]))) return 2;
    const run: RunReport = { cwd, files: [ignoredFileReport(filePath, cwd, options.quiet)], failures: [], dryRun: false };
    return finish(run, options, 1, options.fix);
  }
  const setup: LintSetup = {
    symposiums: new Map([[found.id, found.symposium]]),
    ruleSettings: options.rules,
    mode: options.fix || options.fixDryRun ? 'dry-run' : 'lint',
    keepText: true,
  };
  const outcome = lintFile(filePath, found.symposium, setup, decoded.text);
  if (options.fix && !('error' in outcome) && !(await writeOut(process.stdout, [outcome.output ?? decoded.text]))) return 2;
  const run = buildRun([outcome], cwd, options.quiet, options.fixDryRun, [found.id]);
  run.symposia = setup.symposiums;
  return finish(run, options, countWarnings([outcome]), options.fix);
}

/** --init: writes the starter symposium.json and prints what it inferred. */
async function init(options: CliOptions, cwd: string): Promise<number> {
  const outcome = runInit({ folder: options.patterns[0], useIgnores: options.ignore, maxFileBytes: options.maxFileBytes }, cwd, version);
  process.stderr.write(outcome.stderr);
  return outcome.stdout && !(await writeOut(process.stdout, [outcome.stdout])) ? 2 : outcome.code;
}

/** Prints what --print-config shows for one take. */
async function printConfig(takePath: string, resolver: ConfigResolver, options: CliOptions, cwd: string): Promise<number> {
  const found = resolver.forTake(takePath);
  if (configFailed(resolver, cwd) || !found) return 2;
  const ignored = options.ignore && resolver.isIgnored(takePath);
  return emit(JSON.stringify(describeConfig(takePath, found.symposium, ignored, options.rules), null, 2) + '\n', options);
}

/** Writes the report, I/O failures and the warning limit message; returns the exit code. */
async function finish(run: RunReport, options: CliOptions, warnings: number, reportToStderr = false): Promise<number> {
  const toFile = options.output !== undefined;
  const stream = reportToStderr && !toFile ? process.stderr : process.stdout;
  const color = useColor(options.color, !toFile && stream.isTTY === true, process.env);
  const chunks = reportChunks(options.format, run, { color, version });
  if (toFile) {
    try {
      writeReport(resolve(run.cwd, options.output!), chunks);
    } catch (e) {
      return fail(`cannot write ${options.output}: ${ioMessage(e)}`);
    }
  } else if (!(await writeOut(stream, chunks))) return 2;
  for (const f of run.failures) process.stderr.write(`commentary-lint: ${f.message}\n`);
  if (run.failures.length > 0) return 2;
  if (run.files.some((f) => f.errorCount > 0)) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`commentary-lint: too many warnings (${warnings}, maximum ${options.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/** Prints every symposium.json problem as `path:line:col: error: message`; true when there were any. */
function configFailed(resolver: ConfigResolver, cwd: string): boolean {
  const problems = resolver.problems();
  for (const p of problems) process.stderr.write(`${displayPath(p.filePath, cwd)}:${p.line}:${p.column}: error: ${p.message}\n`);
  return problems.length > 0;
}

/** Warnings before --quiet hides them, for --max-warnings. */
function countWarnings(outcomes: FileOutcome[]): number {
  let n = 0;
  for (const o of outcomes) if (!('error' in o)) for (const f of o.findings) if (f.severity === 'warning') n++;
  return n;
}

/** Writes text to --output or stdout (list-rules, print-config); returns 0, or 2 when the file cannot be written. */
async function emit(text: string, options: CliOptions): Promise<number> {
  if (options.output === undefined) return print(text);
  try {
    writeReport(resolve(options.output), text);
    return 0;
  } catch (e) {
    return fail(`cannot write ${options.output}: ${ioMessage(e)}`);
  }
}

/** Writes to stdout; exit code 0, or 2 when it cannot be written. */
async function print(text: string): Promise<number> {
  return (await writeOut(process.stdout, [text])) ? 0 : 2;
}

/** Writes chunks to stdout or stderr; false (after a one-line message on stderr) when a write fails, as on a full disk or a closed pipe. */
async function writeOut(stream: NodeJS.WriteStream, chunks: Iterable<string>): Promise<boolean> {
  try {
    await writeChunks(stream, chunks);
    return true;
  } catch (e) {
    const name = stream === process.stdout ? 'standard output' : 'standard error';
    if (stream !== process.stderr) fail(`cannot write to ${name}: ${ioMessage(e)}`);
    return false;
  }
}

/** One line on stderr; exit code 2. */
function fail(message: string): number {
  process.stderr.write(`commentary-lint: ${message}\n`);
  return 2;
}

/** All of standard input, as bytes. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A failed write (a full disk, a closed pipe) is reported by writeOut, the one writer of stdout, as exit code 2;
// this listener keeps an error the stream emits again after that from being thrown.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`commentary-lint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);

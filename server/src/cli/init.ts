// commentary-lint --init [folder]: writes a starter symposium.json inferred from the takes in the folder, never over an existing one.
import { lstatSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SYMPOSIUM_FILE, inferDialect, inferSymposium, parseSymposium } from '../core';
import { discover, ioMessage, readTakeFile, toCorePath } from '../node';
import { lazySpellers } from '../node/spellers';
import { initReport } from './init-report';
import { schemaReference, starterFile, starterText } from './init-file';
import { displayPath } from './report';

/** Where to write, and the reading limits of the other options. */
export interface InitOptions {
  folder?: string;
  useIgnores: boolean;
  maxFileBytes: number;
}

/** What --init did: the exit code, and the lines for stdout and stderr. */
export interface InitOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Checks the folder, reads its takes, infers the shared values and writes symposium.json (exit 0), or says why not (exit 2). */
export function runInit(options: InitOptions, cwd: string, version: string): InitOutcome {
  const folder = resolve(cwd, options.folder ?? '.');
  const target = join(folder, SYMPOSIUM_FILE);
  const shown = displayPath(target, cwd);
  const shownFolder = folder === resolve(cwd) ? '.' : displayPath(folder, cwd);
  const problem = folderProblem(folder, target, shown, shownFolder);
  if (problem) return failed(problem);
  const { texts, skipped } = readTakes(folder, options, cwd);
  const inference = inferSymposium(texts);
  const dialect = inferDialect(texts, lazySpellers());
  const file = starterFile(inference, dialect, schemaReference(folder, version));
  const text = starterText(file);
  const parsed = parseSymposium(text, toCorePath(target), toCorePath(folder));
  if (parsed.problems.length > 0) return failed(`internal error: the starter file would be invalid (${parsed.problems[0].message}); nothing written`);
  try {
    writeFileSync(target, text, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return failed(code === 'EEXIST' ? exists(shown) : `cannot write ${shown}: ${ioMessage(e)}`);
  }
  const above = configAbove(folder);
  const note = above ? `Note: ${displayPath(above, cwd)} governed these takes; ${shown} now does instead.\n` : '';
  return { code: 0, stdout: initReport(shown, shownFolder, file, inference, dialect) + note, stderr: skipped.join('') };
}

/** The symposium.json above the folder that governed its takes until now, if any. */
function configAbove(folder: string): string | undefined {
  for (let dir = dirname(folder); ; dir = dirname(dir)) {
    const candidate = join(dir, SYMPOSIUM_FILE);
    if (isFile(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Why the file cannot be written there: the folder is missing or not a folder, or symposium.json exists (even as a broken link). */
function folderProblem(folder: string, target: string, shown: string, shownFolder: string): string | undefined {
  try {
    if (!statSync(folder).isDirectory()) return `--init: ${shownFolder} is not a folder`;
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return missing ? `--init: folder ${shownFolder} does not exist` : `--init: cannot use folder ${shownFolder}: ${ioMessage(e)}`;
  }
  try {
    lstatSync(target);
    return exists(shown);
  } catch {
    return undefined;
  }
}

/** The refusal to overwrite. */
function exists(shown: string): string {
  return `${shown} already exists; --init never overwrites it (edit it, or delete it and run --init again)`;
}

/** The texts of the folder's takes (not those under a nested symposium.json), and a stderr line per take that could not be read. */
function readTakes(folder: string, options: InitOptions, cwd: string): { texts: string[]; skipped: string[] } {
  const found = discover([folder], { cwd, useIgnores: options.useIgnores, isIgnored: () => false });
  const texts: string[] = [];
  const skipped: string[] = [];
  for (const c of found.files) {
    if (c.ignored || nestedSymposium(dirname(c.path), folder)) continue;
    const read = readTakeFile(c.path, { maxBytes: options.maxFileBytes });
    if ('error' in read) skipped.push(`commentary-lint: --init skipped ${displayPath(c.path, cwd)}: ${read.error}\n`);
    else texts.push(read.text);
  }
  return { texts, skipped };
}

/** True when a symposium.json between a take's folder and the target folder (exclusive) governs the take instead. */
function nestedSymposium(dir: string, folder: string): boolean {
  const top = toCorePath(folder);
  for (let d = toCorePath(dir); d !== top && d.startsWith(top + '/'); d = toCorePath(dirname(d))) {
    if (isFile(join(d, SYMPOSIUM_FILE))) return true;
  }
  return false;
}

/** True for an existing regular file (following links). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Exit code 2 with one line on stderr. */
function failed(message: string): InitOutcome {
  return { code: 2, stdout: '', stderr: `commentary-lint: ${message}\n` };
}

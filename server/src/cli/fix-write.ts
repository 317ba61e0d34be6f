// Writes files atomically (temp file in the same folder, then rename): fixed takes and --output reports.
import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { ioMessage } from './read';
import { writeChunksSync } from './output';

/**
 * Writes a fixed take over the original, keeping its mode (setuid/setgid included) and owner; returns an
 * error message or undefined. Only a regular file (not a symbolic link) whose real path is inside one of
 * `roots` (real paths of the folders linted) and that may be written is rewritten: atomically (temp file, rename)
 * when it has one name, in place when it has hard links, which a rename would split.
 */
export function writeFixed(filePath: string, text: string, roots?: string[]): string | undefined {
  try {
    const link = lstatSync(filePath);
    if (link.isSymbolicLink()) return 'is a symbolic link; not fixed';
    if (!link.isFile()) return 'is not a regular file; not fixed';
    const target = realpathSync(filePath);
    if (roots && !roots.some((root) => isInside(target, root))) return `is outside the folders being linted (${target}); not fixed`;
    const stat = statSync(target);
    if (!stat.isFile()) return 'is not a regular file; not fixed';
    if ((stat.mode & 0o222) === 0) return `is read-only (mode ${(stat.mode & 0o7777).toString(8).padStart(4, '0')}); not fixed`;
    accessSync(target, constants.W_OK);
    if (stat.nlink > 1) writeFileSync(target, text);
    else writeAtomic(target, text, { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid });
    return undefined;
  } catch (e) {
    return ioMessage(e);
  }
}

/**
 * The real paths of the folders the command line names, for writeFixed: a folder itself, a file's folder,
 * a glob's base folder; the current folder when there are no paths. Paths that do not exist add nothing.
 */
export function fixRoots(patterns: string[], cwd: string): string[] {
  const roots = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = resolve(cwd, pattern);
    let folder: string;
    try {
      folder = statSync(absolute).isDirectory() ? absolute : dirname(absolute);
    } catch {
      const scan = picomatch.scan(pattern);
      folder = resolve(cwd, scan.isGlob ? scan.base || '.' : dirname(pattern));
    }
    try {
      roots.add(realpathSync(folder));
    } catch {
      // Nothing there: nothing to write.
    }
  }
  return [...roots];
}

/** True when `path` is `root` or inside it (both real, native paths). */
function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Our temp files: `.<name>.commentary-lint-<pid>.tmp`. */
const TEMP_PATTERN = /^\..+\.commentary-lint-(\d+)\.tmp$/;

/** The temp file this process writes beside `target`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.commentary-lint-${process.pid}.tmp`);
}

/** Folders already swept by this thread. */
const swept = new Set<string>();

/**
 * Removes temp files of ours that a killed run left in the folder of `filePath` (once per folder): only
 * names matching `.<name>.commentary-lint-<pid>.tmp` whose process is no longer running.
 */
export function removeStaleTemps(filePath: string): void {
  const dir = dirname(filePath);
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_PATTERN.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    try {
      if (lstatSync(join(dir, name)).isFile()) unlinkSync(join(dir, name));
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/** Whether a process with this id exists (EPERM: it does, but belongs to someone else). */
function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes a report file, creating its folders, chunk by chunk (a report may be too big to be one string). A
 * regular file (or a new one) is replaced atomically, keeping an existing report's mode; anything else
 * (/dev/null, /dev/stdout, a FIFO) is written in place, never renamed over. Throws with the I/O cause
 * (ENOSPC on a full disk included).
 */
export function writeReport(filePath: string, content: string | Iterable<string>): void {
  const chunks = typeof content === 'string' ? [content] : content;
  if (!pathExists(filePath)) {
    mkdirSync(dirname(filePath), { recursive: true });
    writeAtomic(filePath, chunks);
    return;
  }
  const stat = statOrUndefined(filePath);
  if (stat?.isFile()) writeAtomic(realpathSync(filePath), chunks, { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid });
  else writeInPlace(filePath, chunks);
}

/** Opens a file that is not a regular one (a device, a FIFO) for writing and writes the chunks to it. */
function writeInPlace(filePath: string, chunks: Iterable<string>): void {
  const fd = openSync(filePath, 'w');
  try {
    writeChunksSync(fd, chunks);
  } finally {
    closeSync(fd);
  }
}

/** True when something (even a dangling symlink) is at the path. */
function pathExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The stat of what a path points to, or undefined (a dangling symlink). */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** What a rewritten file keeps of the file it replaces. */
interface Kept {
  mode: number;
  uid: number;
  gid: number;
}

/** Writes to a temp file beside the target and renames it over the target, so readers never see half a file. */
function writeAtomic(target: string, content: string | Iterable<string>, keep?: Kept): void {
  const temp = tempPathFor(target);
  // A leftover of an earlier process with our pid (pids are reused): ours by name, so it goes.
  try {
    if (lstatSync(temp).isFile()) unlinkSync(temp);
  } catch {
    // Nothing there.
  }
  try {
    if (typeof content === 'string') writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx', ...(keep ? { mode: keep.mode & 0o777 } : {}) });
    else {
      const fd = openSync(temp, 'wx', keep ? keep.mode & 0o777 : 0o666);
      try {
        writeChunksSync(fd, content);
      } finally {
        closeSync(fd);
      }
    }
    if (keep) {
      // chown first: changing the owner clears setuid/setgid, so the mode is set after it.
      keepOwner(temp, keep);
      chmodSync(temp, keep.mode);
    }
    renameSync(temp, target);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // The temp file was never created.
    }
    throw e;
  }
}

/** Gives the new file the original's owner when we may (root); otherwise the writer owns it, as with any editor. */
function keepOwner(path: string, owner: Kept): void {
  try {
    chownSync(path, owner.uid, owner.gid);
  } catch {
    // Not permitted for ordinary users: the file keeps the writer as owner.
  }
}

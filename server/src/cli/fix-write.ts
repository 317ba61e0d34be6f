// Writes files atomically (temp file in the same folder, then rename): fixed takes and --output reports.
import { chmodSync, chownSync, lstatSync, mkdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ioMessage } from './read';

/** Writes a fixed take over the original, keeping its mode and owner; returns an error message or undefined. */
export function writeFixed(filePath: string, text: string): string | undefined {
  try {
    const target = realpathSync(filePath);
    const stat = statSync(target);
    if (!stat.isFile()) return 'not a regular file, so it is not rewritten';
    writeAtomic(target, text, { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid });
    return undefined;
  } catch (e) {
    return ioMessage(e);
  }
}

/**
 * Writes a report file, creating its folders. A regular file (or a new one) is replaced atomically,
 * keeping an existing report's mode; anything else (/dev/null, /dev/stdout, a FIFO) is written in place,
 * never renamed over. Throws with the I/O cause.
 */
export function writeReport(filePath: string, text: string): void {
  if (!pathExists(filePath)) {
    mkdirSync(dirname(filePath), { recursive: true });
    writeAtomic(filePath, text);
    return;
  }
  const stat = statOrUndefined(filePath);
  if (stat?.isFile()) writeAtomic(realpathSync(filePath), text, { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid });
  else writeFileSync(filePath, text, 'utf8');
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
function writeAtomic(target: string, text: string, keep?: Kept): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx', ...(keep ? { mode: keep.mode } : {}) });
    if (keep) {
      chmodSync(temp, keep.mode);
      keepOwner(temp, keep);
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

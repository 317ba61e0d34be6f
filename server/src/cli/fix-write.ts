// Writes files atomically (temp file in the same folder, then rename): fixed takes and --output reports.
import { chmodSync, chownSync, mkdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ioMessage } from './read';

/** Writes a fixed take over the original, keeping its mode and owner; returns an error message or undefined. */
export function writeFixed(filePath: string, text: string): string | undefined {
  try {
    const target = realpathSync(filePath);
    const stat = statSync(target);
    writeAtomic(target, text, { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid });
    return undefined;
  } catch (e) {
    return ioMessage(e);
  }
}

/** Writes a report file, creating its folders and keeping an existing report's mode; throws with the I/O cause. */
export function writeReport(filePath: string, text: string): void {
  mkdirSync(dirname(filePath), { recursive: true });
  let keep: Kept | undefined;
  try {
    const stat = statSync(filePath);
    keep = { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid };
  } catch {
    // A new report: default mode (umask applies) and owner.
  }
  writeAtomic(filePath, text, keep);
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

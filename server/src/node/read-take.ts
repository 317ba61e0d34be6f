// Reads a take's bytes safely and decodes them: regular files only, at most a size cap, UTF-8 only.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';

/** The default size cap of a take: 4 MiB (the longest real takes are tens of KiB). */
export const DEFAULT_MAX_FILE_MIB = 4;
export const MIB = 1024 * 1024;

export type ReadResult = { text: string } | { error: string };
export type ReadBytesResult = { bytes: Buffer } | { error: string };

export interface ReadOptions {
  /** Files larger than this many bytes are refused (default 4 MiB). */
  maxBytes?: number;
  /** How to raise the cap, appended to the size error (the CLI: "raise it with --max-file-size"). */
  raiseHint?: string;
}

/** Reads and decodes a take; the error names the cause (I/O code, file kind, size or encoding), never throws. */
export function readTakeFile(filePath: string, options: ReadOptions = {}): ReadResult {
  const read = readIntoScratch(filePath, options);
  try {
    return 'error' in read ? read : decodeTake(read.bytes);
  } finally {
    releaseLargeScratch();
  }
}

/** Reads a take's bytes into a buffer of its own (see readIntoScratch). */
export function readTakeBytes(filePath: string, options: ReadOptions = {}): ReadBytesResult {
  const read = readIntoScratch(filePath, options);
  try {
    return 'error' in read ? read : { bytes: Buffer.from(read.bytes) };
  } finally {
    releaseLargeScratch();
  }
}

/** The first size of the reading buffer: most takes are a few KiB, and a bigger one grows it (doubling, up to the cap). */
const FIRST_READ_BYTES = 64 * 1024;
/** A buffer grown past this for one large take is dropped after it, so it does not stay in memory. */
const KEPT_READ_BYTES = 1024 * 1024;
/**
 * One reading buffer per thread, reused take after take: a fresh buffer per take cost more than the read
 * itself (10,000 takes: 150–200 ms against 130–140 ms on one thread, and more garbage to collect).
 */
let scratch: Buffer | undefined;

/** Drops the reading buffer when a large take grew it. */
function releaseLargeScratch(): void {
  if (scratch && scratch.length > KEPT_READ_BYTES) scratch = undefined;
}

/**
 * Reads a take's bytes into the thread's reading buffer (valid until the next read): the file is opened
 * without blocking (a FIFO cannot hang us) and read for at most cap + 1 bytes. A regular file costs open,
 * read and close; the file is fstat'ed only when something is unusual (nothing read, too much read, a read
 * error), to name what it is: a folder, a FIFO, a device, or a file over the cap (with its size).
 */
function readIntoScratch(filePath: string, options: ReadOptions): ReadBytesResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_MIB * MIB;
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return { error: ioMessage(e) };
  }
  try {
    let buffer = scratch && scratch.length <= maxBytes + 1 ? scratch : Buffer.allocUnsafe(Math.min(FIRST_READ_BYTES, maxBytes + 1));
    scratch = buffer;
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return { error: refusal(fd, length, maxBytes, options.raiseHint) ?? tooBig(length, maxBytes, options.raiseHint, true) };
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(bigger, 0, 0, length);
        scratch = buffer = bigger;
      }
    }
    const odd = length === 0 ? refusal(fd, length, maxBytes) : undefined;
    return odd ? { error: odd } : { bytes: buffer.subarray(0, length) };
  } catch (e) {
    return { error: refusal(fd, 0, maxBytes) ?? ioMessage(e) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Why an open file that read oddly is refused, from one fstat: it is not a regular file (a folder, a FIFO, a
 * device), or `read` passed the cap and the file's own size says by how much; undefined when neither holds.
 */
function refusal(fd: number, read: number, maxBytes: number, hint?: string): string | undefined {
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) return `is ${fileKind(stat)}, not a regular file`;
  return read > maxBytes && stat.size > maxBytes ? tooBig(stat.size, maxBytes, hint) : undefined;
}

/** "is 12 MiB, over the 4 MiB limit; raise it with --max-file-size". */
function tooBig(size: number, maxBytes: number, hint: string | undefined, atLeast = false): string {
  return `is ${atLeast ? 'over ' : ''}${mib(size)} MiB, over the ${mib(maxBytes)} MiB limit${hint ? `; ${hint}` : ''}`;
}

/** Bytes as MiB with at most one decimal. */
function mib(bytes: number): string {
  const v = bytes / MIB;
  return Number.isInteger(v) ? String(v) : v < 0.1 ? v.toPrecision(1) : String(Math.round(v * 10) / 10);
}

/** What a non-regular file is, for the error message. */
function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

/** Decodes UTF-8 (a UTF-8 BOM is kept in the text, as core offsets expect); anything else is an error. */
export function decodeTake(bytes: Buffer): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { error: 'is UTF-16 LE (it starts with a UTF-16 byte-order mark); save it as UTF-8' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { error: 'is UTF-16 BE (it starts with a UTF-16 byte-order mark); save it as UTF-8' };
  if (!isUtf8(bytes)) return { error: `not valid UTF-8 (${firstBadByte(bytes)}); save it as UTF-8` };
  if (bytes.indexOf(0) !== -1) return { error: 'contains NUL bytes: a binary file, or UTF-16 without a byte-order mark; save it as UTF-8' };
  return { text: bytes.toString('utf8') };
}

/** An I/O error as "CODE: what happened", without Node's repetition of the path. */
export function ioMessage(e: unknown): string {
  const message = (e as Error)?.message ?? String(e);
  return message.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '');
}

/** Where the first byte that breaks UTF-8 is, as "byte 0xFF at line 3, offset 120". */
function firstBadByte(bytes: Buffer): string {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || !isUtf8(bytes.subarray(i, i + length))) break;
    if (b === 0x0a) line++;
    i += length;
  }
  const hex = i < bytes.length ? `0x${bytes[i].toString(16).toUpperCase().padStart(2, '0')}` : 'end of file';
  return `byte ${hex} at line ${line}, offset ${i}`;
}

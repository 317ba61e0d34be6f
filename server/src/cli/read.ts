// Reads a take's bytes into text, refusing what is not UTF-8 with a reason a person can act on.
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';

export type ReadResult = { text: string } | { error: string };

/** Reads and decodes a take; the error names the cause (I/O code or encoding), never throws. */
export function readTake(filePath: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (e) {
    return { error: ioMessage(e) };
  }
  return decodeTake(bytes);
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

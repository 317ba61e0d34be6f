// Guards the stdio transport: checks every message header before vscode-jsonrpc's reader sees it, so a
// malformed Content-Length ends the server with a clear message instead of leaving it waiting for ever.
import { Transform, type TransformCallback } from 'node:stream';

/** The largest message accepted (bytes of content): far above any real LSP message, far below memory trouble. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** The longest header block accepted (bytes up to the blank line). */
export const MAX_HEADER_BYTES = 8 * 1024;

const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * A pass-through stream that follows the base protocol's framing (`Content-Length: n` headers, a blank line,
 * n bytes of content) and calls `fail` with a reason, passing nothing further, at the first header that is
 * not valid: no Content-Length, one that is not a decimal integer, one above MAX_MESSAGE_BYTES, or a header
 * block longer than MAX_HEADER_BYTES. Bytes are forwarded unchanged while the framing is sound.
 */
export class HeaderGuard extends Transform {
  /** Bytes of the current header block seen so far (while reading headers). */
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** Content bytes still to pass before the next header starts; -1 while reading a header. */
  private remaining = -1;
  private failed = false;

  constructor(private readonly fail: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.failed) return done();
    let at = 0;
    /** Where the message being read started in this chunk: what comes before it is forwarded even if it is bad. */
    let start = 0;
    while (at < chunk.length) {
      if (this.remaining >= 0) {
        const n = Math.min(this.remaining, chunk.length - at);
        at += n;
        this.remaining -= n;
        if (this.remaining === 0) {
          this.remaining = -1;
          start = at;
        }
        continue;
      }
      // Reading a header: find the blank line, which may straddle chunks (keep the last 3 bytes in view).
      const rest = chunk.subarray(at);
      const seen = this.header.length ? Buffer.concat([...this.header, rest]) : rest;
      const end = seen.indexOf(CRLF2, Math.max(0, this.headerBytes - 3));
      if (end < 0) {
        this.header.push(rest);
        this.headerBytes += rest.length;
        if (this.headerBytes > MAX_HEADER_BYTES)
          return this.reject(`a message header is longer than ${MAX_HEADER_BYTES} bytes`, chunk.subarray(0, start), done);
        at = chunk.length;
        continue;
      }
      if (end > MAX_HEADER_BYTES) return this.reject(`a message header is longer than ${MAX_HEADER_BYTES} bytes`, chunk.subarray(0, start), done);
      const problem = contentLength(seen.subarray(0, end).toString('ascii'));
      if (typeof problem === 'string') return this.reject(problem, chunk.subarray(0, start), done);
      at += end + CRLF2.length - this.headerBytes;
      this.header = [];
      this.headerBytes = 0;
      this.remaining = problem === 0 ? -1 : problem;
      if (problem === 0) start = at;
    }
    done(null, chunk);
  }

  /** Forwards the whole messages before the bad one, then stops forwarding and reports the problem. */
  private reject(reason: string, before: Buffer, done: TransformCallback): void {
    this.failed = true;
    done(null, before.length ? before : undefined);
    this.fail(reason);
  }
}

/** The Content-Length of a header block, or why the block is not acceptable. */
export function contentLength(block: string): number | string {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return `malformed message header line ${JSON.stringify(line.slice(0, 100))}`;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,15}$/.test(value)) return `Content-Length must be a non-negative decimal integer, not ${JSON.stringify(value.slice(0, 100))}`;
    length = Number(value);
    if (length > MAX_MESSAGE_BYTES) return `Content-Length ${length} is above the limit of ${MAX_MESSAGE_BYTES} bytes`;
  }
  return length === undefined ? 'a message header has no Content-Length' : length;
}

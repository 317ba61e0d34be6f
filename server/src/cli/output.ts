// Writing reports chunk by chunk, to a stream (stdout, stderr) or a file descriptor, with every write error surfaced.
import { writeSync } from 'node:fs';

/** Chunks are grouped into writes of about this many UTF-16 units. */
const BATCH = 1 << 16;

/** Groups small chunks into writes of about 64 Ki characters (a huge chunk passes as it is). */
export function* batched(chunks: Iterable<string>, size = BATCH): Generator<string> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  if (pending.length > 0) yield pending;
}

/**
 * Writes every chunk to an open file descriptor (a file being written, a device), all of it; throws the first I/O error.
 * A chunk is written as a string (Node encodes it without a Buffer of ours); only a short write (a pipe) encodes the rest.
 */
export function writeChunksSync(fd: number, chunks: Iterable<string>): void {
  for (const chunk of batched(chunks)) {
    const written = writeSync(fd, chunk);
    const total = Buffer.byteLength(chunk, 'utf8');
    if (written === total) continue;
    const bytes = Buffer.from(chunk, 'utf8');
    let done = written;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
  }
}

/**
 * Writes every chunk to a stream, waiting for 'drain' when it is full, and resolves once the last write is done.
 * Rejects with the first write error (ENOSPC on a full disk, EPIPE on a closed pipe): nothing is lost silently.
 */
export function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const it = batched(chunks)[Symbol.iterator]();
    let settled = false;
    const settle = (e?: unknown): void => {
      if (settled) return;
      settled = true;
      stream.removeListener('error', settle);
      stream.removeListener('drain', pump);
      if (e) reject(e instanceof Error ? e : new Error(typeof e === 'string' ? e : 'write failed'));
      else resolve();
    };
    const onWritten = (e?: Error | null): void => {
      if (e) settle(e);
    };
    const onLastWritten = (e?: Error | null): void => settle(e ?? undefined);
    let current: IteratorResult<string>;
    function pump(): void {
      try {
        while (!settled) {
          if (current.done) return settle();
          const chunk = current.value;
          current = it.next();
          const room = stream.write(chunk, current.done ? onLastWritten : onWritten);
          if (current.done) return;
          if (!room) {
            stream.once('drain', pump);
            return;
          }
        }
      } catch (e) {
        settle(e);
      }
    }
    stream.on('error', settle);
    try {
      current = it.next();
    } catch (e) {
      return settle(e);
    }
    pump();
  });
}

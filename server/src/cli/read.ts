// Reading takes lives in the Node layer (server/src/node/read-take.ts), shared with the language server; the CLI's names for it.
export { decodeTake, ioMessage, readTakeFile, DEFAULT_MAX_FILE_MIB, MIB, type ReadResult } from '../node';
import { readTakeFile, type ReadResult } from '../node';

/** Reads and decodes a take under the CLI's size cap (bytes), naming --max-file-size when it is too big. */
export function readTake(filePath: string, maxBytes?: number): ReadResult {
  return readTakeFile(filePath, { maxBytes, raiseHint: 'raise it with --max-file-size' });
}

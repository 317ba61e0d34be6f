// The server's host in Node: takes and symposium.json files on disk, file URIs, the dictionaries beside the bundle.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DISK, discover, readTakeBytes, toCorePath } from '../node';
import { lazySpellers } from '../node/spellers';
import type { ServerHost } from './host';

/** A host on the local file system: everything is read synchronously, so there is never anything to prepare. */
export function nodeHost(): ServerHost {
  return {
    ...DISK,
    readsDisk: true,
    toPath: (uri) => (uri.startsWith('file:') ? toCorePath(fileURLToPath(uri)) : undefined),
    toUri: (path) => pathToFileURL(path).href,
    spellers: lazySpellers(),
    prepare: () => undefined,
    forget: () => undefined,
    takesIn: (folder, ignored) => discover([folder], { cwd: folder, useIgnores: true, isIgnored: ignored }).files.map((c) => c.path),
    readTake(path) {
      // Regular files only, at most 4 MiB: a FIFO or a link to /dev/zero in the workspace must not hang or flood the server.
      const read = readTakeBytes(path);
      return 'error' in read ? read : { text: read.bytes.toString('utf8') };
    },
  };
}

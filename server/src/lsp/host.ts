// What the language server needs from the platform it runs on: the Node process (files on disk) or a browser's web
// worker (files read through the client). The server and its features are the same on both; each entry point
// installs its host once, before the server starts (as vscode-jsonrpc installs its runtime).
import type { FinderIO, Spellers } from '../core';

/** The platform side of the server: paths, file reads, dictionaries, take discovery. */
export interface ServerHost extends FinderIO {
  /** True when takes can be read from disk: the whole-workspace scan and closed takes need it. */
  readonly readsDisk: boolean;
  /** The '/'-separated path the core uses for a document URI, or undefined when the URI names no file. */
  toPath(uri: string): string | undefined;
  /** The URI of a path made by `toPath` (or by the core from such paths). */
  toUri(path: string): string;
  /** The dictionaries of the spelling rules (a dialect is absent while it is not loaded). */
  readonly spellers: Spellers;
  /**
   * Gets ready to lint the take at `uri`: a host that reads asynchronously loads its symposium.json (and that
   * symposium's dictionary) now, so the synchronous lint finds them. Resolves to true when it learned something
   * new (cached lookups are then stale); undefined when there is nothing to wait for.
   */
  prepare(uri: string): Promise<boolean> | undefined;
  /** Forgets every file read, after a symposium.json changed. */
  forget(): void;
  /** The takes under a folder, as the CLI finds them (`ignored` says which a symposium leaves out). */
  takesIn(folder: string, ignored: (path: string) => boolean): string[];
  /** A take's text from disk, or why it cannot be read. */
  readTake(path: string): { text: string } | { error: string };
}

let installed: ServerHost | undefined;

/** Sets the host; called once by an entry point (main.ts, browser-main.ts) or a test before anything asks for it. */
export function installHost(host: ServerHost): void {
  installed = host;
}

/** The installed host; asking before an entry point installed one is a programming error. */
export function host(): ServerHost {
  if (!installed) throw new Error('commentary-lint: no server host installed (call installHost from the entry point)');
  return installed;
}

// The server's host in a browser's web worker: no file system, so symposium.json files and the dictionaries are
// read through the client (custom requests it answers with vscode.workspace.fs), before a take is linted.
import nspell from 'nspell';
import type { Connection } from 'vscode-languageserver';
import { SYMPOSIUM_FILE, childPath, parseSymposium, type Dialect, type Speller } from '../core';
import {
  DICTIONARY_REQUEST,
  READ_FILE_REQUEST,
  type DictionaryParams,
  type DictionaryResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../shared/protocol';
import { pathUri, uriParent, uriPath } from './browser-paths';
import type { ServerHost } from './host';

const LOCALES: Record<Dialect, DictionaryParams['locale']> = { american: 'en-US', british: 'en-GB' };

/** A host that reads through the client; `log` reports reads that failed and what the browser cannot do. */
export function browserHost(connection: Connection, log: (message: string) => void): ServerHost {
  /** symposium.json texts by path: a string, or null when there is none (or it could not be read). */
  const texts = new Map<string, string | null>();
  /** The reason a symposium.json that exists could not be read. */
  const unreadable = new Map<string, string>();
  const reads = new Map<string, Promise<void>>();
  const dialects = new Map<string, Dialect | null>();
  const speller = new Map<Dialect, Speller>();
  const loading = new Map<Dialect, Promise<void>>();
  /** Dialects whose load has finished, loaded or not: a missing dictionary is asked for once, not on every keystroke. */
  const tried = new Set<Dialect>();
  /** The missing workspace scan is explained once, not on every re-index. */
  let toldNoScan = false;

  /** Reads one symposium.json candidate into the cache (once, however many takes ask). */
  function fetchText(file: string): Promise<void> {
    let read = reads.get(file);
    if (!read) {
      read = connection
        .sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri: pathUri(file) } satisfies ReadFileParams)
        .then((answer) => {
          if ('text' in answer) texts.set(file, answer.text);
          else {
            texts.set(file, null);
            if ('error' in answer) unreadable.set(file, answer.error);
          }
        })
        .catch((e: unknown) => {
          texts.set(file, null);
          log(`cannot read ${file} through the client: ${(e as Error).message}`);
        });
      reads.set(file, read);
    }
    return read;
  }

  /** Loads a dialect's dictionary from the extension (once). */
  function loadDictionary(dialect: Dialect): Promise<void> {
    let load = loading.get(dialect);
    if (!load) {
      load = connection
        .sendRequest<DictionaryResult>(DICTIONARY_REQUEST, { locale: LOCALES[dialect] } satisfies DictionaryParams)
        .then((files) => {
          if (!files) return log(`the ${LOCALES[dialect]} dictionary is not available: spelling is not checked`);
          const d = nspell(files.aff, files.dic);
          speller.set(dialect, { correct: (w) => d.correct(w), suggest: (w) => d.suggest(w) });
        })
        .catch((e: unknown) => log(`cannot load the ${LOCALES[dialect]} dictionary: ${(e as Error).message}`))
        .finally(() => tried.add(dialect));
      loading.set(dialect, load);
    }
    return load;
  }

  /** The nearest symposium.json at or above a take's folder as far as the cache knows, and the candidates not read yet. */
  function walk(takePath: string): { found?: string; unknown: string[] } {
    const unknown: string[] = [];
    for (let d = uriParent(takePath); d !== undefined; d = uriParent(d)) {
      const file = childPath(d, SYMPOSIUM_FILE);
      const text = texts.get(file);
      if (typeof text === 'string' || unreadable.has(file)) return { found: file, unknown };
      if (text === undefined) unknown.push(file);
    }
    return { unknown };
  }

  /** The dialect a symposium.json asks for, if it parses (parsed once per file, not on every keystroke). */
  function dialectOf(file: string): Dialect | undefined {
    if (!dialects.has(file)) {
      const text = texts.get(file);
      const spelling = text ? parseSymposium(text, file, uriParent(file) ?? file).symposium?.style.spelling : undefined;
      dialects.set(file, spelling && spelling !== 'off' ? spelling : null);
    }
    return dialects.get(file) ?? undefined;
  }

  return {
    readsDisk: false,
    isFile: (path) => typeof texts.get(path) === 'string' || unreadable.has(path),
    readText(path) {
      const text = texts.get(path);
      if (typeof text === 'string') return text;
      throw new Error(unreadable.get(path) ?? 'not read yet');
    },
    parent: uriParent,
    toPath: uriPath,
    toUri: pathUri,
    spellers: {
      get american() {
        return speller.get('american');
      },
      get british() {
        return speller.get('british');
      },
    },
    prepare(uri) {
      const path = uriPath(uri);
      if (!path) return undefined;
      const first = walk(path);
      const needsDictionary = (file: string | undefined) => {
        const dialect = file ? dialectOf(file) : undefined;
        return dialect && !tried.has(dialect) ? dialect : undefined;
      };
      if (first.unknown.length === 0 && !needsDictionary(first.found)) return undefined;
      return (async () => {
        // Nearest first: the walk stops at the first symposium.json found.
        for (const file of first.unknown) {
          await fetchText(file);
          if (typeof texts.get(file) === 'string' || unreadable.has(file)) break;
        }
        const dialect = needsDictionary(walk(path).found);
        if (dialect) await loadDictionary(dialect);
        return true;
      })();
    },
    forget() {
      texts.clear();
      unreadable.clear();
      reads.clear();
      dialects.clear();
    },
    takesIn() {
      if (!toldNoScan) log('in the browser only open takes are linted: the whole-workspace scan (commentary.lintWorkspace) needs a disk');
      toldNoScan = true;
      return [];
    },
    readTake: () => ({ error: 'the web extension reads no takes from disk (only open takes are linted)' }),
  };
}

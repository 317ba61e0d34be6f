// The web extension's language client (vscode.dev, github.dev): the server runs in a web worker, and the client
// reads for it what a worker cannot reach — symposium.json files (workspace file system) and the dictionaries.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import {
  DICTIONARY_REQUEST,
  READ_FILE_REQUEST,
  type DictionaryParams,
  type DictionaryResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../../server/src/shared/protocol';
import { clientOptions } from './client-options';

/** The Worker constructor of the web extension host (the project compiles without the DOM library). */
type WorkerConstructor = new (url: string, options?: { name?: string }) => object;

/** The only workspace files the server may ask for. */
const SYMPOSIUM_FILE = '/symposium.json';
const LOCALES: ReadonlySet<string> = new Set<DictionaryParams['locale']>(['en-US', 'en-GB']);
/** UTF-8 with a BOM kept in the text, as Node's reader keeps it (the server's offsets count it). */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Creates (not starts) the client: dist/browser-server.js in a web worker, file reads answered here. */
export function createBrowserClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const Worker = (globalThis as unknown as { Worker: WorkerConstructor }).Worker;
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser-server.js').toString(true), { name: 'commentary-lint' });
  const client = new LanguageClient('commentary', 'Commentary Lint', worker, clientOptions(context, output));
  client.onRequest(READ_FILE_REQUEST, (p: ReadFileParams) => readSymposiumFile(p.uri));
  client.onRequest(DICTIONARY_REQUEST, (p: DictionaryParams) => readDictionary(context.extensionUri, p.locale));
  return client;
}

/** A symposium.json's text through the workspace file system (any scheme: file, vscode-vfs, …). */
export async function readSymposiumFile(uri: string): Promise<ReadFileResult> {
  const target = vscode.Uri.parse(uri);
  if (!target.path.endsWith(SYMPOSIUM_FILE)) return { error: 'the server may read symposium.json files only' };
  try {
    return { text: UTF8.decode(await vscode.workspace.fs.readFile(target)) };
  } catch (e) {
    const code = e instanceof vscode.FileSystemError ? e.code : '';
    if (code === 'FileNotFound' || code === 'FileIsADirectory' || code === 'FileNotADirectory') return { missing: true };
    return { error: (e as Error).message };
  }
}

/** A dictionary shipped in the extension (dist/dictionaries), or null when it is not there. */
export async function readDictionary(extensionUri: vscode.Uri, locale: string): Promise<DictionaryResult> {
  if (!LOCALES.has(locale)) return null;
  const file = (ext: string) => vscode.Uri.joinPath(extensionUri, 'dist', 'dictionaries', `${locale}.${ext}`);
  try {
    const [aff, dic] = await Promise.all([vscode.workspace.fs.readFile(file('aff')), vscode.workspace.fs.readFile(file('dic'))]);
    return { aff: UTF8.decode(aff), dic: UTF8.decode(dic) };
  } catch {
    return null;
  }
}

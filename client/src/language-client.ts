// Starts the language server (dist/server.js) for takes and keeps one client for the extension's life.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions } from './client-options';

export { LANGUAGE_ID } from './client-options';

/** Creates (not starts) the client: the server runs in Node over IPC, takes in any scheme are served. */
export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return new LanguageClient('commentary', 'Commentary Lint', serverOptions, clientOptions(context, output));
}

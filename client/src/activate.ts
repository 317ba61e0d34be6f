// Activation shared by the desktop and the web extension: starts a language client, then wires commands, status bar
// and previews to it. Only how the client reaches its server differs (a Node process, or a web worker).
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { CORPUS_VIEW, CorpusPanel } from './corpus-panel';
import { TakeStatus } from './status-bar';
import { TakePreview } from './take-preview';

/** What the extension hands to other extensions and to its own tests. */
export interface CommentaryApi {
  client(): BaseLanguageClient | undefined;
  corpus: CorpusPanel;
  preview: TakePreview;
  status: TakeStatus;
}

/** Makes (not starts) the language client of one platform. */
export type ClientFactory = (context: vscode.ExtensionContext, output: vscode.LogOutputChannel) => BaseLanguageClient;

let client: BaseLanguageClient | undefined;

/** Starts everything; the client starts in the background so activation never blocks on the server. */
export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<CommentaryApi> {
  const output = vscode.window.createOutputChannel('Commentary Lint', { log: true });
  const corpus = new CorpusPanel(context.extensionUri, () => client);
  const preview = new TakePreview(context.extensionUri, () => client);
  const status = new TakeStatus(() => client);
  const start = async () => {
    client = createClient(context, output);
    corpus.attach(client);
    await client.start();
    status.schedule();
  };
  const restart = async () => {
    await client?.stop();
    await start();
    output.info('language server restarted');
  };
  context.subscriptions.push(
    output,
    corpus,
    preview,
    status,
    ...registerCommands({ client: () => client, restart, output, corpus, preview }),
    vscode.window.registerWebviewPanelSerializer(CORPUS_VIEW, {
      deserializeWebviewPanel: (panel) => {
        corpus.adopt(panel);
        return Promise.resolve();
      },
    }),
    { dispose: () => void client?.stop() },
  );
  await start();
  return { client: () => client, corpus, preview, status };
}

/** Stops the server with the extension. */
export async function deactivateClient(): Promise<void> {
  await client?.stop();
  client = undefined;
}

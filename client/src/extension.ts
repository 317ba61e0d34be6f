// Activation: starts the language server, then wires commands, status bar and previews to it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { CORPUS_VIEW, CorpusPanel } from './corpus-panel';
import { createClient } from './language-client';
import { TakeStatus } from './status-bar';
import { TakePreview } from './take-preview';

/** What the extension hands to other extensions and to its own tests. */
export interface CommentaryApi {
  client(): LanguageClient | undefined;
  corpus: CorpusPanel;
  preview: TakePreview;
  status: TakeStatus;
}

let client: LanguageClient | undefined;

/** Starts everything; the client starts in the background so activation never blocks on the server. */
export async function activate(context: vscode.ExtensionContext): Promise<CommentaryApi> {
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
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

// The language server itself, on any transport: wires LSP messages to the server and its features. The Node
// entry (main.ts) and the web-worker entry (browser-main.ts) each make a connection, install their host and call this.
import { CodeActionKind, ErrorCodes, ResponseError, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { CORPUS_REQUEST, TAKE_INFO_REQUEST, TAKE_TEMPLATE_REQUEST, type CorpusParams, type TakeInfoParams, type TakeTemplateParams } from '../shared/protocol';
import { codeActions, FIX_ALL_KIND } from './features/code-actions';
import { codeLenses } from './features/code-lens';
import { completion } from './features/completion';
import { corpus } from './features/corpus';
import { foldingRanges } from './features/folding';
import { formatDocument, formatDocumentRange } from './features/formatting';
import { hover } from './features/hover';
import { takeInfo } from './features/take-info';
import { takeTemplate } from './features/take-template';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { CommentaryServer } from './server';

declare const VERSION: string;

/** Serves LSP on a connection (the host must be installed first); returns the error logger, for the entry's last-resort handlers. */
export function serve(connection: Connection): (where: string, e: unknown) => void {
  const server = new CommentaryServer(connection);

  /** Logs an error that escaped a handler instead of letting it end the process. */
  function report(where: string, e: unknown): void {
    connection.console.error(`${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }

  /** True once `initialize` has been received: requests before it are refused, as the protocol asks. */
  let initializeReceived = false;

  /** The error every request before `initialize` gets (ServerNotInitialized, -32002). */
  function notInitialized(method: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.ServerNotInitialized, `${method}: the server has not been initialized (send initialize first)`);
  }

  /** Wraps a request handler so that before `initialize` it answers error -32002 instead of running. */
  function guarded<P, R>(name: string, handler: (p: P) => R): (p: P) => R | ResponseError<void> {
    return (p: P) => (initializeReceived ? handler(p) : notInitialized(name));
  }

  /** Wraps a request handler so a throw becomes a logged error and an empty answer, not a dead server. */
  function safe<P, R>(name: string, fallback: R, handler: (p: P) => R): (p: P) => R | ResponseError<void> {
    return (p: P) => {
      if (!initializeReceived) return notInitialized(name);
      try {
        return handler(p);
      } catch (e) {
        report(name, e);
        return fallback;
      }
    };
  }

  connection.onInitialize((params): InitializeResult => {
    initializeReceived = true;
    server.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        documentSymbolProvider: { label: 'Take' },
        workspaceSymbolProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [], resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeLensProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'commentary-language-server', version: typeof VERSION === 'string' ? VERSION : '0.0.0' },
    };
  });

  connection.onInitialized(() => {
    server.initialized().catch((e) => report('initialized', e));
    // Only a client that declared workspace.workspaceFolders sends folder changes; subscribing otherwise
    // throws inside vscode-languageserver ("Client doesn't support sending workspace folder change events").
    if (server.watchesFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        server.foldersChanged(e.added, e.removed).catch((x) => report('workspace folders', x));
      });
    }
  });

  server.documents.onDidChangeContent((e) => server.scheduleLint(e.document.uri));
  server.documents.onDidClose((e) => server.documentClosed(e.document.uri));
  connection.onDidChangeConfiguration((p) => server.settingsChanged(p.settings).catch((e) => report('configuration', e)));
  connection.onDidChangeWatchedFiles((p) => server.filesChanged(p.changes).catch((e) => report('watched files', e)));

  connection.onCodeAction(safe('codeAction', [], (p) => codeActions(server, p)));
  connection.onDocumentSymbol(
    safe('documentSymbol', [], (p) => {
      const s = server.stateFor(p.textDocument.uri);
      return s ? documentSymbols(s) : [];
    }),
  );
  connection.onWorkspaceSymbol(safe('workspaceSymbol', [], (p) => workspaceSymbols(server, p)));
  connection.onHover(safe('hover', null, (p) => hover(server, p)));
  connection.onCompletion(safe('completion', [], (p) => completion(server, p)));
  connection.onDocumentFormatting(safe('formatting', [], (p) => formatDocument(server, p)));
  connection.onDocumentRangeFormatting(safe('rangeFormatting', [], (p) => formatDocumentRange(server, p)));
  connection.onCodeLens(safe('codeLens', [], (p) => codeLenses(server, p)));
  connection.onFoldingRanges(safe('foldingRange', [], (p) => foldingRanges(server, p)));
  connection.onRequest(
    CORPUS_REQUEST,
    safe('corpus', { symposia: [] }, (p: CorpusParams) => corpus(server, p)),
  );
  connection.onRequest(
    TAKE_INFO_REQUEST,
    safe('takeInfo', null, (p: TakeInfoParams) => takeInfo(server, p)),
  );
  connection.onRequest(
    TAKE_TEMPLATE_REQUEST,
    guarded('takeTemplate', async (p: TakeTemplateParams) => {
      // In the browser the folder's symposium.json may not have been read yet: a take in it would read it first.
      await server.prepare([`${p.folder.replace(/\/$/, '')}/new.take`]);
      return takeTemplate(server, p);
    }),
  );
  connection.onShutdown(guarded('shutdown', () => server.shutdown()));
  // Any other request: ServerNotInitialized before initialize, MethodNotFound after.
  connection.onRequest((method: string) =>
    initializeReceived ? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`) : notInitialized(method),
  );

  server.documents.listen(connection);
  connection.listen();
  return report;
}

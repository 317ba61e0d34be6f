// Entry point of the language server in a browser's web worker (vscode.dev, github.dev): the postMessage transport
// of vscode-languageserver/browser and the host that reads symposium.json and dictionaries through the client.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { browserHost } from './browser-host';
import { installHost } from './host';
import { serve } from './serve';

/** The worker's global scope, as far as this file uses it (the project compiles without the DOM library). */
interface WorkerScope {
  setImmediate?: (callback: () => void) => unknown;
  addEventListener(type: 'unhandledrejection', listener: (e: { reason: unknown }) => void): void;
  addEventListener(type: 'error', listener: (e: { error: unknown; message: string }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
// The server yields between chunks of work with setImmediate, which only Node has; a zero timeout does the same here.
scope.setImmediate ??= (callback) => setTimeout(callback, 0);

const connection = createConnection(new BrowserMessageReader(scope as never), new BrowserMessageWriter(scope as never));
installHost(browserHost(connection, (message) => connection.console.warn(message)));
const report = serve(connection);
scope.addEventListener('unhandledrejection', (e) => report('unhandled rejection', e.reason));
scope.addEventListener('error', (e) => report('uncaught exception', e.error ?? e.message));

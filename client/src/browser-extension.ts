// Activation of the web extension (vscode.dev, github.dev): the same extension, its language server in a web worker.
import type * as vscode from 'vscode';
import { activateWith, deactivateClient, type CommentaryApi } from './activate';
import { createBrowserClient } from './browser-client';

/** Starts the extension with the language server in a web worker. */
export function activate(context: vscode.ExtensionContext): Promise<CommentaryApi> {
  return activateWith(context, createBrowserClient);
}

/** Stops the server with the extension. */
export function deactivate(): Promise<void> {
  return deactivateClient();
}

// Activation of the desktop extension: the language server runs as a Node process (dist/server.js).
import type * as vscode from 'vscode';
import { activateWith, deactivateClient, type CommentaryApi } from './activate';
import { createClient } from './language-client';

export type { CommentaryApi };

/** Starts the extension with a Node language server. */
export function activate(context: vscode.ExtensionContext): Promise<CommentaryApi> {
  return activateWith(context, createClient);
}

/** Stops the server with the extension. */
export function deactivate(): Promise<void> {
  return deactivateClient();
}

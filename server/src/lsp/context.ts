// What every feature handler needs from the running server.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommentarySettings } from '../shared/settings';
import type { TakeState, TakeStore } from './takes';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  store: TakeStore;
  /** The settings that apply to a take (its workspace folder's), or the unscoped ones without a URI. */
  settings(uri?: string): CommentarySettings;
  /** The up-to-date state of an open or indexed take; lints an open document whose result is stale. */
  stateFor(uri: string): TakeState | undefined;
}

// Shared pieces of the extension tests: the API, the sample workspace, and waiting on events with timeouts.
import * as vscode from 'vscode';
import type { CommentaryApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'commentary-lint.commentary-lint';

/** The activated extension's API. */
export async function api(): Promise<CommentaryApi> {
  const ext = vscode.extensions.getExtension<CommentaryApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/** A file of the workspace (a copy of samples/ the runner made). */
export function sample(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves with `check()`'s value once it is truthy, re-checked on an event; fails after `ms`. */
export function waitFor<T>(what: string, event: vscode.Event<unknown>, check: () => T | undefined | false | null, ms = 30000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      const v = check();
      if (!v) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

/** Waits until a document's diagnostics satisfy `pred`. */
export function diagnostics(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean, ms?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `diagnostics of ${uri.path}`,
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const d = vscode.languages.getDiagnostics(uri);
      return pred(d) ? d : undefined;
    },
    ms,
  );
}

/** The rule id of a diagnostic. */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Opens a sample in an editor. */
export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(sample(name));
  return vscode.window.showTextDocument(doc);
}

// The extension's commands: new take, previews, fix all, restart, output.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { TAKE_TEMPLATE_REQUEST, type TakeTemplateResult } from '../../server/src/shared/protocol';
import type { CorpusPanel } from './corpus-panel';
import { LANGUAGE_ID } from './client-options';
import type { TakePreview } from './take-preview';

export interface CommandDeps {
  client(): LanguageClient | undefined;
  restart(): Promise<void>;
  output: vscode.OutputChannel;
  corpus: CorpusPanel;
  preview: TakePreview;
}

/** Registers every command; returns their disposables. */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('commentary.newTake', (folder?: vscode.Uri, contributor?: string) => newTake(deps, folder, contributor)),
    vscode.commands.registerCommand('commentary.openCorpusPreview', () => deps.corpus.show()),
    vscode.commands.registerCommand('commentary.previewTake', (uri?: vscode.Uri) => previewTake(deps, uri)),
    vscode.commands.registerCommand('commentary.fixAll', () => fixAll()),
    vscode.commands.registerCommand('commentary.restartServer', () => deps.restart()),
    vscode.commands.registerCommand('commentary.showOutput', () => deps.output.show(true)),
  ];
}

/** The folder a new take goes into: the active take's folder, the given one, or a workspace folder. */
async function targetFolder(given?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (given) return given;
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === LANGUAGE_ID && active.uri.scheme !== 'untitled') return vscode.Uri.joinPath(active.uri, '..');
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder of the symposium' }))?.uri;
}

/** Asks for the contributor and writes a take with every part in place, from the symposium's template. */
async function newTake(deps: CommandDeps, folderArg?: vscode.Uri, contributorArg?: string): Promise<vscode.Uri | undefined> {
  const folder = await targetFolder(folderArg);
  const client = deps.client();
  if (!folder || !client) {
    void vscode.window.showErrorMessage('Commentary: open a folder (and let the language server start) to create a take.');
    return undefined;
  }
  const contributor =
    contributorArg ??
    (await vscode.window.showInputBox({
      title: 'New take',
      prompt: 'The contributor’s name, as it appears in the headline',
      placeHolder: 'Zhu Feng',
      validateInput: (v) => (v.trim() ? undefined : 'A name is needed'),
    }));
  if (!contributor?.trim()) return undefined;
  const t = await client.sendRequest<TakeTemplateResult>(TAKE_TEMPLATE_REQUEST, { folder: folder.toString(), contributor });
  const target = vscode.Uri.joinPath(folder, t.fileName);
  try {
    await vscode.workspace.fs.stat(target);
    void vscode.window.showErrorMessage(`Commentary: ${t.fileName} already exists; nothing was written.`);
    return undefined;
  } catch {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(t.text));
  }
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}

/** Opens the take preview for the given or active take. */
async function previewTake(deps: CommandDeps, uri?: vscode.Uri): Promise<void> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Commentary: open a take (*.take) to preview it.');
    return;
  }
  deps.preview.show(doc);
}

/** Applies every safe fix to the active take through the server's source.fixAll action. */
async function fixAll(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) return false;
  const kind = vscode.CodeActionKind.SourceFixAll.append('commentary');
  const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, whole, kind.value)) ?? [];
  const edit = actions.find((a) => a.kind && kind.contains(a.kind))?.edit;
  return edit ? vscode.workspace.applyEdit(edit) : false;
}

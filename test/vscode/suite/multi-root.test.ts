// Multi-root workspaces (run only in the multi-root window, see ../index.ts): each folder's commentary.rules applies to its own takes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, ruleOf } from './helpers';

/** The take both folders hold (test/vscode/multi-root-workspace.mjs writes them). */
const TAKE = 'rachel-abernathy.take';

/** The folder of the multi-root workspace with this name. */
function folder(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find((x) => x.name === name);
  if (!f) throw new Error(`no workspace folder named ${name}`);
  return f;
}

describe('multi-root workspace', () => {
  it('the same take has a finding in the folder that turns its rule to error, and none where it is off', async () => {
    assert.ok(vscode.workspace.workspaceFile, 'a .code-workspace is open');
    const [lenient, strict] = [folder('lenient'), folder('strict')];
    const rulesOf = (f: vscode.WorkspaceFolder) => vscode.workspace.getConfiguration('commentary', f.uri).get<Record<string, string>>('rules') ?? {};
    assert.equal(rulesOf(lenient)['paragraph-length'], 'off');
    assert.equal(rulesOf(strict)['paragraph-length'], 'error');
    const [a, b] = [vscode.Uri.joinPath(lenient.uri, TAKE), vscode.Uri.joinPath(strict.uri, TAKE)];
    const [textA, textB] = await Promise.all([a, b].map(async (u) => (await vscode.workspace.openTextDocument(u)).getText()));
    assert.equal(textA, textB, 'both folders hold the same text');
    const inStrict = await diagnostics(b, (d) => d.some((x) => ruleOf(x) === 'paragraph-length'));
    assert.equal(inStrict.find((x) => ruleOf(x) === 'paragraph-length')?.severity, vscode.DiagnosticSeverity.Error);
    const inLenient = await diagnostics(a, (d) => d.some((x) => ruleOf(x) === 'byline-name'));
    assert.deepEqual(
      inLenient.filter((x) => ruleOf(x) === 'paragraph-length'),
      [],
    );
  });

  it('changing one folder’s setting re-lints that folder’s takes only', async () => {
    const [lenient, strict] = [folder('lenient'), folder('strict')];
    const [a, b] = [vscode.Uri.joinPath(lenient.uri, TAKE), vscode.Uri.joinPath(strict.uri, TAKE)];
    const config = vscode.workspace.getConfiguration('commentary', strict.uri);
    await config.update('rules', { 'paragraph-length': 'off' }, vscode.ConfigurationTarget.WorkspaceFolder);
    await diagnostics(b, (d) => d.some((x) => ruleOf(x) === 'byline-name') && !d.some((x) => ruleOf(x) === 'paragraph-length'));
    await vscode.workspace
      .getConfiguration('commentary', lenient.uri)
      .update('rules', { 'paragraph-length': 'warning' }, vscode.ConfigurationTarget.WorkspaceFolder);
    const inLenient = await diagnostics(a, (d) => d.some((x) => ruleOf(x) === 'paragraph-length'));
    assert.equal(inLenient.find((x) => ruleOf(x) === 'paragraph-length')?.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(!vscode.languages.getDiagnostics(b).some((x) => ruleOf(x) === 'paragraph-length'), 'the other folder keeps its own setting');
  });
});

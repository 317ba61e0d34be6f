// Editing updates diagnostics and the corpus; the preview panel renders the corpus and opens takes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CORPUS_REQUEST, type CorpusResult } from '../../../server/src/shared/protocol';
import { api, diagnostics, open, ruleOf, sample, waitFor } from './helpers';

describe('corpus', () => {
  it('editing a take updates its diagnostics and the corpus data', async () => {
    const a = await api();
    const editor = await open('ingrid-solberg.take');
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), 'The the '));
    await diagnostics(sample('ingrid-solberg.take'), (d) => d.some((x) => ruleOf(x) === 'doubled-word'));
    const corpus = await a.client()!.sendRequest<CorpusResult>(CORPUS_REQUEST, {});
    const card = corpus.symposia[0].takes.find((t) => t.file === 'ingrid-solberg.take')!;
    assert.ok(card.counts.warning >= 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await diagnostics(sample('ingrid-solberg.take'), (d) => d.length === 0);
  });

  it('the corpus preview renders one card per take and opens the take a card asks for', async () => {
    const a = await api();
    await open('ingrid-solberg.take');
    const rendered = waitFor(
      'the corpus preview to render',
      a.corpus.onDidRender as vscode.Event<unknown>,
      () => (a.corpus.lastCorpus && (a.corpus.lastCorpus.symposia[0]?.takes.length ?? 0) > 0 ? a.corpus.lastCorpus : undefined),
      60000,
    );
    await vscode.commands.executeCommand('commentary.openCorpusPreview');
    const corpus = await rendered;
    const files = corpus.symposia[0].takes.map((t) => t.file);
    assert.ok(files.includes('daniel-okafor.take') && files.length >= 12, files.join(', '));
    const target = corpus.symposia[0].takes.find((t) => t.file === 'emil-haugen.take')!;
    const opened = waitFor(
      'the take to open',
      a.corpus.onDidOpenTake as vscode.Event<unknown>,
      () => vscode.window.activeTextEditor?.document.uri.toString() === target.uri && true,
    );
    await a.corpus.receive({ type: 'open', uri: target.uri, line: target.firstProblem?.line });
    await opened;
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.uri);
  });

  it('the corpus preview ignores requests to open files outside the workspace', async () => {
    const a = await api();
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    await a.corpus.receive({ type: 'open', uri: 'file:///etc/passwd' });
    await a.corpus.receive({ type: 'open', uri: 42 });
    await a.corpus.receive({ type: 'nonsense' });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before);
  });

  it('the take preview renders the current take', async () => {
    const a = await api();
    await open('ingrid-solberg.take');
    let drawn = 0;
    const sub = a.preview.onDidRender((n) => (drawn = n));
    const done = waitFor('the take preview to render', a.preview.onDidRender as vscode.Event<unknown>, () => drawn >= 6 && drawn, 60000);
    await vscode.commands.executeCommand('commentary.previewTake');
    assert.ok((await done) >= 6, `${drawn} parts drawn`);
    sub.dispose();
  });

  it('New Take writes a take with every part from the symposium’s template', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = await vscode.commands.executeCommand<vscode.Uri>('commentary.newTake', folder, 'Test Contributor');
    assert.ok(uri);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text.split('\n')[0], /We Asked Test Contributor/);
    assert.match(text, /^Image: Reuters$/m);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});

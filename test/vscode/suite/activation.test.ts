// The extension activates on a take and the server's diagnostics arrive with rule codes and links.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { linkedDoc } from '../../../client/src/rule-docs';
import { EXTENSION_ID, api, diagnostics, open, ruleOf, sample, waitFor } from './helpers';

describe('activation and diagnostics', () => {
  it('activates on a take and starts the language server', async () => {
    const editor = await open('ingrid-solberg.take');
    assert.equal(editor.document.languageId, 'commentary');
    const a = await api();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.ok(a.client()?.isRunning(), 'the language client runs');
    console.log(`VS Code ${vscode.version}`);
  });

  it('reports problems with rule codes, links to the rule docs and the source', async () => {
    const uri = sample('daniel-okafor.take');
    await open('daniel-okafor.take');
    const ds = await diagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'headline-punctuation'));
    const d = ds.find((x) => ruleOf(x) === 'headline-punctuation')!;
    assert.equal(d.source, 'commentary-lint');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(typeof d.code === 'object' && linkedDoc(d.code.target)?.path.endsWith('/docs/rules/headline-punctuation.md'));
    assert.equal(d.range.start.line, 0);
    assert.ok(ds.some((x) => ruleOf(x) === 'editors-note-label'));
  });

  it('diagnoses takes that were never opened (the whole symposium in the Problems panel)', async () => {
    const ds = await diagnostics(sample('emil-haugen.take'), (d) => d.length > 0);
    assert.ok(ds.some((x) => ruleOf(x) === 'word-count'));
    assert.equal(
      vscode.workspace.textDocuments.some((t) => t.uri.toString() === sample('emil-haugen.take').toString()),
      false,
    );
  });

  it('keeps clean takes clean', async () => {
    const uri = sample('ingrid-solberg.take');
    await open('ingrid-solberg.take');
    const client = (await api()).client();
    assert.ok(client?.diagnostics, 'the language client has its diagnostic collection');
    const published = await waitFor(
      'the server’s diagnostics of ingrid-solberg.take',
      vscode.languages.onDidChangeDiagnostics,
      () => client.diagnostics?.has(uri) && client.diagnostics.get(uri),
    );
    assert.deepEqual(published.map(ruleOf), [], 'the server published no problem for the clean take');
    assert.deepEqual(vscode.languages.getDiagnostics(uri).map(ruleOf), [], 'and the Problems panel shows none');
  });
});

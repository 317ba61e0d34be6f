// symposium.json opens as JSONC: comments and trailing commas draw no warning and the shipped schema still validates it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnostics, sample } from './helpers';

/** Diagnostics of VS Code's own JSON support (not commentary-lint's server). */
const fromJson = (ds: vscode.Diagnostic[]) => ds.filter((d) => d.source !== 'commentary-lint');

describe('symposium.json as JSONC', () => {
  it('the sample workspace’s symposium.json opens as jsonc', async () => {
    await api();
    const doc = await vscode.workspace.openTextDocument(sample('symposium.json'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'jsonc');
  });

  it('a commented symposium.json with trailing commas gets only the schema’s complaint', async () => {
    const uri = sample('jsonc-check/symposium.json');
    const text = '{\n  // the house quote style\n  "quotes": "fancy", /* not a style */\n  "vocabulary": ["Gydan",],\n}\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'jsonc');
      // Syntax problems can come before the schema is loaded: wait for the schema's own complaint.
      const schemaChecked = (ds: vscode.Diagnostic[]) => ds.some((d) => d.message.includes('curly'));
      const ds = fromJson(await diagnostics(uri, (d) => schemaChecked(fromJson(d)), 45000));
      assert.ok(
        ds.some((d) => d.message.includes('curly') && d.range.start.line === 2),
        `the schema's enum is checked on line 3: ${ds.map((d) => d.message).join(' | ')}`,
      );
      assert.deepEqual(
        ds.filter((d) => /comment|trailing comma/i.test(d.message)).map((d) => d.message),
        [],
        'no warning for comments or trailing commas',
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(sample('jsonc-check'), { recursive: true });
    }
  });
});

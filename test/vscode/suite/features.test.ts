// Outline, hover, completion and formatting through VS Code's provider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, open, sample } from './helpers';

describe('editor features', () => {
  it('the Outline shows every part, with the body’s paragraphs and the byline’s people and their fields', async () => {
    await open('ingrid-solberg.take');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', sample('ingrid-solberg.take'));
    const details = symbols.map((s) => s.detail.split(' ')[0]);
    assert.deepEqual(
      [details[0], details[1], symbols[2].name, symbols[3].name, details[4], details[5]],
      ['Headline', 'Pull-quote', "Editor's note", 'Body', 'Byline', 'Image'],
    );
    assert.ok(symbols[3].children.length >= 3, 'paragraphs under the body');
    assert.deepEqual(
      symbols[4].children.map((c) => [c.detail, c.children.map((f) => f.detail)]),
      [['name', ['role', 'affiliation']]],
    );
  });

  it('hover on the body gives its word count', async () => {
    await open('ingrid-solberg.take');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      sample('ingrid-solberg.take'),
      new vscode.Position(3, 2),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Paragraph 1 of \d+: \d+ words/);
  });

  it('completion offers the symposium’s editor’s note and image credit', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'commentary', content: 'x\nIma' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(1, 3));
    assert.ok(list.items.some((i) => String(typeof i.label === 'string' ? i.label : i.label.label).startsWith('Image:')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('formatting applies the typographic fixes only', async () => {
    const doc = await vscode.workspace.openTextDocument(sample('jean-luc-ferrand-2.take'));
    await vscode.window.showTextDocument(doc);
    await diagnostics(doc.uri, (d) => d.length > 0);
    const before = doc.getText();
    // The sample's typographic defects and their fixes; its duplicate contributor (unique-contributor) stays.
    const fixes: Array<[string, string]> = [
      ['for the the benefit', 'for the benefit'],
      ['U.S-Northern Fleet', 'U.S.-Northern Fleet'],
      ['so should should its', 'so should its'],
      ['for its’ own purposes', 'for its own purposes'],
    ];
    let expected = before;
    for (const [from, to] of fixes) {
      assert.equal(before.split(from).length, 2, `the sample has "${from}" once`);
      expected = expected.replace(from, to);
    }
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    const we = new vscode.WorkspaceEdit();
    we.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(we), 'the edits apply');
    assert.equal(doc.getText(), expected);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

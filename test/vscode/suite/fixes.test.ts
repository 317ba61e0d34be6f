// Quick fixes and fix-all change the text as the rules say, through VS Code's own code action API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, open, ruleOf, sample } from './helpers';

const FILE = 'jean-luc-ferrand-2.take';

/** Closes the active editor without saving, so the sample copy stays as it was. */
async function discard(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('fixes', () => {
  it('the preferred quick fix removes the apostrophe of its’', async () => {
    const editor = await open(FILE);
    const ds = await diagnostics(sample(FILE), (d) => d.some((x) => ruleOf(x) === 'possessive-its'));
    const d = ds.find((x) => ruleOf(x) === 'possessive-its')!;
    assert.equal(editor.document.getText(d.range), 'its’');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      sample(FILE),
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `a preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title === 'Disable possessive-its for this file'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(new vscode.Range(d.range.start, d.range.start.translate(0, 4))).startsWith('its'), true);
    assert.ok(!editor.document.getText().includes('its’'));
    await diagnostics(sample(FILE), (x) => !x.some((y) => ruleOf(y) === 'possessive-its'));
    await discard();
  });

  it('source.fixAll.commentary fixes everything fixable, as codeActionsOnSave would', async () => {
    const editor = await open(FILE);
    await diagnostics(sample(FILE), (d) => d.some((x) => ruleOf(x) === 'doubled-word'));
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      sample(FILE),
      whole,
      'source.fixAll.commentary',
    );
    const all = actions.find((a) => a.kind?.value === 'source.fixAll.commentary');
    assert.ok(all?.edit);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    const text = editor.document.getText();
    assert.ok(!/\bthe the\b/.test(text) && !text.includes('its’') && !text.includes('U.S-'), 'doubled word, its’ and U.S- fixed');
    const left = await diagnostics(sample(FILE), (d) => !d.some((x) => ['doubled-word', 'possessive-its', 'abbreviation-periods'].includes(ruleOf(x))));
    assert.ok(
      left.some((x) => ruleOf(x) === 'unique-contributor'),
      'problems that need a person stay',
    );
    await discard();
  });

  it('the Fix All Problems command does the same for the active take', async () => {
    const editor = await open(FILE);
    await diagnostics(sample(FILE), (d) => d.some((x) => ruleOf(x) === 'doubled-word'));
    assert.equal(await vscode.commands.executeCommand('commentary.fixAll'), true);
    assert.ok(!editor.document.getText().includes('its’'));
    await discard();
  });
});

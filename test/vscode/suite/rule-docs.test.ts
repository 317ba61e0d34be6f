// Rule links work offline: each diagnostic's code opens the rule's page shipped inside the extension, as a Markdown preview.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { linkedDoc } from '../../../client/src/rule-docs';
import { EXTENSION_ID, diagnostics, open, ruleOf, sample, waitFor } from './helpers';

describe('rule documentation inside the extension', () => {
  it('every diagnostic’s rule link targets the extension’s docs/rules/<id>.md, which documents that rule', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    await open('daniel-okafor.take');
    const ds = await diagnostics(sample('daniel-okafor.take'), (d) => d.some((x) => ruleOf(x) === 'headline-punctuation'));
    for (const d of ds) {
      assert.ok(typeof d.code === 'object', `${ruleOf(d)} has a link`);
      const doc = linkedDoc(d.code.target);
      assert.ok(doc, `${ruleOf(d)} links to a local page, not ${d.code.target.toString()}`);
      assert.ok(doc.toString().startsWith(`${extension.extensionUri.toString()}/`), `${doc.toString()} is inside the extension`);
      assert.ok(doc.path.endsWith(`/docs/rules/${ruleOf(d)}.md`), doc.path);
      const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc));
      assert.match(page, new RegExp(`^# ${ruleOf(d)}$`, 'm'), `${doc.path} is the page of ${ruleOf(d)}`);
    }
  });

  it('following a rule link opens the page in the Markdown preview', async () => {
    await open('daniel-okafor.take');
    const [d] = await diagnostics(sample('daniel-okafor.take'), (x) => x.some((y) => ruleOf(y) === 'headline-punctuation'));
    assert.ok(typeof d.code === 'object');
    const link = d.code.target;
    const args = [linkedDoc(link)];
    await vscode.commands.executeCommand(link.path, ...args);
    const tab = await waitFor('a Markdown preview tab', vscode.window.tabGroups.onDidChangeTabs, () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType) && t.label.includes(`${ruleOf(d)}.md`)),
    );
    assert.ok(tab.label.includes(ruleOf(d)));
  });
});

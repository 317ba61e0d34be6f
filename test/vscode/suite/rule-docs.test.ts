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

  it('the hover’s “Rule documentation” link opens the shipped page too', async () => {
    const uri = sample('daniel-okafor.take');
    await open('daniel-okafor.take');
    const ds = await diagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'headline-punctuation'));
    const d = ds.find((x) => ruleOf(x) === 'headline-punctuation')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const links = [...text.matchAll(/\[Rule documentation\]\(([^)]+)\)/g)].map((m) => vscode.Uri.parse(m[1]));
    assert.ok(links.length > 0, `the hover links to rule pages:\n${text}`);
    for (const link of links) {
      const doc = linkedDoc(link);
      assert.ok(doc, `${link.toString()} opens a shipped page`);
      await vscode.workspace.fs.stat(doc);
    }
    assert.ok(links.some((l) => linkedDoc(l)?.path.endsWith('/docs/rules/headline-punctuation.md')));
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

// Restricted Mode behaves as declared: linting works, the workspace's commentary.rules setting is ignored.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, open, ruleOf, sample } from './helpers';

describe('workspace trust', () => {
  it(`${vscode.workspace.isTrusted ? 'trusted' : 'Restricted Mode'}: workspace commentary.rules is ${vscode.workspace.isTrusted ? 'applied' : 'ignored'}, linting works`, async () => {
    const rules = vscode.workspace.getConfiguration('commentary').get<Record<string, string>>('rules') ?? {};
    await open('rachel-abernathy.take');
    const ds = await diagnostics(sample('rachel-abernathy.take'), (d) => d.some((x) => ruleOf(x) === 'byline-name'));
    const hasLength = ds.some((x) => ruleOf(x) === 'paragraph-length');
    if (vscode.workspace.isTrusted) {
      assert.equal(rules['paragraph-length'], 'off', 'the runner wrote .vscode/settings.json turning paragraph-length off');
      assert.equal(hasLength, false);
    } else {
      assert.equal(rules['paragraph-length'], undefined);
      assert.equal(hasLength, true);
    }
  });
});

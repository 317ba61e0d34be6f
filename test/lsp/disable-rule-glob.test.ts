// "Disable rule for this file" writes the take's path as a glob: special characters are escaped, so the
// override silences exactly that take and not others its unescaped name would match.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, effectiveRules, parseSymposium } from '../../server/src/core';
import { disableRuleEdit, escapeGlob } from '../../server/src/lsp/features/disable-rule';
import { installHost } from '../../server/src/lsp/host';
import { nodeHost } from '../../server/src/lsp/node-host';
import { uri } from '../helpers/lsp';
import { tempWorkspace } from '../helpers/workspace';
import { TEST_CONFIG, take } from '../helpers/take-builder';

/** The new text of one file after a workspace edit. */
function applyTo(text: string, edit: WorkspaceEdit, u: string): string {
  const edits: TextEdit[] =
    edit.changes?.[u] ?? ((edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === u ? c.edits : [])) as TextEdit[]);
  return TextDocument.applyEdits(TextDocument.create(u, 'json', 1, text), edits);
}

// The edit reads symposium.json from disk, as the Node server does.
installHost(nodeHost());

describe('disable rule for this file: the path is an escaped glob', { timeout: 10000 }, () => {
  const names = ['[draft] one.take', 'd one.take', 'r one.take', 'what? {a,b} (1) !x*.take', 'wha1 a (1) !xyz.take'];
  const files: Record<string, string> = { 'symposium.json': JSON.stringify(TEST_CONFIG, null, 2) + '\n' };
  for (const n of names) files[n] = take();

  /** Disables a rule for one take, returning the new symposium.json text (also written to the workspace model). */
  const disable = (config: string, text: string, name: string, rule: string) => {
    const edit = disableRuleEdit(ws.path(name), rule, config);
    assert.ok(edit);
    return applyTo(text, edit, uri(config));
  };
  const ws = tempWorkspace(files);
  const config = ws.path('symposium.json');

  /** Whether a rule runs on a take under the given symposium.json text. */
  const runs = (text: string, name: string, rule: string) => {
    const parsed = parseSymposium(text, config, dirname(config));
    assert.deepEqual(parsed.problems, []);
    return effectiveRules(RULES, parsed.symposium!, ws.path(name)).has(rule);
  };

  test('escapeGlob escapes * ? [ ] { } ( ) ! and backslash, not slashes', () => {
    assert.equal(escapeGlob('a/[b]*?{c,d}(e)!f\\g.take'), 'a/\\[b\\]\\*\\?\\{c,d\\}\\(e\\)\\!f\\\\g.take');
  });

  test('[draft] one.take is silenced, d one.take and r one.take are not', () => {
    const before = readFileSync(config, 'utf8');
    assert.ok(runs(before, '[draft] one.take', 'possessive-its') && runs(before, 'd one.take', 'possessive-its'), 'on everywhere before');
    const after = disable(config, before, '[draft] one.take', 'possessive-its');
    assert.equal(runs(after, '[draft] one.take', 'possessive-its'), false);
    assert.equal(runs(after, 'd one.take', 'possessive-its'), true);
    assert.equal(runs(after, 'r one.take', 'possessive-its'), true);
  });

  test('stars, question marks, braces, parentheses and ! are literal too', () => {
    const after = disable(config, readFileSync(config, 'utf8'), 'what? {a,b} (1) !x*.take', 'possessive-its');
    assert.equal(runs(after, 'what? {a,b} (1) !x*.take', 'possessive-its'), false);
    assert.equal(runs(after, 'wha1 a (1) !xyz.take', 'possessive-its'), true);
  });

  test('disabling a second rule for the same take extends its one override', () => {
    const once = disable(config, readFileSync(config, 'utf8'), '[draft] one.take', 'possessive-its');
    const twice = disable(config, once, '[draft] one.take', RULES[1].meta.id);
    const overrides = (JSON.parse(twice) as { overrides: Array<{ files: string[]; rules: Record<string, string> }> }).overrides;
    assert.equal(overrides.length, 1);
    assert.deepEqual(overrides[0].files, ['\\[draft\\] one.take']);
    assert.equal(runs(twice, 'd one.take', RULES[1].meta.id), runs(readFileSync(config, 'utf8'), 'd one.take', RULES[1].meta.id));
  });

  test('cleanup', () => ws.cleanup());
});

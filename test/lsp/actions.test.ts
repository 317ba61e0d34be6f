// Code actions over stdio, each applied to the text: quick fix, fix all of a rule, source.fixAll, disable rule.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SymposiumFile } from '../../server/src/core';
import { LspSession, serverOn, uri } from '../helpers/lsp';
import { tempWorkspace } from '../helpers/workspace';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, takeBy } from '../helpers/take-builder';

const [first, second, ...rest] = DEFAULT_BODY;
const TWO_ITS = takeBy('Kim Ha', BODY_QUOTES[0], { body: [`It lost its’ way and its’ nerve. ${first}`, second, ...rest] });
const FIXED = takeBy('Kim Ha', BODY_QUOTES[0], { body: [`It lost its way and its nerve. ${first}`, second, ...rest] });

/** Applies the text edits a workspace edit makes to one document. */
function applyTo(text: string, edit: WorkspaceEdit, u: string): string {
  const edits: TextEdit[] =
    edit.changes?.[u] ?? ((edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === u ? c.edits : [])) as TextEdit[]);
  return TextDocument.applyEdits(TextDocument.create(u, 'commentary', 1, text), edits);
}

describe('code actions', () => {
  let s: LspSession;
  const ws = serverOn({ 'symposium.json': JSON.stringify(TEST_CONFIG, null, 2) + '\n', 'kim-ha.take': TWO_ITS }, (session) => (s = session));
  const u = uri(ws.path('kim-ha.take'));
  let diagnostics: Diagnostic[];
  before(async () => {
    diagnostics = (await s.open(u, TWO_ITS, 1)).diagnostics;
  });

  /** Asks for the actions at a diagnostic, as VS Code does when the cursor is on it. */
  const actionsAt = (d: Diagnostic, only?: string[]) =>
    s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d], only, triggerKind: 1 } });

  test('the preferred quick fix removes one apostrophe', async () => {
    const actions = await actionsAt(diagnostics[0]);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, 'a preferred quick fix');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(applyTo(TWO_ITS, fix.edit!, u), TWO_ITS.replace('its’ way', 'its way'));
  });

  test('fix all of the rule in this file fixes both', async () => {
    const actions = await actionsAt(diagnostics[0]);
    const all = actions.find((a) => a.title === 'Fix all possessive-its problems in this file');
    assert.ok(all, actions.map((a) => a.title).join(', '));
    assert.equal(applyTo(TWO_ITS, all.edit!, u), FIXED);
  });

  test('source.fixAll.commentary fixes everything fixable (what codeActionsOnSave runs)', async () => {
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 2 },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.commentary');
    assert.equal(applyTo(TWO_ITS, actions[0].edit!, u), FIXED);
  });

  test('a stale diagnostic (older version) still gets the fix for the current text', async () => {
    const shifted = TWO_ITS.replace('It lost', 'It has lost');
    const fresh = (await s.change(u, shifted, 2)).diagnostics;
    const actions = await actionsAt(fresh[0]);
    assert.equal(applyTo(shifted, actions.find((a) => a.isPreferred)!.edit!, u), shifted.replace('its’ way', 'its way'));
    await s.change(u, TWO_ITS, 3);
  });

  test('disable for this file adds an override to symposium.json', async () => {
    const actions = await actionsAt(diagnostics[0]);
    const off = actions.find((a) => a.title === 'Disable possessive-its for this file');
    assert.ok(off);
    const cfgUri = uri(ws.path('symposium.json'));
    const next = JSON.parse(applyTo(readFileSync(ws.path('symposium.json'), 'utf8'), off.edit!, cfgUri)) as SymposiumFile;
    assert.deepEqual(next.overrides, [{ files: ['kim-ha.take'], rules: { 'possessive-its': 'off' } }]);
    assert.equal(next.series, TEST_CONFIG.series, 'the rest of the file is kept');
  });

  test('without a symposium.json, disable creates one beside the take', async () => {
    const lone = tempWorkspace({ 'solo.take': TWO_ITS });
    const other = await LspSession.start({ root: lone.root });
    try {
      const lu = uri(lone.path('solo.take'));
      const d = (await other.diagnosticsFor(lu, (p) => p.diagnostics.some((x) => x.code === 'possessive-its'))).diagnostics.find(
        (x) => x.code === 'possessive-its',
      )!;
      const actions = await other.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: lu },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const off = actions.find((a) => a.title === 'Disable possessive-its for this file')!;
      const changes = off.edit!.documentChanges!;
      assert.deepEqual(changes[0], { kind: 'create', uri: uri(lone.path('symposium.json')), options: { ignoreIfExists: true } });
      assert.equal(existsSync(lone.path('symposium.json')), false, 'the server only proposes the edit');
      const text = applyTo('', off.edit!, uri(lone.path('symposium.json')));
      assert.deepEqual(JSON.parse(text), { overrides: [{ files: ['solo.take'], rules: { 'possessive-its': 'off' } }] });
    } finally {
      await other.stop();
      lone.cleanup();
    }
  });
});

// The language server reads symposium.json as JSONC: takes use a commented file, its problems land on the exact place
// (after comments, after a BOM), and "Add to vocabulary" keeps its comments and trailing commas.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSymposium } from '../../server/src/core';
import { type LspSession, serverOn, uri } from '../helpers/lsp';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, takeBy } from '../helpers/take-builder';

const [first, ...rest] = DEFAULT_BODY.map((p) => p.replace('kilometres', 'kilometers'));
const TAKE = takeBy('Kim Ha', BODY_QUOTES[0], { body: [`Officials left the negotaitions early. ${first}`, ...rest] });

/** TEST_CONFIG with American spelling and a vocabulary, written as JSONC: comments everywhere, trailing commas. */
const CONFIG = [
  '// The Mekong symposium',
  '{',
  `  "series": ${JSON.stringify(TEST_CONFIG.series)}, /* as in every headline */`,
  `  "headline": ${JSON.stringify(TEST_CONFIG.headline)},`,
  `  "editorsNote": ${JSON.stringify(TEST_CONFIG.editorsNote)},`,
  '  "imageCredit": "Reuters",',
  '  "spelling": "american", // house style',
  '  "vocabulary": [',
  '    "Mekong", // the river',
  '  ],',
  '}',
  '',
].join('\n');

/** Applies the text edits a workspace edit makes to one document. */
function applyTo(text: string, edit: WorkspaceEdit, u: string): string {
  const edits: TextEdit[] = edit.changes?.[u] ?? [];
  return TextDocument.applyEdits(TextDocument.create(u, 'jsonc', 1, text), edits);
}

describe('symposium.json as JSONC in the language server', () => {
  let s: LspSession;
  const ws = serverOn({ 'symposium.json': CONFIG, 'kim.take': TAKE }, (session) => (s = session));
  const kim = uri(ws.path('kim.take'));
  const config = uri(ws.path('symposium.json'));

  test('a take uses the commented symposium.json, which gets no diagnostics', async () => {
    const p = await s.open(kim, TAKE, 1);
    assert.deepEqual(
      p.diagnostics.filter((d) => d.code === 'spelling').map((d) => d.message),
      ['"negotaitions" is not in the American English dictionary or the symposium\'s vocabulary'],
      'spelling runs: the file’s "spelling" was read',
    );
    assert.deepEqual(s.diagnostics.get(config)?.diagnostics ?? [], []);
  });

  test('"Add to vocabulary" appends after the commented last word and keeps every comment and trailing comma', async () => {
    const d = (await s.diagnosticsFor(kim)).diagnostics.find((x) => x.code === 'spelling')!;
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: kim },
      range: d.range,
      context: { diagnostics: [d], triggerKind: 1 },
    });
    const add = actions.find((a) => a.title === 'Add ‘negotaitions’ to the symposium’s vocabulary');
    assert.ok(add?.edit, actions.map((a) => a.title).join(', '));
    const after = applyTo(CONFIG, add.edit, config);
    assert.equal(after, CONFIG.replace('    "Mekong", // the river\n', '    "Mekong", // the river\n    "negotaitions",\n'));
    const parsed = parseSymposium(after, '/s/symposium.json', '/s');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.symposium?.style.vocabulary, ['Mekong', 'negotaitions']);
  });

  test('a problem after comments, in a file with a BOM, is placed exactly', async () => {
    const path = ws.path('symposium.json');
    writeFileSync(path, '\uFEFF{ /* curly? */ "quotes": "fancy", } // the BOM is not a character\n');
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    const onConfig = await s.diagnosticsFor(config, (p) => p.diagnostics.length > 0);
    const { message } = onConfig.diagnostics[0];
    assert.ok(typeof message === 'string', 'a plain-text message');
    assert.match(message, /quotes must be one of "curly", "straight", not "fancy"/);
    assert.deepEqual(onConfig.diagnostics[0].range, { start: { line: 0, character: 25 }, end: { line: 0, character: 32 } });
    writeFileSync(path, '\uFEFF{ "quotes": "curly", /* fixed */ }');
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    await s.diagnosticsFor(config, (p) => p.diagnostics.length === 0);
  });
});

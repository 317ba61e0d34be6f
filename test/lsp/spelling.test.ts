// Spelling over stdio: a word three takes share is accepted, one take's unknown word is reported with corrections asked for
// lazily, the vocabulary action edits symposium.json, and Fix All applies the well-known misspellings.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LspSession, serverOn, uri } from '../helpers/lsp';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, takeBy } from '../helpers/take-builder';

const CONFIG = { ...TEST_CONFIG, spelling: 'american', vocabulary: ['Mekong'] };
const [first, ...rest] = DEFAULT_BODY.map((p) => p.replace('kilometres', 'kilometers'));
/** A take by `name` whose first paragraph starts with `opening`. */
const by = (name: string, k: number, opening: string) => takeBy(name, BODY_QUOTES[k], { body: [`${opening} ${first}`, ...rest] });
const SHARED = ['Ana Ruiz', 'Lan Vo', 'Mai Linh Tran'].map((name, k) => by(name, k, 'The riverization of the delta goes on.'));
const ALONE = by('Kim Ha', 3, 'Officials left the negotaitions and will definately return.');

/** Applies the text edits a workspace edit makes to one document. */
function applyTo(text: string, edit: WorkspaceEdit, u: string): string {
  const edits = (edit.changes?.[u] ??
    (edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === u ? c.edits : []))) as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create(u, 'commentary', 1, text), edits);
}

describe('spelling in the editor', () => {
  let s: LspSession;
  const files = { 'symposium.json': JSON.stringify(CONFIG, null, 2) + '\n', 'a.take': SHARED[0], 'b.take': SHARED[1], 'c.take': SHARED[2], 'kim.take': ALONE };
  const ws = serverOn(files, (session) => (s = session));
  const kim = uri(ws.path('kim.take'));
  let spelling: Diagnostic[];
  before(async () => {
    spelling = (await s.open(kim, ALONE, 1)).diagnostics.filter((d) => d.code === 'spelling');
  });

  test('a word three takes use is not reported in any of them', async () => {
    for (const name of ['a.take', 'b.take', 'c.take']) {
      const p = await s.diagnosticsFor(uri(ws.path(name)));
      assert.deepEqual(
        p.diagnostics.filter((d) => d.code === 'spelling' || d.code === 'dialect-spelling').map((d) => d.message),
        [],
        name,
      );
    }
  });

  test('a word one take uses is reported; a well-known misspelling has a fix', () => {
    assert.deepEqual(
      spelling.map((d) => d.message),
      ['"negotaitions" is not in the American English dictionary or the symposium\'s vocabulary', '"definately" is misspelled: write "definitely"'],
    );
  });

  test('corrections come from the dictionary when actions are asked for; the vocabulary action edits symposium.json', async () => {
    const d = spelling[0];
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: kim },
      range: d.range,
      context: { diagnostics: [d], triggerKind: 1 },
    });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Change to ‘negotiations’'), titles.join(', '));
    const add = actions.find((a) => a.title === 'Add ‘negotaitions’ to the symposium’s vocabulary');
    assert.ok(add?.edit, titles.join(', '));
    const config = uri(ws.path('symposium.json'));
    const after = JSON.parse(applyTo(files['symposium.json'], add.edit, config)) as { vocabulary: string[] };
    assert.deepEqual(after.vocabulary, ['Mekong', 'negotaitions']);
  });

  test('Fix All applies the well-known misspelling only', async () => {
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: kim },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.commentary'] },
    });
    const fixed = applyTo(ALONE, actions[0].edit!, kim);
    assert.equal(fixed, ALONE.replace('definately', 'definitely'));
  });
});

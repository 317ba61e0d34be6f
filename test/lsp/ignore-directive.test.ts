// The "Ignore ‘rule’ for this paragraph" quick fix over stdio: the directive it inserts silences the finding and is not unused.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LspSession, serverOn, uri } from '../helpers/lsp';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, takeBy } from '../helpers/take-builder';

const [first, second, ...rest] = DEFAULT_BODY;
const BODY = [first, `It lost its’ way and its’ nerve. ${second}`, ...rest];
const LF = takeBy('Kim Ha', BODY_QUOTES[0], { body: BODY });
const CRLF = LF.replace(/\n/g, '\r\n');

/** Applies the text edits a workspace edit makes to one document. */
function applyTo(text: string, edit: WorkspaceEdit, u: string): string {
  const edits: TextEdit[] = edit.changes?.[u] ?? [];
  return TextDocument.applyEdits(TextDocument.create(u, 'commentary', 1, text), edits);
}

/** The ignore action offered at a diagnostic. */
async function ignoreAction(s: LspSession, u: string, d: Diagnostic): Promise<CodeAction> {
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: u },
    range: d.range,
    context: { diagnostics: [d], triggerKind: 1 },
  });
  const a = actions.find((x) => x.title === `Ignore ‘${String(d.code)}’ for this paragraph`);
  assert.ok(a, `offered: ${actions.map((x) => x.title).join(', ')}`);
  assert.equal(a.kind, 'quickfix');
  return a;
}

describe('ignore for this paragraph', () => {
  let s: LspSession;
  const ws = serverOn({ 'symposium.json': JSON.stringify(TEST_CONFIG, null, 2) + '\n', 'lf.take': LF, 'crlf.take': CRLF }, (session) => (s = session));

  for (const [name, text, eol] of [
    ['lf.take', LF, '\n'],
    ['crlf.take', CRLF, '\r\n'],
  ] as const) {
    test(`inserts the directive above the paragraph with the document's line ending (${name}), and re-linting shows neither finding nor unused-disable`, async () => {
      const u = uri(ws.path(name));
      const before = (await s.open(u, text, 1)).diagnostics;
      const its = before.filter((d) => d.code === 'possessive-its');
      assert.equal(its.length, 2, 'two possessive-its findings on one paragraph');
      const action = await ignoreAction(s, u, its[1]);
      const edited = applyTo(text, action.edit!, u);
      const paragraph = `It lost its’ way`;
      assert.ok(
        edited.includes(`${eol}<!-- commentary-lint-disable-next-line possessive-its -->${eol}${paragraph}`),
        'the directive is its own line, just above',
      );
      assert.equal(edited.replace(`<!-- commentary-lint-disable-next-line possessive-its -->${eol}`, ''), text, 'nothing else changes');
      const after = (await s.change(u, edited, 2)).diagnostics;
      assert.deepEqual(
        after.filter((d) => d.code === 'possessive-its' || d.code === 'unused-disable'),
        [],
      );
      const others = (xs: Diagnostic[]) => xs.filter((d) => d.code !== 'possessive-its').map((d) => d.code);
      assert.deepEqual(others(after), others(before), 'the other findings are still reported');
    });
  }

  test('a directive that suppresses nothing is reported as unused-disable (info) with a removal suggestion', async () => {
    const u = uri(ws.path('lf.take'));
    const text = LF.replace(first, `<!-- commentary-lint-disable-next-line doubled-word -->\n${first}`);
    const diagnostics = (await s.change(u, text, 3)).diagnostics;
    const unused = diagnostics.filter((d) => d.code === 'unused-disable');
    assert.equal(unused.length, 1, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(unused[0].severity, 3, 'information');
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: unused[0].range,
      context: { diagnostics: unused },
    });
    const remove = actions.find((a) => a.title === 'Remove the directive');
    assert.ok(remove, actions.map((a) => a.title).join(', '));
    assert.equal(applyTo(text, remove.edit!, u), LF);
    assert.equal(
      actions.some((a) => a.title.startsWith('Ignore')),
      false,
      'unused-disable itself is not offered an ignore directive',
    );
  });

  test('formatting leaves a comment line alone; outline and folding are as without it', async () => {
    const u = uri(ws.path('lf.take'));
    const comment = `<!-- "draft"  note -- its' U.S -->  `;
    const clean = takeBy('Kim Ha', BODY_QUOTES[0]);
    const withComment = clean.replace(rest[0], `${comment}\n${rest[0]}`);
    const text = withComment.replace('in one narrow', 'in  one narrow');
    const plain = clean.replace('in one narrow', 'in  one narrow');
    await s.change(u, text, 4);
    const edits = await s.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: u }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits.length > 0, 'the doubled space is formatted away');
    assert.equal(TextDocument.applyEdits(TextDocument.create(u, 'commentary', 4, text), edits), withComment);
    const outline = async (t: string, v: number) => {
      await s.change(u, t, v);
      const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
      const folds = await s.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: u } });
      const names = (xs: DocumentSymbol[]): string[] => xs.flatMap((x) => [x.name, ...names(x.children ?? [])]);
      return { names: names(symbols), folds: folds.map((f) => f.collapsedText) };
    };
    assert.deepEqual(await outline(text, 5), await outline(plain, 6));
  });
});

// Bad input never kills the server: malformed requests, unknown methods, huge and binary documents.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ErrorCodes, type CompletionItem, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { type LspSession, serverOn, uri } from '../helpers/lsp';
import { DEFAULT_BODY, take } from '../helpers/take-builder';

/** `length` bytes that look random but are the same on every run (SHA-256 in counter mode), so a failure reproduces. */
function junkBytes(length: number, seed = 'robustness'): Buffer {
  const blocks: Buffer[] = [];
  for (let i = 0; i * 32 < length; i++) blocks.push(createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.concat(blocks).subarray(0, length);
}

/** Checks that each diagnostic names a rule and lies inside a document of `lineCount` lines. */
function assertWellFormed(diagnostics: Diagnostic[], lineCount: number): void {
  for (const d of diagnostics) {
    assert.match(String(d.code), /^[a-z]+(-[a-z]+)*$/, `a rule id as the code: ${JSON.stringify(d)}`);
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    assert.ok(message.length > 0, `a message: ${JSON.stringify(d)}`);
    const { start, end } = d.range;
    assert.ok(start.line >= 0 && start.character >= 0 && end.line < lineCount, `inside the document: ${JSON.stringify(d.range)}`);
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `an ordered range: ${JSON.stringify(d.range)}`);
  }
}

describe('robustness', () => {
  let s: LspSession;
  const ws = serverOn({ 'a.take': take() }, (session) => (s = session));
  before(async () => {
    await s.open(uri(ws.path('a.take')), take(), 1);
  });

  /** The server still answers a real request: the outline of a.take, one symbol per part on its line. */
  const stillServing = async () => {
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri(ws.path('a.take')) } });
    assert.deepEqual(
      symbols.map((x) => x.range.start.line),
      [0, 1, 2, 3, 3 + DEFAULT_BODY.length, 4 + DEFAULT_BODY.length],
      'headline, pull-quote, editor’s note, body, byline and image credit of a.take',
    );
    assert.equal(s.exitCode, null);
  };

  test('an unknown method gets MethodNotFound', async () => {
    await assert.rejects(s.request('commentary/noSuchThing', {}), (e: { code: number }) => e.code === ErrorCodes.MethodNotFound);
    await stillServing();
  });

  test('a malformed request gets an answer, not a crash', async () => {
    assert.equal(await s.request('textDocument/hover', {}), null, 'hover without a document: no hover');
    assert.deepEqual(
      await s.request('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.take' } }),
      [],
      'code actions of an unknown document: none',
    );
    await assert.rejects(
      s.request('textDocument/documentSymbol', null),
      (e: { code: number }) => e.code === ErrorCodes.InvalidParams,
      'symbols without params: InvalidParams',
    );
    assert.deepEqual(await s.request('commentary/corpus', { uri: 42 }), { symposia: [] }, 'a corpus limited to a non-URI: empty');
    assert.deepEqual(
      await s.request('textDocument/completion', { textDocument: { uri: 'file:///nowhere.take' }, position: { line: 0, character: 0 } }),
      [],
      'completion in an unknown document: nothing',
    );
    await stillServing();
  });

  test('completion at an impossible position answers nothing or items with ranges inside the document', async () => {
    const items = await s.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri(ws.path('a.take')) },
      position: { line: -5, character: 99999 },
    });
    const lineCount = take().split('\n').length;
    for (const item of items) {
      const range = item.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined;
      if (!range) continue;
      assert.ok(range.start.line >= 0 && range.end.line < lineCount, `${item.label}: ${JSON.stringify(range)}`);
    }
    await stillServing();
  });

  test('a 5 MB document gets diagnostics and the server keeps serving', async () => {
    const para = DEFAULT_BODY.join(' ');
    const big = take({ body: Array.from({ length: Math.ceil(5_000_000 / para.length) }, () => para) });
    assert.ok(big.length >= 5_000_000);
    const d = await s.open(uri(ws.path('big.take')), big, 1);
    assert.ok(
      d.diagnostics.some((x) => x.code === 'word-count'),
      'the word limit is reported',
    );
    await stillServing();
  });

  test('a document of random bytes gets diagnostics and the server keeps serving', async () => {
    const junk = junkBytes(20_000).toString('latin1');
    const lineCount = junk.split(/\r\n|\r|\n/).length;
    const d = await s.open(uri(ws.path('junk.take')), junk, 1);
    assert.ok(
      d.diagnostics.some((x) => x.code === 'required-parts'),
      'junk lacks the parts of a take',
    );
    assertWellFormed(d.diagnostics, lineCount);
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri(ws.path('junk.take')) } });
    assert.ok(symbols.length > 0, 'the junk still gets an outline');
    for (const x of symbols) assert.ok(x.range.start.line >= 0 && x.range.end.line < lineCount, `symbol inside the document: ${JSON.stringify(x.range)}`);
    await stillServing();
  });

  test('an untitled document is linted with the default house style', async () => {
    const d = await s.open('untitled:Untitled-1', 'Just one line.\n', 1);
    assert.ok(d.diagnostics.some((x) => x.code === 'required-parts'));
  });
});

// Bad input never kills the server: malformed requests, unknown methods, huge and binary documents.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspSession, serverOn, uri } from '../helpers/lsp';
import { DEFAULT_BODY, take } from '../helpers/take-builder';

describe('robustness', () => {
  let s: LspSession;
  const ws = serverOn({ 'a.take': take() }, (session) => (s = session));

  /** The server still answers a real request. */
  const stillServing = async () => {
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri(ws.path('a.take')) } });
    assert.ok(Array.isArray(symbols));
  };

  test('an unknown method gets MethodNotFound', async () => {
    await assert.rejects(s.request('commentary/noSuchThing', {}), (e: { code: number }) => e.code === -32601);
    await stillServing();
  });

  test('a malformed request gets an answer, not a crash', async () => {
    const answers = await Promise.allSettled([
      s.request('textDocument/hover', {}),
      s.request('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.take' } }),
      s.request('textDocument/documentSymbol', null),
      s.request('commentary/corpus', { uri: 42 }),
      s.request('textDocument/completion', { textDocument: { uri: uri(ws.path('a.take')) }, position: { line: -5, character: 99999 } }),
    ]);
    assert.equal(answers.length, 5);
    await stillServing();
    assert.equal(s.exitCode, null);
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
    const junk = randomBytes(20_000).toString('latin1');
    const d = await s.open(uri(ws.path('junk.take')), junk, 1);
    assert.ok(Array.isArray(d.diagnostics));
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri(ws.path('junk.take')) } });
    assert.ok(Array.isArray(symbols));
    await stillServing();
  });

  test('an untitled document is linted with the default house style', async () => {
    const d = await s.open('untitled:Untitled-1', 'Just one line.\n', 1);
    assert.ok(d.diagnostics.some((x) => x.code === 'required-parts'));
  });
});

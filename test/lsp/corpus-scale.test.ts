// The corpus request and the corpus stage on a big workspace: linear in the number of takes, and a keystroke
// republishes only what changed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';
import { TakeStore } from '../../server/src/lsp/takes';
import { corpus } from '../../server/src/lsp/features/corpus';
import type { ServerContext } from '../../server/src/lsp/context';
import { pathToUri } from '../../server/src/lsp/convert';
import { installHost } from '../../server/src/lsp/host';
import { nodeHost } from '../../server/src/lsp/node-host';
import { type LspSession, serverOn, uri } from '../helpers/lsp';
import { TEST_CONFIG, take, takeBy, BODY_QUOTES } from '../helpers/take-builder';

const N = 50_000;

describe('commentary/corpus on 50,000 takes', { timeout: 120000 }, () => {
  test('answers in linear time (a list copied per take took 35 s)', { timeout: 60000 }, () => {
    // No rules: the store still parses and summarises every take, which is all the corpus request reads.
    installHost(nodeHost());
    const store = new TakeStore(() => DEFAULT_SETTINGS, []);
    const text = take();
    for (let k = 0; k < N; k++) store.lint(pathToUri(`/nonexistent-corpus-scale/s${k % 2}/t${k}.take`), text, 1);
    const ctx = { store } as unknown as ServerContext;
    const t0 = performance.now();
    const result = corpus(ctx, undefined);
    const ms = performance.now() - t0;
    assert.equal(result.symposia.length, 2);
    assert.equal(
      result.symposia.reduce((n, s) => n + s.takes.length, 0),
      N,
    );
    console.log(`commentary/corpus over ${N} takes: ${Math.round(ms)} ms`);
    assert.ok(ms < 10000, `${Math.round(ms)} ms`);
    const t1 = performance.now();
    for (const sym of result.symposia) store.runCorpus(store.get(sym.takes[0].uri)!.group);
    assert.ok(performance.now() - t1 < 20000, 'the corpus stage of every symposium');
  });
});

describe('a keystroke in a 50-take symposium', { timeout: 60000 }, () => {
  const files: Record<string, string> = { 'symposium.json': JSON.stringify(TEST_CONFIG, null, 2) + '\n' };
  const names: string[] = [];
  for (let k = 0; k < 50; k++) {
    const name = `take-${String(k).padStart(2, '0')}.take`;
    names.push(name);
    files[name] = takeBy(`Kim Ha${String.fromCharCode(97 + (k % 26))}${k}`.replace(/\d+$/, ''), BODY_QUOTES[k % BODY_QUOTES.length]);
  }
  let s: LspSession;
  const ws = serverOn(files, (session) => (s = session));

  test('with no corpus change publishes only the edited take', { timeout: 30000 }, async () => {
    const all = names.map((n) => uri(ws.path(n)));
    await s.until('every take published', () => all.every((u) => s.diagnostics.has(u)), 20000);
    const u = all[7];
    const text = files[names[7]];
    await s.open(u, text, 1);
    const mark = s.notifications.length;
    // A change inside the body that no corpus rule looks at (no person, headline or pull-quote changes).
    await s.change(u, text + '\n', 2);
    await s.change(u, text + '\n\n', 3);
    // A round trip: everything the server sent for the changes has arrived.
    await s.request('commentary/corpus', {});
    const published = s.notifications
      .slice(mark)
      .filter((n) => n.method === 'textDocument/publishDiagnostics')
      .map((n) => (n.params as PublishDiagnosticsParams).uri);
    assert.deepEqual([...new Set(published)], [u], `published: ${published.length} for ${new Set(published).size} takes`);
  });
});

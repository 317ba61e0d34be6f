// A workspace holding a FIFO take, a take linked to /dev/zero and a huge take: the server neither hangs nor floods its memory.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { type LspSession, serverOn, uri } from '../helpers/lsp';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, takeBy } from '../helpers/take-builder';

/** Each wait for diagnostics fails after this long (the server used to hang for ever, or grow past 3 GB). */
const WAIT_MS = 15_000;

const [first, ...rest] = DEFAULT_BODY;
const withIts = takeBy('Kim Ha', BODY_QUOTES[0], { body: [`The plan lost its’ way. ${first}`, ...rest] });

describe('hostile files in the workspace', { timeout: 4 * WAIT_MS }, () => {
  let s: LspSession;
  const ws = serverOn({ 'symposium.json': JSON.stringify(TEST_CONFIG), 'broken.take': withIts }, (session) => (s = session));
  // Made before the server starts (serverOn starts it in a `before` hook): it indexes them with the workspace.
  const fifo = spawnSync('mkfifo', [ws.path('pipe.take')]).status === 0;
  symlinkSync('/dev/zero', ws.path('zero.take'));

  test('a normal take is still diagnosed, and the FIFO and /dev/zero link get nothing', async () => {
    assert.ok(fifo, 'mkfifo made a FIFO');
    const broken = await s.diagnosticsFor(uri(ws.path('broken.take')), (p) => p.diagnostics.some((d) => d.code === 'possessive-its'), WAIT_MS);
    assert.ok(broken);
    assert.equal(s.diagnostics.has(uri(ws.path('pipe.take'))), false);
    assert.equal(s.diagnostics.has(uri(ws.path('zero.take'))), false);
    assert.equal(s.exitCode, null);
  });

  test('a watcher event for the FIFO, the link or a 5 MiB take does not stall the server', async () => {
    writeFileSync(ws.path('big.take'), withIts + '\nThe plan lost much of its way.\n'.repeat((5 * 1024 * 1024) / 30));
    const changes = ['pipe.take', 'zero.take', 'big.take'].map((name) => ({ uri: uri(ws.path(name)), type: 1 }));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
    const p = ws.path('new.take');
    writeFileSync(p, withIts);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(p), type: 1 }] });
    await s.diagnosticsFor(uri(p), (x) => x.diagnostics.some((d) => d.code === 'possessive-its'), WAIT_MS);
    for (const name of ['pipe.take', 'zero.take', 'big.take']) assert.equal(s.diagnostics.get(uri(ws.path(name)))?.diagnostics.length ?? 0, 0, name);
    assert.equal(s.exitCode, null);
  });
});

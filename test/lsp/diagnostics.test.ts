// Diagnostics over stdio: open takes on every change, closed takes of the workspace, config changes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { LspSession, serverOn, uri } from '../helpers/lsp';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, take, takeBy } from '../helpers/take-builder';

const [first, ...rest] = DEFAULT_BODY;
/** A take by `name` with an its’ in its first paragraph. */
const brokenBy = (name: string, quote: string) => takeBy(name, quote, { body: [`The plan lost its’ way. ${first}`, ...rest] });
const withIts = brokenBy('Kim Ha', BODY_QUOTES[0]);

describe('diagnostics', () => {
  let s: LspSession;
  const ws = serverOn(
    {
      'symposium.json': JSON.stringify({ ...TEST_CONFIG, ignore: ['archive/**'] }),
      'clean.take': take(),
      'archive/old.take': withIts,
      'broken.take': withIts,
      'drafts/other.take': takeBy('Lan Vo', BODY_QUOTES[1]),
      'node_modules/skip.take': withIts,
      'ignored/skip.take': withIts,
      '.gitignore': 'ignored/\n',
    },
    (session) => (s = session),
  );

  test('closed takes of the workspace are diagnosed without being opened', async () => {
    const broken = await s.diagnosticsFor(uri(ws.path('broken.take')), (p) => p.diagnostics.length > 0);
    const d = broken.diagnostics.find((x) => x.code === 'possessive-its');
    assert.ok(d, 'possessive-its reported');
    assert.equal(d.source, 'commentary-lint');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, { start: { line: 3, character: 14 }, end: { line: 3, character: 18 } });
    assert.match(d.codeDescription!.href, /docs\/rules\/possessive-its\.md$/);
    assert.deepEqual((d.data as { fix: unknown }).fix, [{ start: withIts.indexOf('its’') + 3, end: withIts.indexOf('its’') + 4, text: '' }]);
    const clean = await s.diagnosticsFor(uri(ws.path('clean.take')));
    assert.deepEqual(
      clean.diagnostics.map((x) => x.code),
      [],
    );
    await s.diagnosticsFor(uri(ws.path('drafts/other.take')));
    assert.equal(s.diagnostics.has(uri(ws.path('node_modules/skip.take'))), false, 'node_modules is skipped');
    assert.equal(s.diagnostics.has(uri(ws.path('ignored/skip.take'))), false, '.gitignore is respected');
    assert.equal(s.diagnostics.has(uri(ws.path('archive/old.take'))), false, 'the symposium’s ignore globs are respected');
  });

  test('indexing reports work-done progress and registers file watchers', async () => {
    await s.until('progress end', () =>
      s.notifications.some((n) => n.method === '$/progress' && (n.params as { value: { kind: string } }).value.kind === 'end'),
    );
    const kinds = s.notifications.filter((n) => n.method === '$/progress').map((n) => (n.params as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    const reg = JSON.stringify(s.registrations);
    assert.match(reg, /workspace\/didChangeWatchedFiles/);
    assert.match(reg, /symposium\.json/);
  });

  test('an open document is linted on every change, with its version', async () => {
    const u = uri(ws.path('open.take'));
    const broken = brokenBy('Bao Nguyen', BODY_QUOTES[2]);
    const v1 = await s.open(u, broken, 1);
    assert.deepEqual(
      v1.diagnostics.map((d) => d.code),
      ['possessive-its'],
    );
    const v2 = await s.change(u, takeBy('Bao Nguyen', BODY_QUOTES[2]), 2);
    assert.deepEqual(v2.diagnostics, []);
    const v3 = await s.change(u, broken.replace('lost', 'has lost'), 3);
    assert.equal(v3.diagnostics[0].range.start.character, 18);
  });

  test('rapid changes end with the diagnostics of the last version', async () => {
    const u = uri(ws.path('rapid.take'));
    const [clean, broken] = [takeBy('Thu Pham', BODY_QUOTES[3]), brokenBy('Thu Pham', BODY_QUOTES[3])];
    await s.open(u, clean, 1);
    for (let v = 2; v <= 30; v++)
      await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: v }, contentChanges: [{ text: v % 2 ? broken : clean }] });
    const last = await s.diagnosticsFor(u, (p) => p.version === 30);
    assert.deepEqual(last.diagnostics, []);
    const versions = s.notifications
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u)
      .map((n) => (n.params as { version: number }).version);
    assert.deepEqual(
      [...versions].sort((a, b) => a - b),
      versions,
      'versions never go backwards',
    );
  });

  test('client settings turn a rule off, and back on', async () => {
    const u = uri(ws.path('broken.take'));
    s.settings = { rules: { 'possessive-its': 'off' } };
    const mark = s.notifications.length;
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.until(
      're-lint without possessive-its',
      () =>
        s.notifications.slice(mark).some((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u) &&
        !s.diagnostics.get(u)!.diagnostics.some((d) => d.code === 'possessive-its'),
    );
    s.settings = {};
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.diagnosticsFor(u, (p) => p.diagnostics.some((d) => d.code === 'possessive-its'));
  });

  test('a broken symposium.json gets diagnostics on itself and takes fall back to defaults', async () => {
    const cfg = ws.path('symposium.json');
    writeFileSync(cfg, '{\n  "series": "The Mekong Accord",\n  "quotes": "fancy"\n}\n');
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(cfg), type: 2 }] });
    const onConfig = await s.diagnosticsFor(uri(cfg), (p) => p.diagnostics.length > 0);
    const { message } = onConfig.diagnostics[0];
    assert.ok(typeof message === 'string', 'a plain-text message');
    assert.match(message, /quotes must be one of/);
    assert.deepEqual(onConfig.diagnostics[0].range.start, { line: 2, character: 12 });
    await s.diagnosticsFor(uri(ws.path('broken.take')), (p) => p.diagnostics.some((d) => d.code === 'possessive-its'));
    writeFileSync(cfg, JSON.stringify(TEST_CONFIG));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(cfg), type: 2 }] });
    await s.diagnosticsFor(uri(cfg), (p) => p.diagnostics.length === 0);
  });

  test('a take created on disk is diagnosed; a deleted one is cleared', async () => {
    const p = ws.path('new.take');
    writeFileSync(p, brokenBy('Son Le', BODY_QUOTES[4]));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(p), type: 1 }] });
    await s.diagnosticsFor(uri(p), (x) => x.diagnostics.some((d) => d.code === 'possessive-its'));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(p), type: 3 }] });
    await s.diagnosticsFor(uri(p), (x) => x.diagnostics.length === 0);
  });

  test('shutdown and exit end the process with code 0', async () => {
    const other = await LspSession.start({});
    assert.equal(await other.stop(), 0);
  });
});

describe('related information', () => {
  const mismatch = takeBy('Lan Vo', BODY_QUOTES[1], { byline: 'Dr. Lam Vo is a fellow at the Delta Institute in Can Tho.' });
  const offQuote = takeBy('Kim Ha', BODY_QUOTES[0], { pullQuote: '“Critics are right that gauges alone will not refill the lake.”' });
  let s: LspSession;
  const ws = serverOn({ 'symposium.json': JSON.stringify(TEST_CONFIG), 'lan.take': mismatch, 'kim.take': offQuote }, (session) => (s = session));

  test('byline-name points at the headline’s name and offers both suggestions', async () => {
    const u = uri(ws.path('lan.take'));
    const { diagnostics } = await s.diagnosticsFor(u, (p) => p.diagnostics.some((d) => d.code === 'byline-name'));
    const d = diagnostics.find((x) => x.code === 'byline-name')!;
    const headlineLine = mismatch.split('\n')[0];
    const at = headlineLine.indexOf('Lan Vo');
    assert.deepEqual(
      d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start, r.location.range.end]),
      [[u, { line: 0, character: at }, { line: 0, character: at + 6 }]],
    );
    assert.equal((d.data as { suggestions: unknown[] }).suggestions.length, 2);
  });

  test('pull-quote-in-body points at the closest body sentence', async () => {
    const u = uri(ws.path('kim.take'));
    const { diagnostics } = await s.diagnosticsFor(u, (p) => p.diagnostics.some((d) => d.code === 'pull-quote-in-body'));
    const d = diagnostics.find((x) => x.code === 'pull-quote-in-body')!;
    const r = d.relatedInformation?.[0];
    assert.ok(r, 'a related location');
    const line = offQuote.split('\n')[r.location.range.start.line];
    assert.equal(line.slice(r.location.range.start.character, r.location.range.end.character), BODY_QUOTES[0]);
  });
});

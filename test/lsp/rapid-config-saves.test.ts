// 61 rapid symposium.json saves over a workspace of 2,000 closed takes (issue 9): re-indexing is coalesced, so the
// workspace settles on the last save's config quickly (it took 71 s when every save re-indexed everything), and the
// number of diagnostics published for the saves stays bounded.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { type LspSession, serverOn, uri } from '../helpers/lsp';

const N = 2000;
const SAVES = 61;
const SAMPLES = join(__dirname, '../../samples');
const TAKE = readFileSync(join(SAMPLES, 'li-wenjun.take'), 'utf8');
const BASE = JSON.parse(readFileSync(join(SAMPLES, 'symposium.json'), 'utf8')) as Record<string, unknown>;
delete BASE.$schema;

const GIVEN = [
  'Anna',
  'Chen',
  'Ravi',
  'Maria',
  'Jonas',
  'Amara',
  'Kofi',
  'Elena',
  'Tomas',
  'Yuki',
  'Omar',
  'Lena',
  'Pablo',
  'Ines',
  'Sven',
  'Nadia',
  'Arjun',
  'Clara',
  'Hugo',
  'Mei',
];
const FAMILY = [
  'Berg',
  'Hao',
  'Kumar',
  'Lopez',
  'Weber',
  'Okafor',
  'Mensah',
  'Rossi',
  'Novak',
  'Sato',
  'Haddad',
  'Fischer',
  'Garcia',
  'Moreau',
  'Lind',
  'Petrov',
  'Singh',
  'Brandt',
  'Dubois',
  'Wang',
];
/** 2,000 distinct contributor names: 20 × 20 given and family names, with 5 middle initials. */
const NAMES = Array.from({ length: N }, (_, k) => `${GIVEN[k % 20]} ${'ABCDE'[Math.floor(k / 400)]}. ${FAMILY[Math.floor(k / 20) % 20]}`);

/**
 * The config of save `k` (0 is the one on disk at start). Every save keeps the 436-word takes over a 400-word limit
 * (word-count on each take) except some intermediate ones; only the last turns word-count off *and* asks for an
 * "AP" image credit, so image-credit without word-count on a take can only come from the last save.
 */
function config(k: number): string {
  const last = k === SAVES;
  return JSON.stringify(
    {
      ...BASE,
      words: { min: 300, max: 400 },
      imageCredit: last ? 'AP' : 'Reuters',
      vocabulary: ['Gydan', `Save${k}`],
      rules: { 'unique-pull-quote': 'off', ...(last || k % 3 === 2 ? { 'word-count': 'off' } : {}) },
    },
    null,
    2,
  );
}

const codes = (p: PublishDiagnosticsParams): Set<unknown> => new Set(p.diagnostics.map((d) => d.code));

describe(`${SAVES} rapid symposium.json saves over ${N} closed takes`, { timeout: 120000 }, () => {
  const files: Record<string, string> = { 'symposium.json': config(0) };
  NAMES.forEach((name, k) => (files[`takes/t${String(k).padStart(4, '0')}.take`] = TAKE.replaceAll('Li Wenjun', name)));
  let s: LspSession;
  const ws = serverOn(files, (session) => (s = session));
  const uris = Object.keys(files)
    .filter((f) => f.endsWith('.take'))
    .map((f) => uri(ws.path(f)));

  /** Waits until every take's latest diagnostics satisfy `ok`, reading each notification once. */
  async function settle(what: string, ok: (p: PublishDiagnosticsParams) => boolean, from: number, ms: number): Promise<void> {
    const good = new Set<string>();
    let seen = from;
    const wanted = new Set(uris);
    await s.until(
      what,
      () => {
        for (; seen < s.notifications.length; seen++) {
          const n = s.notifications[seen];
          if (n.method !== 'textDocument/publishDiagnostics') continue;
          const p = n.params as PublishDiagnosticsParams;
          if (!wanted.has(p.uri)) continue;
          if (ok(p)) good.add(p.uri);
          else good.delete(p.uri);
        }
        return good.size === N;
      },
      ms,
    );
  }

  test('the workspace is indexed (word-count on every take)', { timeout: 60000 }, async () => {
    const t0 = performance.now();
    await settle('every take reported by word-count', (p) => codes(p).has('word-count') && !codes(p).has('image-credit'), 0, 55000);
    console.log(`indexed ${N} takes in ${Math.round(performance.now() - t0)} ms`);
  });

  test('settles on the last save within the timeout, with a bounded number of publishes', { timeout: 30000 }, async () => {
    const cfg = ws.path('symposium.json');
    const mark = s.notifications.length;
    const t0 = performance.now();
    for (let k = 1; k <= SAVES; k++) {
      writeFileSync(cfg, config(k));
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(cfg), type: 2 }] });
    }
    await settle(
      'every take under the last config (image-credit, no word-count)',
      (p) => codes(p).has('image-credit') && !codes(p).has('word-count'),
      mark,
      28000,
    );
    const ms = performance.now() - t0;
    // A round trip, so whatever the server sent before answering has arrived.
    await s.request('commentary/corpus', {});
    const published = s.notifications.slice(mark).filter((n) => n.method === 'textDocument/publishDiagnostics').length;
    console.log(`${SAVES} saves over ${N} takes settled in ${Math.round(ms)} ms; ${published} publishDiagnostics after the first save`);
    assert.ok(published <= 10 * N, `${published} publishDiagnostics for ${SAVES} saves over ${N} takes (at most ${10 * N} expected)`);
    assert.equal(s.exitCode, null, 'the server is alive');
  });
});

// Drives the built language server like an editor and reports latency and workspace-indexing numbers.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, tmpdir } from 'node:os';
import { ensureCorpus } from '../cli/corpus.mjs';
import { startServer } from './client.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const SERVER = join(ROOT, 'dist/server.js');
const EDITS = Number(process.env.BENCH_EDITS ?? 300);
const BIG_EDITS = Number(process.env.BENCH_BIG_EDITS ?? 60);
const WORKSPACE_TAKES = Number(process.env.BENCH_WORKSPACE_TAKES ?? 2000);

if (!existsSync(SERVER)) {
  console.error('dist/server.js is missing: run `npm run build` first');
  process.exit(2);
}

/** The p-th percentile of a list of numbers. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A deterministic pseudo-random generator, so runs edit the same places. */
function prng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A take of about `words` body words, built from the benchmark corpus's takes. */
function takeOfWords(corpus, words) {
  const files = readdirSync(corpus.takesDir)
    .filter((f) => f.endsWith('.take'))
    .sort();
  const lines = readFileSync(join(corpus.takesDir, files[0]), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const [headline, pullQuote, note] = lines;
  const [byline, image] = lines.slice(-2);
  const body = [];
  let count = 0;
  for (const f of files) {
    for (const p of readFileSync(join(corpus.takesDir, f), 'utf8').split(/\r?\n/).filter(Boolean).slice(3, -2)) {
      if (count >= words) break;
      body.push(p);
      count += p.split(/\s+/).length;
    }
    if (count >= words) break;
  }
  return [headline, pullQuote, note, ...body, byline, image].join('\n') + '\n';
}

/** Types into an open document: one-character insertions and deletions at random body positions. */
async function typingLatency(server, uri, text, edits, seed) {
  const random = prng(seed);
  const lines = text.split('\n');
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commentary', version: 1, text } });
  await server.diagnostics(uri, 1);
  const times = [];
  for (let v = 2; v <= edits + 1; v++) {
    const line = 3 + Math.floor(random() * (lines.length - 5));
    const character = Math.floor(random() * Math.max(1, lines[line].length - 1));
    const insert = v % 2 === 0;
    const change = insert
      ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
      : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    lines[line] = insert
      ? lines[line].slice(0, character) + 'x' + lines[line].slice(character)
      : lines[line].slice(0, character) + lines[line].slice(character + 1);
    const waiting = server.diagnostics(uri, v);
    const sent = performance.now();
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    times.push((await waiting) - sent);
  }
  return { edits, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times) };
}

/** Opens a workspace of closed takes and times until every one has diagnostics. */
async function workspaceIndexing(corpus, n) {
  // Outside the repository: the repository's .gitignore ignores bench/**/.work, and the server honours it.
  const dir = mkdtempSync(join(tmpdir(), `commentary-bench-workspace-${n}-`));
  copyFileSync(join(corpus.takesDir, 'symposium.json'), join(dir, 'symposium.json'));
  const files = readdirSync(corpus.takesDir)
    .filter((f) => f.endsWith('.take'))
    .sort()
    .slice(0, n);
  for (const f of files) copyFileSync(join(corpus.takesDir, f), join(dir, f));
  const server = await startServer(SERVER, pathToFileURL(dir).href);
  const deadline = Date.now() + 120000;
  while (server.published.size < files.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const last = Math.max(...[...server.published.values()].map((p) => p.at));
  const result = { takes: files.length, diagnosed: server.published.size, seconds: (last - server.initializedAt) / 1000, peakMiB: server.peakMiB() };
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const corpus = ensureCorpus(join(HERE, '../cli/.corpus'), Math.max(WORKSPACE_TAKES, 200), 1);
const small = takeOfWords(corpus, 900);
const big = (() => {
  const base = takeOfWords(corpus, 900).split('\n');
  const body = base.slice(3, -3);
  const out = base.slice(0, 3);
  while (out.join('\n').length < 1_000_000) out.push(...body);
  return [...out, ...base.slice(-3)].join('\n');
})();

// The typed takes sit (unsaved) in a folder with the corpus's symposium.json, so every rule runs, spelling included.
const typingDir = mkdtempSync(join(tmpdir(), 'commentary-bench-typing-'));
copyFileSync(join(corpus.takesDir, 'symposium.json'), join(typingDir, 'symposium.json'));
const server = await startServer(SERVER, null);
const take900 = await typingLatency(server, pathToFileURL(join(typingDir, 'bench-900.take')).href, small, EDITS, 7);
const take1mb = await typingLatency(server, pathToFileURL(join(typingDir, 'bench-1mb.take')).href, big, BIG_EDITS, 11);
const afterTyping = server.peakMiB();
await server.stop();
rmSync(typingDir, { recursive: true, force: true });
const workspace = await workspaceIndexing(corpus, WORKSPACE_TAKES);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  take900: { words: small.split(/\s+/).length, ...take900 },
  take1mb: { bytes: Buffer.byteLength(big), ...take1mb },
  typingPeakMiB: afterTyping,
  workspace,
  targets: {
    take900P99Under10ms: take900.p99 < 10,
    take1mbP99Under150ms: take1mb.p99 < 150,
    workspaceUnder5s: workspace.seconds < 5,
    workspaceUnder300MiB: workspace.peakMiB < 300,
  },
};
writeFileSync(join(HERE, 'results.json'), JSON.stringify(results, null, 2) + '\n');
const ms = (x) => `${x.toFixed(2)} ms`;
console.log(
  `didChange → publishDiagnostics, 900-word take (${EDITS} edits): p50 ${ms(take900.p50)}, p99 ${ms(take900.p99)} (target p99 < 10 ms: ${results.targets.take900P99Under10ms ? 'met' : 'MISSED'})`,
);
console.log(
  `didChange → publishDiagnostics, 1 MB take (${BIG_EDITS} edits): p50 ${ms(take1mb.p50)}, p99 ${ms(take1mb.p99)} (target p99 < 150 ms: ${results.targets.take1mbP99Under150ms ? 'met' : 'MISSED'})`,
);
console.log(
  `workspace of ${workspace.takes} closed takes: all diagnosed in ${workspace.seconds.toFixed(2)} s, server peak ${workspace.peakMiB.toFixed(0)} MiB (targets < 5 s: ${results.targets.workspaceUnder5s ? 'met' : 'MISSED'}, < 300 MiB: ${results.targets.workspaceUnder300MiB ? 'met' : 'MISSED'})`,
);

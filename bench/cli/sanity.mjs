// `node bench/cli/sanity.mjs`: checks the corpus against dist/cli.js: clean takes must give no findings, each defect its rule.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(HERE, '../../dist/cli.js');
const N = Number(process.env.BENCH_TAKES || 10000);
const SEED = Number(process.env.BENCH_SEED || 42);
const SAMPLE = 20;

/** Runs the CLI with JSON output on some paths; returns its findings by file name. */
function lint(paths, cwd) {
  const r = spawnSync(process.execPath, [CLI, ...paths, '--no-ignore', '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`dist/cli.js exited ${r.status}: ${r.stderr}`);
  const byFile = new Map();
  collect(JSON.parse(r.stdout), byFile);
  return byFile;
}

/** Walks the CLI's JSON for objects with a filePath and a list of findings with a ruleId (whatever the exact shape). */
function collect(node, byFile) {
  if (Array.isArray(node)) return node.forEach((x) => collect(x, byFile));
  if (!node || typeof node !== 'object') return;
  if (typeof node.filePath === 'string') {
    const findings = Object.values(node)
      .filter(Array.isArray)
      .flat()
      .filter((f) => f && typeof f.ruleId === 'string');
    byFile.set(basename(node.filePath), [...(byFile.get(basename(node.filePath)) ?? []), ...findings]);
  }
  for (const value of Object.values(node)) if (value && typeof value === 'object') collect(value, byFile);
}

/** The text a finding points at, when the JSON gives offsets or a line and column. */
function excerpt(takesDir, file, f) {
  const text = readFileSync(join(takesDir, file), 'utf8');
  if (typeof f.start === 'number' && typeof f.end === 'number') return JSON.stringify(text.slice(f.start, Math.min(f.end, f.start + 60)));
  if (typeof f.line === 'number') return JSON.stringify((text.split(/\r?\n/)[f.line - 1] ?? '').slice((f.column ?? 1) - 1, (f.column ?? 1) + 40));
  return '';
}

if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const corpus = ensureCorpus(join(HERE, '.corpus'), N, SEED);
const { defects, expectedRule, partners } = corpus.manifest;
const CORPUS_RULES = new Set(['unique-contributor', 'unique-pull-quote']);
const files = readdirSync(corpus.takesDir).filter((f) => f.endsWith('.take'));
const clean = files.filter((f) => !defects[f]);

const step = Math.max(1, Math.floor(clean.length / SAMPLE));
const sample = clean.filter((_, i) => i % step === 0).slice(0, SAMPLE);
const sampleFindings = lint(sample, corpus.takesDir);
console.log(`${sample.length} clean takes linted one command: ${[...sampleFindings.values()].flat().length} findings`);
for (const [file, list] of sampleFindings) for (const f of list) console.log(`  ${file}: ${f.ruleId}: ${f.message} ${excerpt(corpus.takesDir, file, f)}`);

const all = lint([corpus.takesDir], corpus.takesDir);
const falsePositives = {};
/** A corpus-rule finding on the clean take a duplicate-* defect copied from is expected, not a false positive. */
const expected = (file, f) => partners[file] !== undefined && CORPUS_RULES.has(f.ruleId);
for (const file of clean) {
  const findings = (all.get(file) ?? []).filter((f) => !expected(file, f));
  for (const f of findings) (falsePositives[f.ruleId] ??= []).push(`${file}: ${f.message} ${excerpt(corpus.takesDir, file, f)}`);
}
console.log(`\nwhole corpus: findings on the ${clean.length} clean takes (copies of them by duplicate-* defects excepted), by rule:`);
for (const [rule, list] of Object.entries(falsePositives)) console.log(`  ${rule}: ${list.length}\n    ${list.slice(0, 3).join('\n    ')}`);
if (Object.keys(falsePositives).length === 0) console.log('  none');

console.log(`\nwhole corpus: ${Object.keys(defects).length} defective takes, expected rule found / takes, other rules seen:`);
const byKind = {};
for (const [file, kinds] of Object.entries(defects)) {
  const rules = new Set((all.get(file) ?? []).map((f) => f.ruleId));
  for (const kind of kinds) {
    const k = (byKind[kind] ??= { hit: 0, total: 0, others: new Set(), missed: [] });
    k.total++;
    if (rules.has(expectedRule[kind])) k.hit++;
    else k.missed.push(file);
    for (const r of rules) if (!kinds.some((x) => expectedRule[x] === r)) k.others.add(r);
  }
}
for (const [kind, k] of Object.entries(byKind)) {
  const others = k.others.size ? `  (also: ${[...k.others].join(', ')})` : '';
  const missed = k.missed.length ? `  missed: ${k.missed.slice(0, 3).join(', ')}` : '';
  console.log(`  ${k.hit === k.total ? 'ok  ' : 'MISS'} ${kind} → ${expectedRule[kind]}: ${k.hit}/${k.total}${others}${missed}`);
}

// `npm run bench:cli`: times the floor, commentary-lint and markdownlint-cli2 on one synthetic symposium; writes results.json.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.mjs';
import { measure } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const CLI = join(REPO, 'dist/cli.js');
const MARKDOWNLINT = realpathSync(join(REPO, 'node_modules/.bin/markdownlint-cli2'));

const N = positiveInt('BENCH_TAKES', 10000);
const RUNS = positiveInt('BENCH_RUNS', 3);
const SEED = positiveInt('BENCH_SEED', 42);
const TARGETS = { speedupVsMarkdownlint: 10, slowdownVsFloor: 5, peakMiB: 200, wallMsFor10k: 1500 };

/** A positive integer from the environment, or the default. */
function positiveInt(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got '${value}'`);
  return n;
}

/** The three measured tools: how to run each on the corpus, and which exit codes mean "ran to the end". */
function tools(corpus) {
  // --no-ignore: the corpus sits in a git-ignored folder; the other two tools read no .gitignore either.
  const cliArgs = process.env.BENCH_CLI_ARGS?.split(' ').filter(Boolean) ?? ['--no-ignore', '--format', 'json', '--output', '/dev/null'];
  return [
    { id: 'floor', label: 'floor (read every file)', args: [join(HERE, 'floor.mjs'), corpus.takesDir], cwd: REPO, okExit: [0] },
    { id: 'commentary-lint', label: 'commentary-lint', args: [CLI, corpus.takesDir, ...cliArgs], cwd: REPO, okExit: [0, 1] },
    { id: 'markdownlint-cli2', label: 'markdownlint-cli2 0.21.0', args: [MARKDOWNLINT, '**/*.md'], cwd: corpus.mdDir, okExit: [0, 1] },
  ];
}

/** Checks that a run did the whole job: right exit code and, where the tool says, every file seen. */
function problemsOf(tool, run, logBase) {
  const problems = [];
  if (!tool.okExit.includes(run.exitCode)) problems.push(`exit code ${run.exitCode ?? run.signal} (see ${logBase}.err)`);
  if (tool.id === 'commentary-lint' && run.exitCode === 0) problems.push('exit code 0: no findings on a corpus with defects');
  const out = readFileSync(`${logBase}.out`, 'utf8') + readFileSync(`${logBase}.err`, 'utf8');
  if (tool.id === 'floor' && !out.startsWith(`${N} files`)) problems.push(`floor read: ${out.trim()}`);
  const linted = /Linting: (\d+) file/.exec(out);
  if (tool.id === 'markdownlint-cli2' && Number(linted?.[1]) !== N) problems.push(`markdownlint-cli2 linted ${linted?.[1] ?? '?'} files, not ${N}`);
  return problems;
}

/** Runs every tool RUNS times, interleaved so drift hits all alike; keeps each tool's fastest run. */
function benchmark(corpus) {
  const logDir = join(corpus.dir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const list = tools(corpus).filter((t) => t.id !== 'commentary-lint' || existsSync(CLI));
  measure(list[0].args, { cwd: list[0].cwd, logBase: join(logDir, 'warm-up') });
  const results = Object.fromEntries(list.map((t) => [t.id, { label: t.label, runs: [], problems: [] }]));
  for (let i = 1; i <= RUNS; i++) {
    for (const tool of list) {
      const logBase = join(logDir, `${tool.id}-${i}`);
      const run = measure(tool.args, { cwd: tool.cwd, logBase });
      results[tool.id].runs.push(run);
      results[tool.id].problems.push(...problemsOf(tool, run, logBase));
      const line = `${run.wallMs.toFixed(0).padStart(7)} ms wall ${run.cpuMs?.toFixed(0).padStart(7)} ms CPU ${run.peakMiB?.toFixed(1).padStart(7)} MiB`;
      console.log(`  run ${i}/${RUNS} ${tool.id.padEnd(18)} ${line}  exit ${run.exitCode}`);
    }
  }
  for (const r of Object.values(results)) {
    const best = r.runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
    const leastCpu = Math.min(...r.runs.map((x) => x.cpuMs ?? Infinity));
    Object.assign(r, {
      wallMs: round(best.wallMs),
      cpuMs: round(best.cpuMs),
      leastCpuMs: leastCpu === Infinity ? undefined : round(leastCpu),
      peakMiB: round(best.peakMiB),
      gnuTimeMiB: round(best.gnuTimeMiB),
      filesPerSec: round(N / (best.wallMs / 1000), 0),
    });
    r.runs = r.runs.map((x) => ({ wallMs: round(x.wallMs), cpuMs: round(x.cpuMs), peakMiB: round(x.peakMiB), exitCode: x.exitCode }));
    r.problems = [...new Set(r.problems)];
  }
  return results;
}

/** Rounds to `digits` decimals, leaving undefined alone. */
function round(x, digits = 1) {
  return x === undefined ? undefined : Number(x.toFixed(digits));
}

/** The ratios (by wall time; by least CPU time, which other load on the machine disturbs less) and the verdict on each target. */
function verdicts(results) {
  const cl = results['commentary-lint'];
  if (!cl) return { ratios: {}, targets: [] };
  const ratios = {
    speedupVsMarkdownlint: round(results['markdownlint-cli2'].wallMs / cl.wallMs, 2),
    slowdownVsFloor: round(cl.wallMs / results.floor.wallMs, 2),
    cpuSpeedupVsMarkdownlint: round(results['markdownlint-cli2'].leastCpuMs / cl.leastCpuMs, 2),
    cpuSlowdownVsFloor: round(cl.leastCpuMs / results.floor.leastCpuMs, 2),
  };
  const targets = [
    {
      target: `throughput ≥ ${TARGETS.speedupVsMarkdownlint}× markdownlint-cli2`,
      measured: `${ratios.speedupVsMarkdownlint}×`,
      met: ratios.speedupVsMarkdownlint >= TARGETS.speedupVsMarkdownlint,
    },
    { target: `wall ≤ ${TARGETS.slowdownVsFloor}× floor`, measured: `${ratios.slowdownVsFloor}×`, met: ratios.slowdownVsFloor <= TARGETS.slowdownVsFloor },
    { target: `peak memory < ${TARGETS.peakMiB} MiB`, measured: `${cl.peakMiB} MiB`, met: cl.peakMiB < TARGETS.peakMiB },
  ];
  if (N === 10000)
    targets.push({ target: `wall ≤ ${TARGETS.wallMsFor10k} ms for 10,000 takes`, measured: `${cl.wallMs} ms`, met: cl.wallMs <= TARGETS.wallMsFor10k });
  return { ratios, targets };
}

/** Prints the results as a table and the targets as a checklist. */
function report(results, verdict) {
  console.log(`\n${N} takes, best of ${RUNS} runs, node ${process.version}, ${cpus().length} CPUs\n`);
  console.log(`${'tool'.padEnd(28)}${'wall ms'.padStart(10)}${'peak MiB'.padStart(10)}${'files/s'.padStart(10)}${'CPU ms'.padStart(10)}`);
  for (const r of Object.values(results)) {
    const cells = [r.wallMs, r.peakMiB, r.filesPerSec, r.cpuMs].map((x) => String(x).padStart(10)).join('');
    console.log(`${r.label.padEnd(28)}${cells}`);
  }
  console.log('(the fastest run of each tool; CPU = user + system time of all its threads)');
  console.log('');
  for (const t of verdict.targets) console.log(`${t.met ? 'MET   ' : 'MISSED'} ${t.target}: ${t.measured}`);
  for (const [id, r] of Object.entries(results)) for (const p of r.problems) console.log(`WARNING ${id}: ${p}`);
}

const loadBefore = loadavg().map((x) => round(x, 2));
if (loadBefore[0] > 0.5) console.log(`WARNING: load average ${loadBefore.join(' ')}: other work on this machine will slow every tool down`);
console.log(`corpus: ${N} takes (seed ${SEED})`);
const corpus = ensureCorpus(join(HERE, '.corpus'), N, SEED);
console.log(
  `  ${corpus.reused ? 'reused' : 'generated'} ${corpus.dir} (${corpus.manifest.defective} defective takes, ${(corpus.manifest.bytes / 2 ** 20).toFixed(1)} MiB)`,
);
if (!existsSync(CLI)) console.log(`  ${CLI} is missing: run \`npm run build\` first; measuring the others only`);
const results = benchmark(corpus);
const verdict = verdicts(results);
report(results, verdict);
const out = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg().map((x) => round(x, 2)),
  takes: N,
  runs: RUNS,
  seed: SEED,
  corpus: { bytes: corpus.manifest.bytes, meanBodyWords: Math.round(corpus.manifest.bodyWords / N), defectiveTakes: corpus.manifest.defective },
  tools: results,
  ...verdict,
};
writeFileSync(join(HERE, 'results.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`\nwrote ${join(HERE, 'results.json')}`);
const failed = !existsSync(CLI) || Object.values(results).some((r) => r.problems.length > 0);
process.exitCode = failed ? 1 : 0;

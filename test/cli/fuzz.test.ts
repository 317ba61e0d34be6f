// Fuzzing, bounded in time: random bytes, mangled sample takes and random symposium.json through the core and the built CLI.
// Every run prints nothing when it passes; a failure names its seed (set FUZZ_SEED to replay it).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText, lintText, parseSymposium, type Symposium } from '../../server/src/core';
import { makeTree, removeTree, runCli, type Tree } from '../helpers/cli';
import { SAMPLE_LINES, int, mangleTake, pick, randomConfig, rng, type ConfigFuzz, type Random } from '../helpers/fuzz';

const SEED = Number(process.env.FUZZ_SEED ?? 20260901);
/** How long each core section runs. */
const BUDGET_MS = Number(process.env.FUZZ_MS ?? 3000);

/** Characters that stress the parser and the rules: quotes, dashes, spaces, joiners, controls, surrogates, RTL, emoji. */
const ODD = [
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '–',
  '—',
  '-',
  '…',
  '...',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\r',
  '\r\n',
  '\u0000',
  '\u001b[2J',
  '\u0007',
  '\u202e',
  '\ud800',
  '\udc00',
  '😀',
  '𝐀',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬁ',
  '中文',
  'عربي',
  ':',
  'Editor’s Note:',
  'Image: ',
  'Photo: Reuters',
  '{series}',
  '{contributor}',
  'Dr.',
  'Mr ',
  'U.S.',
  'its’',
  'the the',
  ' ,',
  '!!',
  '?',
  '\n',
  '\n\n',
  '*',
  '[',
  '](',
];

/** A random string of odd pieces, sample words and random code units. */
function randomText(r: Random, pieces: number): string {
  let out = '';
  for (let k = 0; k < pieces; k++) {
    const roll = r();
    if (roll < 0.4) out += pick(r, ODD);
    else if (roll < 0.8)
      out +=
        pick(r, SAMPLE_LINES)
          .split(' ')
          .slice(0, 1 + int(r, 6))
          .join(' ') + ' ';
    else out += String.fromCharCode(int(r, 0x10000));
  }
  return out;
}

/** A sample take mangled: lines shuffled, duplicated, dropped, cut or filled with odd text; CRLF, a BOM, a long word. */
function randomTake(r: Random): string {
  return mangleTake(r, {
    text: randomText,
    sampleLines: true,
    fillers: ['x', 'ab’', '“', '—', ' ', '.'],
    lineEnd: (rr) => (rr() < 0.2 ? '\r\n' : '\n'),
  });
}

/** What this test brings to the shared symposium.json generator. */
const CONFIGS: ConfigFuzz = { text: randomText, odd: ODD, valueKeys: ['min', 'max', 'maxWords', 'files'], ignoreGlobs: 1 };

/** Findings that say a rule threw. */
function ruleFailures(findings: Array<{ message: string }>): string[] {
  return findings.filter((f) => /^Rule ".*" failed/.test(f.message)).map((f) => f.message);
}

/** Runs `body` with a fresh generator per iteration until the budget is spent; a failure names seed and iteration. */
function fuzz(name: string, body: (r: Random) => void): void {
  test(`fuzz: ${name} (seed ${SEED})`, { timeout: BUDGET_MS * 10 + 30000 }, (t) => {
    const start = Date.now();
    let iteration = 0;
    while (Date.now() - start < BUDGET_MS) {
      const r = rng(SEED + iteration * 7919);
      try {
        body(r);
      } catch (e) {
        throw new Error(`FUZZ_SEED=${SEED}, iteration ${iteration}: ${(e as Error).message}`, { cause: e });
      }
      iteration++;
    }
    assert.ok(iteration > 0);
    t.diagnostic(`${iteration} iterations`);
  });
}

fuzz('random bytes decoded as text through lint and fix', (r) => {
  const bytes = Buffer.alloc(int(r, 4000));
  for (let k = 0; k < bytes.length; k++) bytes[k] = int(r, 256);
  const text = bytes.toString(r() < 0.5 ? 'utf8' : 'latin1');
  assert.deepEqual(ruleFailures(lintText(text).findings), []);
  assert.deepEqual(ruleFailures(fixText(text).result.findings), []);
});

fuzz('mangled sample takes through lint and fix', (r) => {
  const text = randomTake(r);
  const result = lintText(text, { filePath: '/s/t.take' });
  assert.deepEqual(ruleFailures(result.findings), []);
  for (const f of result.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `range ${f.start}-${f.end} of ${f.ruleId}`);
  const fixed = fixText(text, { filePath: '/s/t.take' });
  assert.equal(typeof fixed.output, 'string');
  assert.deepEqual(ruleFailures(fixed.result.findings), []);
});

fuzz('random symposium.json parsed and applied to mangled takes', (r) => {
  const parsed = parseSymposium(randomConfig(r, CONFIGS), '/s/symposium.json', '/s');
  for (const p of parsed.problems) assert.ok(p.line >= 1 && p.column >= 1);
  const symposium: Symposium | undefined = parsed.symposium;
  const text = randomTake(r);
  assert.deepEqual(ruleFailures(lintText(text, { symposium, filePath: `/s/${pick(r, ['a.take', 'd/b.take', '[x] c.take'])}` }).findings), []);
  assert.deepEqual(ruleFailures(fixText(text, { symposium, filePath: '/s/a.take' }).result.findings), []);
});

const folders: string[] = [];
after(() => folders.forEach(removeTree));

test(`fuzz: the built CLI on random folders (seed ${SEED})`, { timeout: 120000 }, () => {
  for (let k = 0; k < 4; k++) {
    const r = rng(SEED + 104729 * (k + 1));
    const tree: Tree = { 'symposium.json': randomConfig(r, CONFIGS) };
    for (let n = 1 + int(r, 5); n > 0; n--) tree[`${pick(r, ['', 'sub/', 'a b/'])}t${n}.take`] = randomTake(r);
    const junk = Buffer.alloc(int(r, 2000));
    for (let i = 0; i < junk.length; i++) junk[i] = int(r, 256);
    tree['junk.take'] = junk;
    const dir = makeTree(tree);
    folders.push(dir);
    for (const args of [['--format', 'json', '.'], ['--format', 'sarif', '.'], ['--fix-dry-run', '--format', 'json', '.'], ['--fix', '.'], ['.']]) {
      const res = runCli(args, { cwd: dir, env: { COMMENTARY_LINT_WORKERS: k % 2 ? '0' : '2' } });
      const where = `FUZZ_SEED=${SEED}, folder ${k}, ${args.join(' ')}`;
      assert.ok([0, 1, 2].includes(res.code), `${where}: exit ${res.code}\n${res.stderr}`);
      assert.doesNotMatch(res.stderr, /internal error/, where);
      assert.doesNotMatch(res.stdout, /Rule \\?"[^"\\]*\\?" failed/, where);
      if (args.includes('json') && res.stdout !== '') assert.doesNotThrow(() => JSON.parse(res.stdout), where);
      if (args.includes('sarif') && res.stdout !== '') assert.doesNotThrow(() => JSON.parse(res.stdout), where);
    }
  }
});

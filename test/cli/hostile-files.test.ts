// Hostile and unlucky files: FIFOs, links to /dev/zero, huge takes, and --fix on links, read-only files and special modes.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, makeTree, removeTree, withTree, type JsonReport, type SarifLog } from '../helpers/cli';
import { cleanTake, defectiveTake, fixedTake, possessiveOnly } from './takes';

/** No single CLI run in this file may take longer than this; it is killed and the test fails. */
const RUN_TIMEOUT_MS = 20_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the CLI in MiB. */
  peakMiB: number;
}

/** Runs the built CLI in `cwd` with a timeout, measuring its peak memory; fails the test on the timeout. */
function run(args: string[], cwd: string): Run {
  const probe = join(cwd, '.rss-probe.cjs');
  if (!existsSync(probe)) writeFileSync(probe, "process.on('exit', () => process.stderr.write(`\\nmaxrss=${process.resourceUsage().maxRSS}\\n`));\n");
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'COMMENTARY_LINT_WORKERS', 'NODE_OPTIONS', 'NODE_TEST_CONTEXT'].includes(k)) env[k] = v;
  const r = spawnSync(process.execPath, ['--require', probe, CLI, ...args], {
    cwd,
    env,
    input: '',
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(r.signal, null, `commentary-lint ${args.join(' ')} was killed (${r.signal}): it ran past ${RUN_TIMEOUT_MS} ms`);
  if (r.error) throw r.error;
  const rss = /\nmaxrss=(\d+)\n$/.exec(r.stderr);
  return { code: r.status, stdout: r.stdout, stderr: rss ? r.stderr.slice(0, rss.index) : r.stderr, peakMiB: rss ? Number(rss[1]) / 1024 : NaN };
}

/** Makes a FIFO; false when the system has no mkfifo. */
function mkfifo(path: string): boolean {
  const r = spawnSync('mkfifo', [path]);
  return r.status === 0;
}

/** The lines on stderr that report a file, without the trailing blank. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('commentary-lint: '));
}

describe('reading only regular files', { timeout: 4 * RUN_TIMEOUT_MS }, () => {
  const dir = makeTree({ 'symposium.json': possessiveOnly(), 'good.take': defectiveTake(), 'zero.take': { symlink: '/dev/zero' } });
  const haveFifo = mkfifo(join(dir, 'pipe.take'));
  after(() => removeTree(dir));

  test('a FIFO take is skipped by discovery and does not hang the run', { skip: !haveFifo && 'no mkfifo' }, () => {
    const r = run(['--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(
      (JSON.parse(r.stdout) as JsonReport).map((f) => f.filePath),
      [join(dir, 'good.take')],
    );
    assert.deepEqual(errorLines(r.stderr), []);
  });

  test('a FIFO named explicitly is a clear per-file error, and the other takes are reported', { skip: !haveFifo && 'no mkfifo' }, () => {
    const r = run(['good.take', 'pipe.take'], dir);
    assert.equal(r.code, 2);
    assert.deepEqual(errorLines(r.stderr), ['commentary-lint: cannot read pipe.take: is a FIFO (named pipe), not a regular file']);
    assert.match(r.stdout, /^good\.take\n/);
  });

  test('a take linked to /dev/zero is skipped by discovery; named, it is refused with bounded memory', () => {
    const found = run([], dir);
    assert.equal(found.code, 1, found.stderr);
    assert.deepEqual(errorLines(found.stderr), []);
    const named = run(['--format', 'json', 'zero.take', 'good.take'], dir);
    assert.equal(named.code, 2);
    assert.deepEqual(errorLines(named.stderr), ['commentary-lint: cannot read zero.take: is a character device, not a regular file']);
    assert.ok(named.peakMiB < 400, `peak memory ${named.peakMiB} MiB`);
  });
});

describe('the size cap', { timeout: 4 * RUN_TIMEOUT_MS }, () => {
  // A real take padded to 5 MiB with more body paragraphs.
  const paragraph = 'The delta has lost much of its silt, and the farmers who depend on it know it well.\n\n';
  const big = defectiveTake() + '\n' + paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
  const dir = makeTree({ 'symposium.json': possessiveOnly(), 'big.take': big, 'good.take': defectiveTake() });
  after(() => removeTree(dir));

  test('a 5 MiB take is over the default 4 MiB cap: one error naming the flag, the others still linted', () => {
    const r = run(['--format', 'json'], dir);
    assert.equal(r.code, 2);
    assert.deepEqual(errorLines(r.stderr), ['commentary-lint: cannot read big.take: is 5 MiB, over the 4 MiB limit; raise it with --max-file-size']);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      report.map((f) => f.filePath),
      [join(dir, 'big.take'), join(dir, 'good.take')],
    );
    assert.equal(report[0].messages[0].severity, 'error');
    assert.match(report[0].messages[0].message, /over the 4 MiB limit/);
  });

  test('--max-file-size 8 accepts it', () => {
    const r = run(['--max-file-size', '8', 'big.take'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(errorLines(r.stderr), []);
    assert.match(r.stdout, /^big\.take\n/);
  });

  test('--max-file-size must be a positive number', () => {
    for (const value of ['0', '-1', 'lots', '1e9']) {
      const r = run([`--max-file-size=${value}`], dir);
      assert.equal(r.code, 2, value);
      assert.match(r.stderr, /--max-file-size must be a number of MiB/);
    }
  });
});

describe('unreadable files in machine-readable reports', { timeout: 2 * RUN_TIMEOUT_MS }, () => {
  const dir = makeTree({ 'symposium.json': possessiveOnly(), 'good.take': defectiveTake(), 'latin1.take': Buffer.from('Caf\xe9 au lait\n', 'latin1') });
  after(() => removeTree(dir));

  test('JSON lists an unreadable file with one fatal error', () => {
    const r = run(['--format', 'json'], dir);
    assert.equal(r.code, 2);
    const bad = (JSON.parse(r.stdout) as JsonReport).find((f) => f.filePath === join(dir, 'latin1.take'));
    assert.ok(bad, r.stdout);
    assert.equal(bad.errorCount, 1);
    assert.deepEqual(
      bad.messages.map((m) => [m.ruleId, m.severity, m.line, m.column]),
      [[null, 'error', 1, 1]],
    );
    assert.match(bad.messages[0].message, /^cannot read latin1\.take: not valid UTF-8/);
  });

  test('SARIF has it as an error result on the file', () => {
    const r = run(['--format', 'sarif'], dir);
    const results = (JSON.parse(r.stdout) as SarifLog).runs[0].results;
    const bad = results.find((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'latin1.take');
    assert.ok(bad, r.stdout);
    assert.equal(bad.level, 'error');
    assert.match(bad.message.text, /not valid UTF-8/);
  });
});

describe('--fix writes safely', { timeout: 8 * RUN_TIMEOUT_MS }, () => {
  test('a take that is a symbolic link out of the tree is not written through', () => {
    withTree({ 'outside/bashrc': defectiveTake(), 'tree/symposium.json': possessiveOnly(), 'tree/a.take': { symlink: '../outside/bashrc' } }, (root) => {
      const dir = join(root, 'tree');
      const r = run(['--fix', 'a.take'], dir);
      assert.equal(r.code, 2);
      assert.deepEqual(errorLines(r.stderr), ['commentary-lint: cannot write a.take: is a symbolic link; not fixed']);
      assert.equal(readFileSync(join(root, 'outside/bashrc'), 'utf8'), defectiveTake());
      assert.ok(lstatSync(join(dir, 'a.take')).isSymbolicLink());
      const found = run(['--fix'], dir);
      assert.equal(readFileSync(join(root, 'outside/bashrc'), 'utf8'), defectiveTake(), found.stderr);
    });
  });

  test('a read-only (0444) take is left untouched with a clear error; the others are fixed', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'ro.take': defectiveTake(), 'rw.take': defectiveTake() }, (dir) => {
      chmodSync(join(dir, 'ro.take'), 0o444);
      const before = statSync(join(dir, 'ro.take'));
      const r = run(['--fix'], dir);
      assert.equal(r.code, 2);
      assert.deepEqual(errorLines(r.stderr), ['commentary-lint: cannot write ro.take: is read-only (mode 0444); not fixed']);
      const after = statSync(join(dir, 'ro.take'));
      assert.equal(readFileSync(join(dir, 'ro.take'), 'utf8'), defectiveTake());
      assert.equal(after.ino, before.ino);
      assert.equal(after.mode & 0o7777, 0o444);
      assert.equal(readFileSync(join(dir, 'rw.take'), 'utf8'), fixedTake());
    });
  });

  test('mode bits are kept: 0640, and setgid 02644 where the file system allows it', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'a.take': defectiveTake(), 'g.take': defectiveTake() }, (dir) => {
      chmodSync(join(dir, 'a.take'), 0o640);
      chmodSync(join(dir, 'g.take'), 0o2644);
      const setgid = statSync(join(dir, 'g.take')).mode & 0o7777;
      assert.equal(run(['--fix'], dir).code, 0);
      assert.equal(readFileSync(join(dir, 'a.take'), 'utf8'), fixedTake());
      assert.equal(readFileSync(join(dir, 'g.take'), 'utf8'), fixedTake());
      assert.equal(statSync(join(dir, 'a.take')).mode & 0o7777, 0o640);
      assert.equal(statSync(join(dir, 'g.take')).mode & 0o7777, setgid);
    });
  });

  test('a take with a hard link is fixed in place: both names see the fix and stay one file', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'a.take': defectiveTake() }, (dir) => {
      linkSync(join(dir, 'a.take'), join(dir, 'alias.txt'));
      const inode = statSync(join(dir, 'a.take')).ino;
      assert.equal(run(['--fix', 'a.take'], dir).code, 0);
      assert.equal(readFileSync(join(dir, 'a.take'), 'utf8'), fixedTake());
      assert.equal(readFileSync(join(dir, 'alias.txt'), 'utf8'), fixedTake());
      assert.equal(statSync(join(dir, 'a.take')).ino, inode);
      assert.equal(statSync(join(dir, 'a.take')).nlink, 2);
    });
  });

  test('a stale temp file of ours (its process gone) is removed on the next run; others are not', () => {
    const stale = '.a.take.commentary-lint-2147483646.tmp';
    const live = `.a.take.commentary-lint-${process.pid}.tmp`;
    withTree({ 'symposium.json': possessiveOnly(), 'a.take': cleanTake(), [stale]: '', [live]: '', '.a.take.other.tmp': '' }, (dir) => {
      assert.equal(run(['--fix'], dir).code, 0);
      assert.deepEqual(
        readdirSync(dir)
          .filter((n) => n.endsWith('.tmp'))
          .sort(),
        ['.a.take.commentary-lint-' + process.pid + '.tmp', '.a.take.other.tmp'].sort(),
      );
    });
  });

  test('names its temp files recognisably and leaves none behind', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'a.take': defectiveTake() }, (dir) => {
      assert.equal(run(['--fix'], dir).code, 0);
      assert.deepEqual(
        readdirSync(dir).filter((n) => n.endsWith('.tmp')),
        [],
      );
    });
  });
});

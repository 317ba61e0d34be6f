// A report that cannot be written (a full disk, a closed pipe) is an I/O error: exit 2 and one line on stderr.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { Writable } from 'node:stream';
import { CLI, makeTree, removeTree } from '../helpers/cli';
import { writeChunks } from '../../server/src/cli/output';
import { defectiveTake } from './takes';

const dir = makeTree({ 'one.take': defectiveTake(), 'two.take': defectiveTake() });
after(() => removeTree(dir));
const hasDevFull = existsSync('/dev/full');

/** Runs the CLI with its stdout opened on /dev/full. */
function runOnDevFull(args: string[]): { code: number | null; stderr: string } {
  const fd = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 30000 });
    return { code: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

for (const format of ['stylish', 'json', 'sarif', 'github']) {
  test(`--format ${format} > /dev/full: exit 2 and one line naming standard output`, { skip: !hasDevFull, timeout: 30000 }, () => {
    const r = runOnDevFull(['--format', format, '.']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^commentary-lint: cannot write to standard output: ENOSPC: no space left on device, write\n$/);
  });
}

test('--version and --list-rules > /dev/full: exit 2', { skip: !hasDevFull, timeout: 30000 }, () => {
  for (const args of [['--version'], ['--list-rules'], ['--print-config', 'one.take']]) {
    const r = runOnDevFull(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^commentary-lint: cannot write to standard output: ENOSPC/);
  }
});

test('--output /dev/full: exit 2 and one line naming the file', { skip: !hasDevFull, timeout: 30000 }, () => {
  for (const format of ['json', 'sarif']) {
    const r = spawnSync(process.execPath, [CLI, '--format', format, '--output', '/dev/full', '.'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'commentary-lint: cannot write /dev/full: ENOSPC: no space left on device, write\n');
  }
});

test('a pipe closed before the report is written: exit 2 (EPIPE), not a silent 0', { timeout: 30000 }, async () => {
  const child = spawn(process.execPath, [CLI, '--format', 'sarif', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 2);
  assert.match(stderr, /^commentary-lint: cannot write to standard output: .*EPIPE/);
});

test('writeChunks rejects with the first write error of the sink', { timeout: 10000 }, async () => {
  let written = 0;
  const sink = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      callback(written > 200_000 ? Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }) : null);
    },
  });
  sink.on('error', () => undefined);
  const chunks = (function* () {
    for (let k = 0; k < 100_000; k++) yield `chunk ${k}\n`;
  })();
  await assert.rejects(writeChunks(sink, chunks), /ENOSPC/);
});

test('writeChunks waits for drain and writes everything in order', { timeout: 10000 }, async () => {
  const got: string[] = [];
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, callback) {
      got.push(chunk.toString('utf8'));
      setImmediate(callback);
    },
  });
  const expected: string[] = [];
  for (let k = 0; k < 50_000; k++) expected.push(`line ${k}\n`);
  await writeChunks(sink, expected);
  assert.equal(got.join(''), expected.join(''));
  assert.ok(got.length > 1);
  await writeChunks(sink, []);
});

test('the report still goes to a working stdout with exit 1 for errors', { timeout: 30000 }, () => {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 1, r.stderr);
  assert.equal((JSON.parse(r.stdout) as unknown[]).length, 2);
});

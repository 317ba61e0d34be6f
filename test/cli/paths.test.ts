// Discovery: a folder past PATH_MAX is a per-file error, not a silent skip; a take reached through two paths is linted once.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, posix } from 'node:path';
import { makeTree, removeTree, runCli, type JsonReport } from '../helpers/cli';
import { discover } from '../../server/src/node';
import { contributorParts, defectiveTake } from './takes';
import { take } from '../helpers/take-builder';

const made: string[] = [];
// rm walks a tree deeper than PATH_MAX by relative steps, where fs.rmSync fails with ENAMETOOLONG.
after(() => {
  for (const dir of made) {
    spawnSync('rm', ['-rf', dir], { timeout: 20000 });
    removeTree(dir);
  }
});

/** A temp tree, removed after the tests. */
function tree(...args: Parameters<typeof makeTree>): string {
  const dir = makeTree(...args);
  made.push(dir);
  return dir;
}

const SEGMENT = 'd'.repeat(200);
const LEVELS = 22;

/** Makes LEVELS nested 200-byte folders (past 4,096 bytes in all) with a take at the bottom, by relative steps. */
function deepTree(dir: string): void {
  const script = `for i in $(seq 1 ${LEVELS}); do mkdir ${SEGMENT} && cd ${SEGMENT} || exit 1; done; cat > deep.take`;
  const r = spawnSync('bash', ['-c', script], { cwd: dir, input: defectiveTake(), encoding: 'utf8', timeout: 20000 });
  assert.equal(r.status, 0, r.stderr);
}

test(
  'a folder whose path is past 4,096 bytes is reported as a per-file error (exit 2), the other takes still linted',
  { skip: process.platform !== 'linux', timeout: 30000 },
  () => {
    const dir = tree({ 'top.take': defectiveTake() });
    deepTree(dir);
    const r = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 2, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /^commentary-lint: cannot search (d{200}\/)+d{200}: path is \d+ bytes, longer than the system allows; its takes were not searched$/);
    const report = JSON.parse(r.stdout) as JsonReport;
    const top = report.find((f) => f.filePath === join(dir, 'top.take'));
    assert.ok(top && top.messages.length > 0);
    const fatal = report.filter((f) => f.messages.some((m) => (m as { fatal?: boolean }).fatal));
    assert.equal(fatal.length, 1);
    assert.ok(Buffer.byteLength(fatal[0].filePath) > 4096, `${Buffer.byteLength(fatal[0].filePath)} bytes`);

    const sarif = runCli(['--format', 'sarif', '.'], { cwd: dir });
    assert.equal(sarif.code, 2);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ ruleId: string; message: { text: string } }> }> };
    assert.ok(log.runs[0].results.some((x) => x.ruleId === 'file-error' && /longer than the system allows/.test(x.message.text)));
  },
);

test('discover lists the too-long folder among its problems', { skip: process.platform !== 'linux', timeout: 30000 }, () => {
  const dir = tree({ 'top.take': defectiveTake() });
  deepTree(dir);
  const found = discover([dir], { cwd: dir, useIgnores: true, isIgnored: () => false });
  assert.equal(found.problems.length, 1);
  assert.deepEqual(
    found.files.map((f) => f.path),
    [`${dir}/top.take`],
  );
});

test('a take reached through a symlinked folder alias is linted once, with no duplicate-contributor finding', { timeout: 30000 }, () => {
  const dir = tree({
    'real/one.take': take(contributorParts('Hannah Mercer')),
    'real/two.take': take(contributorParts('Ingrid Solberg')),
    alias: { symlink: 'real' },
  });
  const found = discover(['.'], { cwd: dir, useIgnores: true, isIgnored: () => false });
  assert.deepEqual(
    found.files.map((f) => f.path),
    [`${dir}/real/one.take`, `${dir}/real/two.take`],
  );
  const r = runCli(['--format', 'json', '.'], { cwd: dir });
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.deepEqual(
    report.map((f) => f.filePath),
    [`${dir}/real/one.take`, `${dir}/real/two.take`],
  );
  assert.deepEqual(
    report.flatMap((f) => f.messages.filter((m) => m.ruleId === 'unique-contributor')),
    [],
  );
});

test('a take named through its alias on the command line keeps that name; the folder walk adds no second copy', { timeout: 30000 }, () => {
  const dir = tree({ 'real/one.take': defectiveTake(), alias: { symlink: 'real' } });
  const found = discover(['alias/one.take', '.'], { cwd: dir, useIgnores: true, isIgnored: () => false });
  assert.deepEqual(
    found.files.map((f) => [f.path, f.explicit]),
    [[`${dir}/alias/one.take`, true]],
  );
  const twice = discover(['real', 'alias'], { cwd: dir, useIgnores: true, isIgnored: () => false });
  assert.deepEqual(
    twice.files.map((f) => f.path),
    [`${dir}/real/one.take`],
  );
});

test('a file symlinked under another name inside the tree is one take', { timeout: 30000 }, () => {
  const dir = tree({ 'one.take': defectiveTake(), 'copy.take': { symlink: 'one.take' } });
  const found = discover(['.'], { cwd: dir, useIgnores: true, isIgnored: () => false });
  assert.deepEqual(
    found.files.map((f) => f.path),
    [`${dir}/one.take`],
  );
});

test('displayPath gives the path relative to the current folder, the same as path.relative for odd paths', async () => {
  const { displayPath } = await import('../../server/src/cli/report');
  const cases: Array<[string, string]> = [
    ['/w/site/takes/a.take', '/w/site'],
    ['/w/site', '/w/site'],
    ['/w/site/', '/w/site'],
    ['/w/sitemap/a.take', '/w/site'],
    ['/w/other/a.take', '/w/site'],
    ['/w/site/../x/a.take', '/w/site'],
    ['/w/site/./a.take', '/w/site'],
    ['/w/site//a.take', '/w/site'],
    ['/w/site/.hidden/a.take', '/w/site'],
    ['/a.take', '/'],
  ];
  for (const [file, cwd] of cases) {
    const expected = posix.relative(cwd, file) || file;
    assert.equal(displayPath(file, cwd), expected, `${file} from ${cwd}`);
  }
  assert.equal(displayPath('<stdin>', '/w'), '<stdin>');
});

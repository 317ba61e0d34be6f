// Files that cannot be read or decoded are reported (exit 2) while the others are still linted; --stdin.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { makeTree, removeTree, runCli, sarifErrors, type JsonReport, type SarifLog } from '../helpers/cli';
import { defectiveTake, possessiveOnly } from './takes';

const dir = makeTree({
  'symposium.json': possessiveOnly(),
  'good.take': defectiveTake(),
  'latin1.take': Buffer.from('Caf\xe9 au lait\n', 'latin1'),
  'utf16.take': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline\n', 'utf16le')]),
  'dangling.take': { symlink: 'nowhere.take' },
  'sub/symposium.json': possessiveOnly('warning'),
});
after(() => removeTree(dir));

describe('unreadable takes', () => {
  const cases: Array<{ name: string; file: string; cause: RegExp }> = [
    { name: 'invalid UTF-8', file: 'latin1.take', cause: /^not valid UTF-8 \(byte 0xE9 at line 1, offset 3\); save it as UTF-8$/ },
    { name: 'a UTF-16 byte-order mark', file: 'utf16.take', cause: /^is UTF-16 LE \(it starts with a UTF-16 byte-order mark\); save it as UTF-8$/ },
    { name: 'a dangling symlink', file: 'dangling.take', cause: /^ENOENT: no such file or directory$/ },
  ];
  for (const c of cases) {
    test(`${c.name}: one line naming the file and the cause, the other takes still reported, exit 2`, () => {
      const r = runCli(['good.take', c.file], { cwd: dir });
      assert.equal(r.code, 2);
      const [line, ...rest] = r.stderr.split('\n');
      assert.ok(line.startsWith(`commentary-lint: cannot read ${c.file}: `), line);
      assert.match(line.slice(`commentary-lint: cannot read ${c.file}: `.length), c.cause);
      assert.deepEqual(rest, ['']);
      assert.match(r.stdout, /^good\.take\n/);
    });
  }

  test('default discovery reports every unreadable take and lints the rest', () => {
    const r = runCli(['--format', 'json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr.split('\n').filter((l) => l.startsWith('commentary-lint: cannot read')).length, 3);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      report.map((f) => f.filePath),
      ['dangling.take', 'good.take', 'latin1.take', 'utf16.take'].map((name) => join(dir, name)),
    );
    for (const f of report.filter((x) => !x.filePath.endsWith('good.take'))) assert.equal(f.messages[0].fatal, true, f.filePath);
  });

  test('SARIF marks the run unsuccessful, names the files, and stays valid', () => {
    const sarif = runCli(['--format', 'sarif'], { cwd: dir }).stdout;
    assert.deepEqual(sarifErrors(sarif), []);
    const run = (JSON.parse(sarif) as SarifLog).runs[0];
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.equal(run.invocations[0].toolExecutionNotifications.length, 3);
    assert.equal(run.results.length, 5, 'two findings in good.take, and one error result per unreadable take');
    assert.equal(run.results.filter((x) => x.ruleId === 'file-error' && x.level === 'error').length, 3);
  });

  test('GitHub annotations name them too', () => {
    const r = runCli(['--format', 'github', 'good.take', 'latin1.take'], { cwd: dir });
    assert.match(r.stdout, /^::error file=latin1\.take::cannot read latin1\.take: not valid UTF-8/);
    assert.match(r.stdout, /^::error file=good\.take,line=4,/m);
  });
});

describe('--stdin', () => {
  test('lints standard input under --stdin-filename, finding its config from that name', () => {
    const r = runCli(['--stdin', '--stdin-filename', 'sub/new.take', '--format', 'json'], { cwd: dir, stdin: defectiveTake() });
    assert.equal(r.code, 0);
    const [file] = JSON.parse(r.stdout) as JsonReport;
    assert.equal(file.filePath, join(dir, 'sub/new.take'));
    assert.equal(file.warningCount, 2);
    assert.match(runCli(['--stdin', '--stdin-filename', 'sub/new.take'], { cwd: dir, stdin: defectiveTake() }).stdout, /^sub\/new\.take\n/);
  });

  test('without a name it is "<stdin>" with the config of the current folder', () => {
    const r = runCli(['--stdin', '--format', 'json'], { cwd: dir, stdin: defectiveTake() });
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as JsonReport)[0].filePath, '<stdin>');
  });

  test('invalid UTF-8 on stdin is exit code 2', () => {
    const r = runCli(['--stdin', '--stdin-filename', 'x.take'], { cwd: dir, stdin: Buffer.from([0x41, 0xff, 0x0a]) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^commentary-lint: cannot read x\.take: not valid UTF-8/);
  });

  test('takes no paths', () => {
    assert.equal(runCli(['--stdin', 'good.take'], { cwd: dir }).code, 2);
  });
});

// Exit codes 0, 1 and 2, --max-warnings, --quiet, --rule and --output, as a table of runs.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { json, makeTree, onlyRules, removeTree, runCli } from '../helpers/cli';
import { cleanTake, defectiveTake } from './takes';

const dir = makeTree({
  'symposium.json': json(onlyRules({ 'possessive-its': 'error' }, { overrides: [{ files: ['soft/**'], rules: { 'possessive-its': 'warning' } }] })),
  'bad.take': defectiveTake(),
  'clean.take': cleanTake(),
  'soft/warned.take': defectiveTake(),
  'a-file': 'not a folder',
});
after(() => removeTree(dir));

interface Case {
  name: string;
  args: string[];
  code: 0 | 1 | 2;
  stdout?: RegExp | '';
  stderr?: RegExp | '';
}

const cases: Case[] = [
  { name: 'a clean take', args: ['clean.take'], code: 0, stdout: '', stderr: '' },
  { name: 'a lint error', args: ['bad.take'], code: 1, stdout: /2 errors/ },
  { name: 'warnings only', args: ['soft'], code: 0, stdout: /0 errors, 2 warnings/ },
  { name: 'warnings within --max-warnings', args: ['soft', '--max-warnings', '2'], code: 0 },
  { name: 'warnings over --max-warnings', args: ['soft', '--max-warnings', '1'], code: 1, stderr: /too many warnings \(2, maximum 1\)/ },
  { name: '--max-warnings 0', args: ['soft', '--max-warnings', '0'], code: 1 },
  { name: 'infos never fail', args: ['bad.take', '--rule', 'possessive-its:info', '--max-warnings', '0'], code: 0, stdout: /2 infos/ },
  { name: '--rule lowers an error to a warning', args: ['bad.take', '--rule', 'possessive-its:warning'], code: 0, stdout: /2 warnings/ },
  { name: '--rule turns a rule off', args: ['bad.take', '--rule', 'possessive-its:off'], code: 0, stdout: '' },
  { name: '--rule beats an override', args: ['soft', '--rule', 'possessive-its:error'], code: 1, stdout: /2 errors/ },
  { name: '--quiet hides warnings', args: ['soft', '--quiet'], code: 0, stdout: '' },
  { name: '--quiet keeps errors', args: ['--quiet'], code: 1, stdout: /^bad\.take\n(?:.*\n){2}\n✖ 2 problems \(2 errors, 0 warnings, 0 infos\)/ },
  { name: '--quiet still counts warnings for --max-warnings', args: ['soft', '--quiet', '--max-warnings', '0'], code: 1, stdout: '' },
  {
    name: 'unknown option',
    args: ['--fixx'],
    code: 2,
    stderr: /^commentary-lint: unknown option '--fixx' \(did you mean '--fix'\?\)\nRun 'commentary-lint --help'/,
  },
  { name: 'option without its value', args: ['--format'], code: 2, stderr: /option '--format' needs a value/ },
  { name: 'unknown format', args: ['--format', 'jsn'], code: 2, stderr: /unknown format 'jsn' \(did you mean 'json'\?\)/ },
  {
    name: 'unknown rule',
    args: ['--rule', 'posessive-its:error'],
    code: 2,
    stderr: /unknown rule 'posessive-its' in --rule \(did you mean 'possessive-its'\?\)/,
  },
  { name: 'unknown severity', args: ['--rule', 'possessive-its:warn'], code: 2, stderr: /unknown severity 'warn' .*\(did you mean 'warning'\?\)/ },
  { name: '--rule without a severity', args: ['--rule', 'possessive-its'], code: 2, stderr: /must be id:severity/ },
  { name: '--max-warnings not a number', args: ['--max-warnings', 'few'], code: 2, stderr: /--max-warnings must be a whole number/ },
  { name: '--fix with --fix-dry-run', args: ['--fix', '--fix-dry-run'], code: 2, stderr: /cannot be used together/ },
  { name: '--stdin-filename without --stdin', args: ['--stdin-filename', 'x.take'], code: 2, stderr: /--stdin-filename needs --stdin/ },
  { name: 'a path that matches nothing', args: ['missing.take'], code: 2, stderr: /^commentary-lint: No files matching 'missing\.take'\n$/, stdout: '' },
  { name: 'a glob that matches nothing', args: ['nowhere/*.take'], code: 2, stderr: /No files matching 'nowhere\/\*\.take'/ },
  { name: 'unmatched allowed', args: ['missing.take', 'clean.take', '--no-error-on-unmatched-pattern'], code: 0, stderr: '' },
  { name: 'errors and an unmatched path', args: ['bad.take', 'missing.take'], code: 2, stdout: '' },
];

describe('exit codes', () => {
  for (const c of cases) {
    test(`${c.name} → ${c.code}`, () => {
      const r = runCli(c.args, { cwd: dir });
      assert.equal(r.code, c.code, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
      if (c.stdout === '') assert.equal(r.stdout, '');
      else if (c.stdout !== undefined) assert.match(r.stdout, c.stdout);
      if (c.stderr === '') assert.equal(r.stderr, '');
      else if (c.stderr !== undefined) assert.match(r.stderr, c.stderr);
    });
  }
});

describe('--output', () => {
  test('writes the report to the file (folders created) and nothing to stdout', () => {
    const expected = runCli(['--format', 'json'], { cwd: dir }).stdout;
    const r = runCli(['--format', 'json', '--output', 'reports/deep/lint.json'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(readFileSync(join(dir, 'reports/deep/lint.json'), 'utf8'), expected);
  });

  test('replaces an existing report and keeps no temp file', () => {
    runCli(['--output', 'again.txt'], { cwd: dir });
    const r = runCli(['clean.take', '--output', 'again.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(readFileSync(join(dir, 'again.txt'), 'utf8'), '');
    assert.ok(statSync(join(dir, 'again.txt')).isFile());
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });

  test('writes into /dev/null and other special files in place, never replacing them', () => {
    const r = runCli(['bad.take', '--output', '/dev/null'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.ok(statSync('/dev/null').isCharacterDevice(), '/dev/null must stay a device');
    assert.deepEqual(
      readdirSync('/dev').filter((n) => n.endsWith('.tmp')),
      [],
    );
  });

  test('writes through a symlinked report and keeps the link', () => {
    runCli(['clean.take', '--output', 'real-report.txt'], { cwd: dir });
    symlinkSync('real-report.txt', join(dir, 'link-report.txt'));
    runCli(['bad.take', '--output', 'link-report.txt'], { cwd: dir });
    assert.ok(lstatSync(join(dir, 'link-report.txt')).isSymbolicLink());
    assert.match(readFileSync(join(dir, 'real-report.txt'), 'utf8'), /2 errors/);
  });

  test('a report that cannot be written is exit code 2 with the cause', () => {
    const r = runCli(['bad.take', '--output', 'a-file/report.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^commentary-lint: cannot write a-file\/report\.txt: (ENOTDIR|EEXIST)/);
  });
});

// --version, --help, --list-rules, colours (NO_COLOR, FORCE_COLOR, a real terminal), corpus rules, worker threads.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core';
import {
  CLI,
  json,
  makeTree,
  onlyRules,
  removeTree,
  ROOT,
  runCli,
  sarifErrors,
  type JsonReport,
  type ListedRule,
  type SarifLog,
  type Tree,
} from '../helpers/cli';
import { cleanTake, defectiveTake, possessiveOnly } from './takes';

const dir = makeTree({ 'symposium.json': possessiveOnly(), 'a.take': defectiveTake() });
after(() => removeTree(dir));

describe('information options', () => {
  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(runCli(['--version'], { cwd: dir }), { code: 0, stdout: `${version}\n`, stderr: '' });
    assert.equal(runCli(['-v'], { cwd: dir }).stdout, `${version}\n`);
  });

  test('--help names every option and the exit codes', () => {
    const r = runCli(['--help'], { cwd: dir });
    assert.equal(r.code, 0);
    const options = ['--format', '--output', '--config', '--fix', '--fix-dry-run', '--rule', '--max-warnings', '--quiet', '--stdin', '--stdin-filename'];
    for (const o of [...options, '--print-config', '--list-rules', '--no-ignore', '--no-color', '--version', '--help']) assert.ok(r.stdout.includes(o), o);
    for (const format of ['stylish', 'json', 'sarif', 'github']) assert.ok(r.stdout.includes(format), format);
    assert.match(r.stdout, /Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });

  test('--list-rules lists every rule with severity, fixability and description', () => {
    const lines = runCli(['--list-rules'], { cwd: dir }).stdout.trimEnd().split('\n');
    assert.equal(lines.length, RULES.length + 1);
    for (const [k, rule] of RULES.entries()) {
      const fixable = rule.meta.fixable ? 'fix' : rule.meta.hasSuggestions ? 'suggestion' : '-';
      assert.match(lines[k + 1], new RegExp(`^${rule.meta.id} +${rule.meta.severity} +${fixable} +`));
      assert.ok(lines[k + 1].endsWith(rule.meta.description));
    }
  });

  test('--list-rules --format json gives the metadata', () => {
    const rules = JSON.parse(runCli(['--list-rules', '--format', 'json'], { cwd: dir }).stdout) as ListedRule[];
    assert.deepEqual(
      rules.map((r) => [r.id, r.fixable]),
      RULES.map((r) => [r.meta.id, r.meta.fixable]),
    );
  });
});

describe('colours', () => {
  const red = '\x1b[31m';
  const cases: Array<{ name: string; env?: Record<string, string>; args?: string[]; color: boolean }> = [
    { name: 'off when stdout is not a terminal', color: false },
    { name: 'FORCE_COLOR=1 forces them', env: { FORCE_COLOR: '1' }, color: true },
    { name: 'FORCE_COLOR=0 forbids them', env: { FORCE_COLOR: '0' }, args: ['--format', 'stylish'], color: false },
    { name: 'NO_COLOR keeps them off', env: { NO_COLOR: '1' }, color: false },
    { name: '--color forces them, even with NO_COLOR', env: { NO_COLOR: '1' }, args: ['--color'], color: true },
    { name: '--no-color beats FORCE_COLOR', env: { FORCE_COLOR: '1' }, args: ['--no-color'], color: false },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const r = runCli(c.args ?? [], { cwd: dir, env: c.env });
      assert.equal(r.code, 1);
      assert.equal(r.stdout.includes(red), c.color);
    });
  }

  const hasScript = spawnSync('script', ['--version']).status === 0;
  /** Runs the CLI inside a pseudo-terminal (util-linux `script`), returning what the terminal showed. */
  const inTerminal = (args: string, env: Record<string, string> = {}, cwd = dir) =>
    spawnSync('script', ['-qec', `${process.execPath} ${CLI} ${args}`, '/dev/null'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    }).stdout;

  test('on in a terminal, off there with NO_COLOR', { skip: !hasScript && 'needs util-linux script' }, () => {
    assert.ok(inTerminal('').includes(red));
    assert.ok(!inTerminal('', { NO_COLOR: '1' }).includes(red));
  });

  test('progress shows on a terminal for many takes and is erased', { skip: !hasScript && 'needs util-linux script' }, () => {
    const many = makeTree(manyTakes(250));
    try {
      const shown = inTerminal('--format json -o report.json', {}, many);
      // eslint-disable-next-line no-control-regex -- the progress line is drawn with ANSI escapes (ESC[K erases the line)
      assert.match(shown, /^\rLinting [\d,]+\/252 takes…\x1b\[K/);
      // eslint-disable-next-line no-control-regex -- the progress line is erased with an ANSI escape (ESC[K) before stderr shows
      assert.match(shown, /\rLinting 252\/252 takes…\x1b\[K\r\x1b\[Kcommentary-lint: cannot read t\/broken\.take/);
    } finally {
      removeTree(many);
    }
  });
});

/** `count` takes in one symposium with possessive-its and unique-contributor on; two share a contributor. */
function manyTakes(count: number): Tree {
  const tree: Tree = { 'symposium.json': json(onlyRules({ 'possessive-its': 'error', 'unique-contributor': 'warning' })) };
  for (let k = 0; k < count; k++) {
    const name = `Author${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + Math.floor(k / 26))} Lee`;
    tree[`t/${String(k).padStart(3, '0')}.take`] = k % 3 === 0 ? defectiveTake('\n', name) : cleanTake().replaceAll('Mai Linh Tran', name);
  }
  tree['t/dup.take'] = cleanTake().replaceAll('Mai Linh Tran', 'AuthorAA Lee');
  tree['t/broken.take'] = Buffer.from([0xff, 0xfe, 0x41, 0x00]);
  return tree;
}

describe('corpus rules', () => {
  test('takes under one symposium.json are compared; other symposiums are not', () => {
    const tree = makeTree({
      'one/symposium.json': json(onlyRules({ 'unique-contributor': 'warning' })),
      'one/a.take': cleanTake(),
      'one/nested/b.take': cleanTake(),
      'two/symposium.json': json(onlyRules({ 'unique-contributor': 'warning' })),
      'two/c.take': cleanTake(),
    });
    try {
      const files = JSON.parse(runCli(['--format', 'json'], { cwd: tree }).stdout) as JsonReport;
      const sarif = runCli(['--format', 'sarif'], { cwd: tree }).stdout;
      assert.deepEqual(sarifErrors(sarif), []);
      const related = (JSON.parse(sarif) as SarifLog).runs[0].results[0].relatedLocations!;
      assert.equal(related[0].physicalLocation.artifactLocation.uri, 'one/nested/b.take');
      const rules = files.map((f) => f.messages.map((m) => m.ruleId));
      assert.deepEqual(rules, [['unique-contributor'], ['unique-contributor'], []]);
      assert.match(files[0].messages[0].message, /b\.take/);
    } finally {
      removeTree(tree);
    }
  });
});

describe('worker threads', () => {
  const tree = makeTree(manyTakes(250));
  after(() => removeTree(tree));

  test('many takes give the same report on workers as on the main thread, and no progress off a terminal', () => {
    const threaded = runCli(['--format', 'json'], { cwd: tree });
    const inline = runCli(['--format', 'json'], { cwd: tree, env: { COMMENTARY_LINT_WORKERS: '0' } });
    assert.equal(threaded.code, 2);
    assert.equal(threaded.stderr, 'commentary-lint: cannot read t/broken.take: is UTF-16 LE (it starts with a UTF-16 byte-order mark); save it as UTF-8\n');
    assert.equal(threaded.stdout, inline.stdout);
    const files = JSON.parse(threaded.stdout) as JsonReport;
    assert.equal(files.length, 252, '251 takes linted and the unreadable one, as a fatal error');
    assert.equal(
      files.reduce((n, f) => n + f.errorCount, 0),
      2 * 84 + 1,
    );
    const duplicated = files.filter((f) => f.messages.some((m) => m.ruleId === 'unique-contributor'));
    assert.deepEqual(
      duplicated.map((f) => f.filePath.slice(tree.length + 1)),
      ['t/000.take', 't/dup.take'],
    );
  });

  test('--fix on workers writes every file', () => {
    const r = runCli(['--fix', 't'], { cwd: tree, env: { COMMENTARY_LINT_WORKERS: '2' } });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /2 problems \(0 errors, 2 warnings/);
    assert.ok(!readFileSync(join(tree, 't/000.take'), 'utf8').includes('its’'));
  });
});

describe('worker threads started during discovery', () => {
  test('a run that stops after discovery (a broken symposium.json) stops the threads it started and exits at once', () => {
    const tree = makeTree({ ...manyTakes(250), 'symposium.json': '{"rules": {' });
    try {
      const r = runCli(['--format', 'json', 't'], { cwd: tree, env: { COMMENTARY_LINT_WORKERS: '2' }, timeoutMs: 20000 });
      assert.equal(r.code, 2, 'exited by itself, not killed while idle threads kept it alive');
      assert.match(r.stderr, /symposium\.json:1:\d+: error: invalid JSON/);
    } finally {
      removeTree(tree);
    }
  });

  test('batches are an even share of what is left, between 16 and 250 takes, and cover every take', async () => {
    const { batchSize } = await import('../../server/src/cli/lint-workers');
    assert.equal(batchSize(10000, 2), 250);
    assert.equal(batchSize(1000, 2), 125);
    assert.equal(batchSize(40, 2), 16);
    let left = 10000;
    const sizes: number[] = [];
    while (left > 0) {
      const size = Math.min(left, batchSize(left, 2));
      sizes.push(size);
      left -= size;
    }
    assert.ok(
      sizes.every((s, k) => k === 0 || s <= sizes[k - 1]),
      'sizes never grow',
    );
    assert.ok(sizes.at(-1)! <= 16, 'the last batches are small');
  });
});

// The pre-commit hook (.pre-commit-hooks.yaml) run by the real pre-commit (try-repo, and run with the README's config) from a committed copy of this checkout.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeTree, removeTree, ROOT } from '../helpers/cli';
import { IN_CI } from '../helpers/seed';
import { childEnv, commitAll, copyProject, mustRun } from '../helpers/project-copy';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
}

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const MISSING = !hasPreCommit && !IN_CI && 'pre-commit is not installed (apt-get install pre-commit; CI installs it)';
const GOOD = 'aleksei-varenko.take';
const BAD = 'kenji-watanabe.take';
/** The bad take's first finding, as the hook prints it. */
const BAD_FINDING = /^kenji-watanabe\.take\n\s+3:1\s+error\s+.+\s{2}required-parts$/m;

let project = '';
let takes = '';
let home = '';

before(() => {
  if (MISSING) return;
  project = copyProject('commentary-lint-hook-repo-');
  commitAll(project);
  const rev = mustRun('git', ['rev-parse', 'HEAD'], { cwd: project }).trim();
  takes = makeTree({
    'notes.txt': 'Not a take: the hook must not be given this file.\n',
    '.pre-commit-config.yaml': `repos:\n  - repo: ${project}\n    rev: ${rev}\n    hooks:\n      - id: commentary-lint\n`,
  });
  for (const file of ['symposium.json', GOOD, BAD]) copyFileSync(join(ROOT, 'samples', file), join(takes, file));
  commitAll(takes);
  home = makeTree({});
});

after(() => {
  for (const dir of [project, takes, home]) if (dir) removeTree(dir);
});

/** Runs pre-commit in the takes repository (`home` holds the environments `pre-commit run` installs; try-repo always installs afresh). */
function preCommit(args: string[]): { code: number; output: string } {
  const r = spawnSync('pre-commit', args, {
    cwd: takes,
    env: childEnv({ PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never', npm_config_prefer_offline: 'true' }),
    encoding: 'utf8',
    timeout: 900_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, output: r.stdout + r.stderr };
}

describe('.pre-commit-hooks.yaml', () => {
  test('declares the commentary-lint hook: node, takes only, file names passed', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    const hook = hooks.find((h) => h.id === 'commentary-lint');
    assert.ok(hook);
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'commentary-lint');
    assert.equal(hook.pass_filenames, true);
    const files = new RegExp(hook.files);
    assert.ok(files.test('takes/a.take') && !files.test('a.take.txt') && !files.test('notes.txt'));
    const { bin } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.ok(bin[hook.entry], 'the entry is a bin of the package');
  });
});

describe('pre-commit', { skip: MISSING }, () => {
  test('try-repo installs the hook from a git checkout and fails on a defective take only', { timeout: 900_000 }, () => {
    const { code, output } = preCommit(['try-repo', project, 'commentary-lint', '--verbose', '--files', GOOD, BAD, 'notes.txt']);
    assert.equal(code, 1, output);
    assert.match(output, /commentary-lint\.+Failed/);
    assert.match(output, BAD_FINDING);
    assert.ok(!output.includes(GOOD), 'the clean take has no findings');
    assert.ok(!output.includes('notes.txt'), 'files that are not takes are not passed');
  });

  test("run with the README's .pre-commit-config.yaml: clean takes pass, a defective one fails", { timeout: 900_000 }, () => {
    const clean = preCommit(['run', '--verbose', '--files', GOOD, 'notes.txt']);
    assert.equal(clean.code, 0, clean.output);
    assert.match(clean.output, /commentary-lint\.+Passed/);
    const defective = preCommit(['run', '--verbose', '--files', BAD]);
    assert.equal(defective.code, 1, defective.output);
    assert.match(defective.output, /commentary-lint\.+Failed/);
    assert.match(defective.output, BAD_FINDING);
    assert.doesNotMatch(defective.output, /Installing environment/, 'the installed environment is reused');
  });
});

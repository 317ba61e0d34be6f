// Which files get linted: default search, .gitignore (root and nested), symposium ignore, folders, globs, explicit files.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTree, removeTree, runCli, type JsonReport } from '../helpers/cli';
import { cleanTake, defectiveTake, possessiveOnly } from './takes';

const take = cleanTake();
const dir = makeTree({
  'symposium.json': possessiveOnly('error', { ignore: ['archive/**'] }),
  '.gitignore': 'build/\n*.draft.take\n',
  'a.take': take,
  'notes.txt': defectiveTake(),
  'sub/b.take': take,
  'sub/.gitignore': 'skip-*.take\n!keep.draft.take\n',
  'sub/skip-1.take': take,
  'sub/keep.draft.take': take,
  'sub/other.draft.take': take,
  'build/gen.take': take,
  'archive/old.take': take,
  'node_modules/pkg/c.take': take,
  '.git/d.take': take,
  'deep/er/e.take': take,
  'deep/er/f.TXT': take,
});
after(() => removeTree(dir));

/** The files a run reported, relative to the tree, sorted. */
function linted(args: string[]): string[] {
  const r = runCli(['--format', 'json', ...args], { cwd: dir });
  assert.notEqual(r.code, 2, r.stderr);
  return (JSON.parse(r.stdout) as JsonReport).map((f) => f.filePath.slice(dir.length + 1)).sort();
}

describe('file discovery', () => {
  const cases: Array<{ name: string; args: string[]; files: string[] }> = [
    { name: 'default: every *.take under cwd, ignores respected', args: [], files: ['a.take', 'deep/er/e.take', 'sub/b.take', 'sub/keep.draft.take'] },
    { name: 'a folder', args: ['sub'], files: ['sub/b.take', 'sub/keep.draft.take'] },
    { name: 'an explicit file whatever its extension', args: ['notes.txt', 'deep/er/f.TXT'], files: ['deep/er/f.TXT', 'notes.txt'] },
    { name: 'an explicit file that .gitignore leaves out', args: ['sub/skip-1.take'], files: ['sub/skip-1.take'] },
    { name: 'a glob', args: ['sub/*.take'], files: ['sub/b.take', 'sub/keep.draft.take'] },
    { name: 'a recursive glob', args: ['**/e.take'], files: ['deep/er/e.take'] },
    { name: 'a glob naming no extension picks takes only', args: ['deep/**'], files: ['deep/er/e.take'] },
    { name: 'a glob naming an extension takes it', args: ['*.txt'], files: ['notes.txt'] },
    { name: 'paths given twice are linted once', args: ['a.take', './a.take', '.'], files: ['a.take', 'deep/er/e.take', 'sub/b.take', 'sub/keep.draft.take'] },
    {
      name: '--no-ignore lints what ignores leave out (never node_modules or .git)',
      args: ['--no-ignore'],
      files: ['a.take', 'archive/old.take', 'build/gen.take', 'deep/er/e.take', 'sub/b.take', 'sub/keep.draft.take', 'sub/other.draft.take', 'sub/skip-1.take'],
    },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(linted(c.args), c.files));

  test('a folder whose takes are all ignored is exit code 2', () => {
    const r = runCli(['build'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /All files matched by 'build' are ignored/);
  });

  test('an explicit take its symposium ignores gets a warning instead of findings', () => {
    const r = runCli(['archive/old.take'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(
      r.stdout,
      /^archive\/old\.take\n {2}1:1 {2}warning {2}File ignored by the "ignore" globs of its symposium\.json; use --no-ignore to lint it\n/,
    );
    assert.equal(runCli(['archive/old.take', '--no-ignore'], { cwd: dir }).stdout, '');
  });

  test('an empty folder matches nothing', () => {
    const empty = makeTree({ 'readme.md': '# none' });
    try {
      const r = runCli([], { cwd: empty });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, "commentary-lint: No files matching '.'\n");
    } finally {
      removeTree(empty);
    }
  });

  test('a .gitignore above cwd in the same repository counts', () => {
    const repo = makeTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'generated/\n', 'work/a.take': take, 'work/generated/b.take': take });
    try {
      const r = runCli(['--format', 'json'], { cwd: `${repo}/work` });
      assert.deepEqual(
        (JSON.parse(r.stdout) as JsonReport).map((f) => f.filePath),
        [`${repo}/work/a.take`],
      );
    } finally {
      removeTree(repo);
    }
  });
});

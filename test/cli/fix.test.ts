// --fix writes safe fixes byte-exactly (BOM, CRLF, final newline kept); --fix-dry-run writes nothing and shows a diff.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, withTree, type JsonReport } from '../helpers/cli';
import { cleanTake, DEFECT, DEFECT_FIXED, defectiveTake, fixedTake, possessiveOnly } from './takes';

/** A take text in one of the layouts real files have. */
interface Layout {
  name: string;
  eol: string;
  bom: boolean;
  finalNewline: boolean;
}

const LAYOUTS: Layout[] = [
  { name: 'LF', eol: '\n', bom: false, finalNewline: true },
  { name: 'CRLF', eol: '\r\n', bom: false, finalNewline: true },
  { name: 'BOM and CRLF', eol: '\r\n', bom: true, finalNewline: true },
  { name: 'BOM and LF', eol: '\n', bom: true, finalNewline: true },
  { name: 'no final newline', eol: '\n', bom: false, finalNewline: false },
  { name: 'BOM, CRLF and no final newline', eol: '\r\n', bom: true, finalNewline: false },
];

/** Applies a layout to a take text built with that layout's line ending. */
function laidOut(text: string, layout: Layout): Buffer {
  const body = layout.finalNewline ? text : text.slice(0, -layout.eol.length);
  return Buffer.from((layout.bom ? '\ufeff' : '') + body, 'utf8');
}

describe('--fix', () => {
  for (const layout of LAYOUTS) {
    test(`keeps the bytes of a ${layout.name} file except the fixed characters`, () => {
      withTree({ 'symposium.json': possessiveOnly(), 'a.take': laidOut(defectiveTake(layout.eol), layout) }, (dir) => {
        const r = runCli(['--fix'], { cwd: dir });
        assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
        assert.deepEqual(readFileSync(join(dir, 'a.take')), laidOut(fixedTake(layout.eol), layout));
      });
    });
  }

  test('keeps the file mode, leaves no temp file, and does not rewrite unchanged files', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'a.take': defectiveTake(), 'clean.take': cleanTake() }, (dir) => {
      chmodSync(join(dir, 'a.take'), 0o640);
      const cleanBefore = statSync(join(dir, 'clean.take'));
      assert.equal(runCli(['--fix'], { cwd: dir }).code, 0);
      assert.equal(statSync(join(dir, 'a.take')).mode & 0o777, 0o640);
      const cleanAfter = statSync(join(dir, 'clean.take'));
      assert.equal(cleanAfter.ino, cleanBefore.ino);
      assert.equal(cleanAfter.mtimeMs, cleanBefore.mtimeMs);
      assert.deepEqual(readdirSync(dir).sort(), ['a.take', 'clean.take', 'symposium.json']);
    });
  });

  test('does not write through a symlink (as prettier): the link and its target are kept, the take reported', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'real/a.txt': defectiveTake(), 'a.take': { symlink: 'real/a.txt' } }, (dir) => {
      const r = runCli(['--fix', 'a.take'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'commentary-lint: cannot write a.take: is a symbolic link; not fixed\n');
      assert.ok(lstatSync(join(dir, 'a.take')).isSymbolicLink());
      assert.equal(readFileSync(join(dir, 'real/a.txt'), 'utf8'), defectiveTake());
    });
  });

  test('reports what is left after fixing', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'a.take': defectiveTake() }, (dir) => {
      const r = runCli(['--fix', '--rule', 'possessive-its:error', '--format', 'json'], { cwd: dir });
      const [file] = JSON.parse(r.stdout) as JsonReport;
      assert.deepEqual(file.messages, []);
      assert.equal(file.output, fixedTake());
    });
  });

  test('never writes a file it could not decode, and still fixes the others', () => {
    const bad = Buffer.concat([Buffer.from(defectiveTake()), Buffer.from([0xc3, 0x28])]);
    withTree({ 'symposium.json': possessiveOnly(), 'bad.take': bad, 'good.take': defectiveTake() }, (dir) => {
      const r = runCli(['--fix'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot read bad\.take: not valid UTF-8/);
      assert.deepEqual(readFileSync(join(dir, 'bad.take')), bad);
      assert.equal(readFileSync(join(dir, 'good.take'), 'utf8'), fixedTake());
    });
  });
});

describe('--fix-dry-run', () => {
  test('writes nothing and prints a unified diff of each file', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'a.take': defectiveTake('\r\n'), 'clean.take': cleanTake() }, (dir) => {
      const before = statSync(join(dir, 'a.take'));
      const r = runCli(['--fix-dry-run'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.deepEqual(readFileSync(join(dir, 'a.take')), Buffer.from(defectiveTake('\r\n')));
      assert.equal(statSync(join(dir, 'a.take')).mtimeMs, before.mtimeMs);
      const lines = r.stdout.split('\n');
      assert.deepEqual(lines.slice(0, 3), ['--- a/a.take', '+++ b/a.take', '@@ -1,7 +1,7 @@']);
      assert.ok(lines.some((l) => l.startsWith(`-${DEFECT} `)));
      assert.ok(lines.some((l) => l.startsWith(`+${DEFECT_FIXED} `)));
      assert.ok(!r.stdout.includes('clean.take'));
    });
  });

  test('marks a missing final newline in the diff', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'a.take': 'Head\nQuote\nNote\n' + DEFECT }, (dir) => {
      const r = runCli(['--fix-dry-run'], { cwd: dir });
      assert.equal(
        r.stdout,
        `--- a/a.take\n+++ b/a.take\n@@ -1,4 +1,4 @@\n Head\n Quote\n Note\n-${DEFECT}\n\\ No newline at end of file\n+${DEFECT_FIXED}\n\\ No newline at end of file\n`,
      );
    });
  });

  test('adds the fixed text as "output" in JSON and reports what would be left', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'a.take': defectiveTake() }, (dir) => {
      const r = runCli(['--fix-dry-run', '--format', 'json'], { cwd: dir });
      const [file] = JSON.parse(r.stdout) as JsonReport;
      assert.equal(file.output, fixedTake());
      assert.equal(file.errorCount, 0);
      assert.equal(readFileSync(join(dir, 'a.take'), 'utf8'), defectiveTake());
    });
  });
});

describe('--stdin with fixes', () => {
  test('--fix prints the fixed text to stdout and the report of what is left to stderr', () => {
    withTree({ 'symposium.json': possessiveOnly() }, (dir) => {
      const r = runCli(['--stdin', '--fix', '--stdin-filename', 'x.take'], { cwd: dir, stdin: '\ufeff' + defectiveTake('\r\n') });
      assert.deepEqual(r, { code: 0, stdout: '\ufeff' + fixedTake('\r\n'), stderr: '' });
    });
  });

  test('--fix prints input with nothing to fix unchanged', () => {
    withTree({ 'symposium.json': possessiveOnly() }, (dir) => {
      const r = runCli(['--stdin', '--fix'], { cwd: dir, stdin: 'plain text\r\n' });
      assert.deepEqual(r, { code: 0, stdout: 'plain text\r\n', stderr: '' });
    });
  });

  test('--fix-dry-run reports with the diff and writes nothing', () => {
    withTree({ 'symposium.json': possessiveOnly(), 'x.take': defectiveTake() }, (dir) => {
      const r = runCli(['--stdin', '--fix-dry-run', '--stdin-filename', 'x.take'], { cwd: dir, stdin: defectiveTake() });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^--- a\/x\.take\n\+\+\+ b\/x\.take\n/);
      assert.equal(readFileSync(join(dir, 'x.take'), 'utf8'), defectiveTake());
    });
  });
});

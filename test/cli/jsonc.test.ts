// The CLI reads symposium.json as JSONC: comments and trailing commas work, and errors after them keep their place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, withTree, type JsonReport } from '../helpers/cli';
import { defectiveTake, possessiveOnly } from './takes';

/** possessiveOnly's file with comments on every line and trailing commas in each object and list. */
function commented(severity: string): string {
  const lines = possessiveOnly(severity).trimEnd().split('\n');
  const withCommas = lines.map((l, k) => (/[}\]"]$/.test(l) && /^\s*[}\]]/.test(lines[k + 1] ?? '') ? `${l},` : l));
  return ['// House style of the Mekong symposium', ...withCommas.map((l) => `${l} /* note */`), '// the end', ''].join('\n');
}

test('a symposium.json with comments and trailing commas is used', () => {
  const text = commented('warning');
  assert.match(text, /",? \/\* note \*\/\n\s*\}/, 'the file has a trailing comma before a closing brace');
  withTree({ 'symposium.json': text, 'a.take': defectiveTake() }, (dir) => {
    const r = runCli(['--format', 'json'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    const [a] = JSON.parse(r.stdout) as JsonReport;
    assert.equal(a.warningCount, 2, 'possessive-its at the severity the commented file sets');
    assert.equal(a.errorCount, 0);
  });
});

test('a schema error after comments is reported at its line and column, and nothing is linted', () => {
  const text = '{\n  // the quote style\n  /* curly or straight */ "quotes": "smart",\n}\n';
  withTree({ 'symposium.json': text, 'a.take': defectiveTake() }, (dir) => {
    const r = runCli([], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'symposium.json:3:37: error: quotes must be one of "curly", "straight", not "smart"\n');
  });
});

test('a syntax error after a comment, in a file with a BOM, is reported at its line and column', () => {
  const text = '\uFEFF// series\n{ "series": "X" "words": {} }\n';
  withTree({ 'symposium.json': text, 'a.take': defectiveTake() }, (dir) => {
    const r = runCli([], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'symposium.json:2:17: error: invalid JSON: expected a comma\n');
  });
});

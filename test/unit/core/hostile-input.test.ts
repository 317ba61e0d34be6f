// Hostile symposium.json globs and huge fix lists: bounded time, whatever the input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, isIgnored, parseSymposium } from '../../../server/src/core';
import { compileGlob } from '../../../server/src/core/config/glob';

const EXTGLOB = '+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)b';
const STARS = `${'*a'.repeat(20)}b`;
const GLOBSTARS = `${'**/a/'.repeat(10)}b`;
const LONG_NAME = 'a'.repeat(200);

/** A symposium with these ignore globs, parsed at a fixed path. */
function withIgnore(globs: string[]) {
  return parseSymposium(JSON.stringify({ ignore: globs }), '/s/symposium.json', '/s');
}

test('hostile globs match a 200-character name at once (no backtracking)', { timeout: 5000 }, () => {
  for (const glob of [EXTGLOB, STARS, GLOBSTARS, '*'.repeat(20) + 'b', `{${'a,'.repeat(50)}a}*a*a*a*b`]) {
    const parsed = withIgnore([glob]);
    assert.deepEqual(parsed.problems, [], glob);
    assert.equal(isIgnored(parsed.symposium!, `/s/${LONG_NAME}.take`), false, glob);
    assert.equal(isIgnored(parsed.symposium!, `/s/${'a/'.repeat(100)}x.take`), false, glob);
  }
  assert.equal(compileGlob(STARS)(`${LONG_NAME}b`), true);
  assert.equal(compileGlob(GLOBSTARS)(`${'a/'.repeat(50)}b`), true);
});

test('extglobs are off: their characters are literal', () => {
  assert.equal(compileGlob('+(a|b).take')('a.take'), false);
  assert.equal(compileGlob('+(a|b).take')('+(a|b).take'), true);
  assert.equal(compileGlob('@(x).take')('x.take'), false);
});

test('globs keep their usual meaning', () => {
  const cases: Array<[string, string, boolean]> = [
    ['drafts/**', 'drafts/a/b.take', true],
    ['drafts/**', 'drafts', true],
    ['drafts/**', 'draftsx/a.take', false],
    ['**/*.take', 'a.take', true],
    ['**/*.take', 'x/y/a.take', true],
    ['*.take', 'x/a.take', false],
    ['*.take', '.hidden.take', true],
    ['a/**/b.take', 'a/b.take', true],
    ['a/**/b.take', 'a/x/y/b.take', true],
    ['?.take', 'ab.take', false],
    ['[a-c].take', 'b.take', true],
    ['[!a].take', 'a.take', false],
    ['{late,soft}/*.take', 'soft/x.take', true],
    ['\\[draft\\] one.take', '[draft] one.take', true],
    ['\\[draft\\] one.take', 'd one.take', false],
    ['!drafts/**', 'x.take', true],
    ['**', 'any/thing', true],
  ];
  for (const [glob, path, expected] of cases) assert.equal(compileGlob(glob)(path), expected, `${glob} ~ ${path}`);
});

test('validation refuses empty, over-long and star-heavy globs with a clear message', () => {
  const message = (globs: string[]) =>
    withIgnore(globs)
      .problems.map((p) => p.message)
      .join('\n');
  assert.match(message(['']), /ignore\[0\] must not be empty/);
  assert.match(message(['a'.repeat(501)]), /ignore\[0\] must be at most 500 characters long, not 501/);
  assert.match(message(['*a'.repeat(21)]), /ignore\[0\] must have at most 20 "\*", not 21/);
  assert.match(message([`{${'a,'.repeat(20)}a}{${'a,'.repeat(20)}a}`]), /at most 256 alternatives/);
  const overrides = parseSymposium(JSON.stringify({ overrides: [{ files: ['*'.repeat(30)], rules: {} }] }), '/s/symposium.json', '/s');
  assert.match(overrides.problems.map((p) => p.message).join('\n'), /overrides\[0\]\.files\[0\] must have at most 20/);
});

test('100,000 non-overlapping fixes apply at once', { timeout: 5000 }, () => {
  const n = 100_000;
  const text = 'ab'.repeat(n);
  const groups = Array.from({ length: n }, (_, k) => [{ start: 2 * k, end: 2 * k + 1, text: 'x' }]);
  const r = applyEdits(text, groups);
  assert.equal(r.applied, n);
  assert.equal(r.skipped, 0);
  assert.equal(r.output, 'xb'.repeat(n));
});

test('100,000 groups that all collide with a long first edit, and interleaved two-edit groups, stay fast', { timeout: 5000 }, () => {
  const n = 100_000;
  const text = 'a'.repeat(2 * n + 2);
  // One edit over everything, then n that overlap it: quadratic code compares n × accepted.
  const colliding = [[{ start: 0, end: 2 * n, text: '' }], ...Array.from({ length: n }, (_, k) => [{ start: 2 * k + 1, end: 2 * k + 2, text: 'x' }])];
  const r = applyEdits(text, colliding);
  assert.equal(r.applied, 1);
  assert.equal(r.skipped, n);
  // Two-edit groups whose second edit lands far ahead: [k, k+1] and [n+k, n+k+1].
  const pairs = Array.from({ length: n / 2 }, (_, k) => [
    { start: k, end: k + 1, text: 'x' },
    { start: n + k, end: n + k + 1, text: 'y' },
  ]);
  const r2 = applyEdits(text, pairs);
  assert.equal(r2.applied, n / 2);
  assert.equal(r2.output.slice(0, 3), 'xxx');
  assert.equal(r2.output.slice(n, n + 3), 'yyy');
});

test('a group overlapping another group’s later edit is skipped whole', () => {
  const r = applyEdits('0123456789', [
    [
      { start: 0, end: 1, text: 'A' },
      { start: 8, end: 9, text: 'B' },
    ],
    [
      { start: 4, end: 5, text: 'C' },
      { start: 8, end: 10, text: 'D' },
    ],
    [{ start: 5, end: 5, text: '+' }],
  ]);
  assert.equal(r.output, 'A1234+567B9');
  assert.equal(r.applied, 2);
  assert.equal(r.skipped, 1);
});

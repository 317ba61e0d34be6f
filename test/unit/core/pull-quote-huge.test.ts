// pull-quote-in-body on a body paragraph that is one 5 MB word: no stack overflow (the words are scanned by a loop).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/core';

const sample = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'hannah-mercer.take'), 'utf8').split('\n');

/** The sample take with a pull-quote its body lacks (so the closest sentence is searched) and one more body paragraph. */
function takeWith(paragraph: string): string {
  const lines = [...sample];
  lines[1] = '“Talks will fail utterly because nobody cares.”';
  lines.splice(4, 0, paragraph);
  return lines.join('\n');
}

for (const [name, word] of [
  ['letters', 'x'],
  ['letters and apostrophes', "ab'"],
  ['accented letters', 'é'],
  ['astral letters', '𝐀'],
] as const) {
  test(`a 5 MB body word of ${name} is scanned without overflowing the stack`, { timeout: 60000 }, () => {
    const text = takeWith(word.repeat(Math.ceil((5 * 1024 * 1024) / word.length)));
    const result = lintText(text, { only: ['pull-quote-in-body'] });
    assert.deepEqual(
      result.findings.filter((f) => f.message.includes('failed')).map((f) => f.message),
      [],
    );
    assert.equal(result.findings.length, 1);
    assert.match(result.findings[0].message, /do not appear in the body/);
  });
}

test('the whole catalogue lints a take with a 5 MB word without a rule failure', { timeout: 60000 }, () => {
  const result = lintText(takeWith('x'.repeat(5 * 1024 * 1024)));
  assert.deepEqual(
    result.findings.filter((f) => /^Rule ".*" failed/.test(f.message)).map((f) => f.message),
    [],
  );
});

test('the closest body sentence is still found word by word', () => {
  const lines = [...sample];
  lines[1] = '“Nobody’s watching the dark November night.”';
  const result = lintText(lines.join('\n'), { only: ['pull-quote-in-body'] });
  assert.equal(result.findings.length, 1);
  assert.equal(result.findings[0].related?.[0].message, 'closest body sentence');
});

test('a long pull-quote of one short word repeated, against a long body, folds the body a bounded number of times', { timeout: 20000 }, () => {
  const lines = [...sample];
  const repeated = 'ab’'.repeat(60_000);
  lines[1] = `“${repeated}x”`;
  lines.splice(4, 0, repeated);
  const started = Date.now();
  const result = lintText(lines.join('\n'), { only: ['pull-quote-in-body'] });
  assert.equal(result.findings.length, 1);
  assert.ok(Date.now() - started < 10000, `${Date.now() - started} ms`);
});

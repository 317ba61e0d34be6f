import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex, countWords } from '../../../server/src/core';
import { normalizeForComparison } from '../../../server/src/core/text';
import { sentences } from '../../../server/src/core/sentences';

test('LineIndex maps offsets both ways across LF, CRLF and lone CR', () => {
  const text = 'ab\r\ncd\nef\rgh';
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 4);
  assert.deepEqual(idx.position(0), { line: 0, character: 0 });
  assert.deepEqual(idx.position(4), { line: 1, character: 0 });
  assert.deepEqual(idx.position(8), { line: 2, character: 1 });
  assert.deepEqual(idx.position(11), { line: 3, character: 1 });
  assert.equal(idx.offset(1, 1), 5);
  assert.equal(idx.lineEnd(0), 2);
  assert.equal(idx.offset(0, 99), 2, 'clamped to the line end');
  assert.equal(idx.offset(99, 0), text.length);
});

const wordCases: Array<[string, number]> = [
  ['', 0],
  ['The U.S.-North Korea talks', 4],
  ['Kim Jong-un’s offer—and Trump’s answer', 6],
  ['In 2019, 80 experts replied.', 5],
  ['  spaced   out  ', 2],
];
for (const [text, n] of wordCases) test(`countWords(${JSON.stringify(text)}) = ${n}`, () => assert.equal(countWords(text), n));

test('sentences keep abbreviations and honorifics intact', () => {
  const s = sentences('Dr. Lee met U.S. officials in Hanoi. They left early! Did it work? Yes.').map((x) => x.text);
  assert.deepEqual(s, ['Dr. Lee met U.S. officials in Hanoi.', 'They left early!', 'Did it work?', 'Yes.']);
});

test('sentences do not split after a middle initial', () => {
  assert.deepEqual(
    sentences('Harry J. Kazianis is director. He writes.').map((x) => x.text),
    ['Harry J. Kazianis is director.', 'He writes.'],
  );
});

test('sentences: initialisms split only before a sentence opener, never before a lowercase word', () => {
  const s = (t: string) => sentences(t).map((x) => x.text);
  assert.deepEqual(s('The U.S. Congress voted. It passed.'), ['The U.S. Congress voted.', 'It passed.']);
  assert.deepEqual(s('Talks moved to the U.S. The rest stayed.'), ['Talks moved to the U.S.', 'The rest stayed.']);
  assert.deepEqual(s('Wait... and see. Then act.'), ['Wait... and see.', 'Then act.']);
  assert.deepEqual(s('Oil, gas, etc. are cheap. Rates rose.'), ['Oil, gas, etc. are cheap.', 'Rates rose.']);
});

test('sentences report offsets shifted by a base', () => {
  const [a, b] = sentences('One. Two.', 10);
  assert.deepEqual([a.start, a.end, b.start, b.end], [10, 14, 15, 19]);
});

test('normalizeForComparison folds quotes, dashes, space, case and final punctuation', () => {
  assert.equal(normalizeForComparison('“As long as it’s  here — fine.”'), normalizeForComparison('"as long as it\'s here - fine"'));
});

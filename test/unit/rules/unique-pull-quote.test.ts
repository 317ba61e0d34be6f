import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFindings } from '../../helpers/rule-cases';
import { take, TEST_CONFIG } from '../../helpers/take-builder';

const config = TEST_CONFIG;
const QUOTE = 'The politics will follow the numbers, as they usually do on this river.';
const OTHER = 'Evidence is what regional courts and donors have lacked.';
const withQuote = (pullQuote: string | null) => take({ pullQuote });

/** The text each finding covers, by file. */
function covered(files: Record<string, string>): Record<string, string[]> {
  const found = corpusFindings('unique-pull-quote', files, config);
  return Object.fromEntries(Object.entries(found).map(([name, fs]) => [name, fs.map((f) => files[name].slice(f.start, f.end))]));
}

describe('rule unique-pull-quote', () => {
  test('different pull-quotes: nothing', () => {
    const files = { 'a.take': withQuote(`“${QUOTE}”`), 'b.take': withQuote(`“${OTHER}”`) };
    assert.deepEqual(covered(files), { 'a.take': [], 'b.take': [] });
  });

  test('takes without a pull-quote are not the same', () => {
    const files = { 'a.take': withQuote(null), 'b.take': withQuote(null) };
    assert.deepEqual(covered(files), { 'a.take': [], 'b.take': [] });
  });

  test('a pull-quote that only starts the same is different', () => {
    const files = { 'a.take': withQuote(`“${QUOTE}”`), 'b.take': withQuote('“The politics will follow the numbers, slowly.”') };
    assert.deepEqual(covered(files), { 'a.take': [], 'b.take': [] });
  });

  test('the same pull-quote in two takes: both reported on the whole pull-quote line, each pointing at the other', () => {
    const files = { 'a.take': withQuote(`“${QUOTE}”`), 'b.take': withQuote(`“${OTHER}”`), 'c.take': withQuote(`“${QUOTE}”`) };
    const found = corpusFindings('unique-pull-quote', files, config);
    assert.deepEqual(
      found['a.take'].map((f) => files['a.take'].slice(f.start, f.end)),
      [`“${QUOTE}”`],
    );
    assert.equal(found['a.take'][0].message, 'The same pull-quote runs in c.take');
    assert.deepEqual(
      found['c.take'][0].related?.map((r) => [r.filePath, r.message]),
      [['/symposium/a.take', 'the same pull-quote in another take']],
    );
    assert.deepEqual(found['b.take'], []);
  });

  test('quote marks, case, white space and final punctuation are ignored', () => {
    const files = {
      'a.take': withQuote(`“${QUOTE}”`),
      'b.take': withQuote(`"${QUOTE.toUpperCase().replace(', ', ',  ').replace(/\.$/, '')}"`),
    };
    assert.deepEqual(covered(files), { 'a.take': [`“${QUOTE}”`], 'b.take': [`"${QUOTE.toUpperCase().replace(', ', ',  ').replace(/\.$/, '')}"`] });
  });
});

test('a large group points at ten other takes and counts the rest', () => {
  const files = Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`t${String(k).padStart(2, '0')}.take`, take()]));
  const found = corpusFindings('unique-pull-quote', files);
  const first = found['t00.take'][0];
  assert.equal(first.related?.length, 10);
  assert.match(first.message, /t01\.take, t02\.take and 37 more/);
});

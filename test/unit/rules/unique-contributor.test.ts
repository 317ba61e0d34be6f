import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFindings } from '../../helpers/rule-cases';
import { take, TEST_CONFIG, TEST_SERIES } from '../../helpers/take-builder';

const config = TEST_CONFIG;
const by = (name: string, honorific = '') =>
  take({
    headline: `${TEST_SERIES} – We Asked ${name} What Comes Next for the River`,
    byline: `${honorific}${name} is a senior fellow at the Institute for Water Policy.`,
  });

/** The text each finding covers, by file. */
function covered(files: Record<string, string>): Record<string, string[]> {
  const found = corpusFindings('unique-contributor', files, config);
  return Object.fromEntries(Object.entries(found).map(([name, fs]) => [name, fs.map((f) => files[name].slice(f.start, f.end))]));
}

describe('rule unique-contributor', () => {
  test('different contributors: nothing', () => {
    const files = { 'a.take': by('Mai Linh Tran'), 'b.take': by('Lan Vo'), 'c.take': by('Seán O’Hanlon') };
    assert.deepEqual(covered(files), { 'a.take': [], 'b.take': [], 'c.take': [] });
  });

  test('a co-author who also wrote alone: both takes reported on that person only', () => {
    const pair = take({
      headline: `${TEST_SERIES} – We Asked Lan Vo and Mai Linh Tran What Comes Next for the River`,
      byline: 'Lan Vo and Mai Linh Tran are senior fellows at the Institute for Water Policy.',
    });
    const files = { 'a.take': pair, 'b.take': by('Mai Linh Tran'), 'c.take': by('Seán O’Hanlon') };
    assert.deepEqual(covered(files), { 'a.take': ['Mai Linh Tran'], 'b.take': ['Mai Linh Tran'], 'c.take': [] });
  });

  test('one take alone: nothing', () => {
    assert.deepEqual(covered({ 'a.take': by('Mai Linh Tran') }), { 'a.take': [] });
  });

  test('a name shared only in part is not the same person', () => {
    const files = { 'a.take': by('Mai Linh Tran'), 'b.take': by('Mai Linh Vo') };
    assert.deepEqual(covered(files), { 'a.take': [], 'b.take': [] });
  });

  test('the same contributor twice: both takes reported on the byline name, each pointing at the other', () => {
    const files = { 'a.take': by('Mai Linh Tran'), 'b.take': by('Lan Vo'), 'c.take': by('Mai Linh Tran') };
    const found = corpusFindings('unique-contributor', files, config);
    assert.deepEqual(
      found['a.take'].map((f) => files['a.take'].slice(f.start, f.end)),
      ['Mai Linh Tran'],
    );
    assert.equal(found['a.take'][0].start, files['a.take'].lastIndexOf('Mai Linh Tran'), 'the byline name, not the headline');
    assert.equal(found['a.take'][0].message, 'This contributor also wrote c.take in this symposium');
    assert.deepEqual(found['a.take'][0].related, [
      {
        start: files['c.take'].lastIndexOf('Mai Linh Tran'),
        end: files['c.take'].lastIndexOf('Mai Linh Tran') + 13,
        message: 'another take by the same contributor',
        filePath: '/symposium/c.take',
      },
    ]);
    assert.equal(found['c.take'][0].related?.[0].filePath, '/symposium/a.take');
    assert.deepEqual(found['b.take'], []);
  });

  test('honorific, accents, apostrophes and a middle initial are folded', () => {
    const files = { 'a.take': by('Seán O’Hanlon', 'Dr. '), 'b.take': by("Sean O'Hanlon"), 'c.take': by('Harry J. Kazianis'), 'd.take': by('Harry Kazianis') };
    assert.deepEqual(covered(files), {
      'a.take': ['Seán O’Hanlon'],
      'b.take': ["Sean O'Hanlon"],
      'c.take': ['Harry J. Kazianis'],
      'd.take': ['Harry Kazianis'],
    });
  });

  test('three takes by one person: each points at the two others', () => {
    const files = { 'a.take': by('Lan Vo'), 'b.take': by('Lan Vo'), 'c.take': by('Lan Vo') };
    const found = corpusFindings('unique-contributor', files, config);
    assert.equal(found['b.take'][0].message, 'This contributor also wrote a.take and c.take in this symposium');
    assert.deepEqual(
      found['b.take'][0].related?.map((r) => r.filePath),
      ['/symposium/a.take', '/symposium/c.take'],
    );
  });

  test('with no byline the headline name counts', () => {
    const files = { 'a.take': take({ byline: null }), 'b.take': take() };
    assert.deepEqual(covered(files), { 'a.take': ['Mai Linh Tran'], 'b.take': ['Mai Linh Tran'] });
  });
});

// consistent-names: forms of one name across takes (and within one) are grouped; the less frequent form is reported.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFindings } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY } from '../../helpers/take-builder';

/** A take whose first body paragraph is `p`. */
const para = (p: string) => take({ body: [p, ...DEFAULT_BODY.slice(1)] });

/** The text each finding covers, by file, and their messages. */
function found(files: Record<string, string>, config = {}) {
  const byFile = corpusFindings('consistent-names', files, config);
  const covered = Object.fromEntries(Object.entries(byFile).map(([name, fs]) => [name, fs.map((f) => files[name].slice(f.start, f.end))]));
  return { covered, byFile };
}

describe('rule consistent-names', () => {
  test('one form everywhere: nothing', () => {
    const files = { 'a.take': para('Kim Jong-un met Moon Jae-in.'), 'b.take': para('Kim Jong-un left early.') };
    assert.deepEqual(found(files).covered, { 'a.take': [], 'b.take': [] });
  });

  test('hyphen and space variants: the less frequent form is reported with related locations and a suggestion', () => {
    const files = {
      'a.take': para('Kim Jong-un met envoys.'),
      'b.take': para('Kim Jong-un left. Later, Kim Jong-un returned.'),
      'c.take': para('Nobody doubted that Kim Jong Un would return.'),
    };
    const { covered, byFile } = found(files);
    assert.deepEqual(covered, { 'a.take': [], 'b.take': [], 'c.take': ['Kim Jong Un'] });
    const f = byFile['c.take'][0];
    assert.equal(f.message, '"Kim Jong Un" is written "Kim Jong-un" elsewhere in this symposium (3 times)');
    assert.equal(f.related?.length, 3);
    assert.deepEqual(
      f.suggestions?.map((s) => s.edits[0].text),
      ['Kim Jong-un'],
    );
  });

  test('case, accents and hyphens: São Paulo, Sao Paulo; Abdel Fattah el-Sisi, Abdel Fattah El-Sisi', () => {
    const files = {
      'a.take': para('Officials in São Paulo agreed, as did Abdel Fattah el-Sisi and Abdel Fattah el-Sisi’s ministers.'),
      'b.take': para('Officials in São Paulo and Sao Paulo disagreed; Abdel Fattah El-Sisi did not.'),
    };
    assert.deepEqual(found(files).covered, { 'a.take': [], 'b.take': ['Sao Paulo', 'Abdel Fattah El-Sisi'] });
  });

  test('one letter apart in a long multi-word name that shares a word', () => {
    const files = {
      'a.take': para('Volodymyr Zelensky spoke, and Recep Tayyip Erdogan listened.'),
      'b.take': para('Volodymyr Zelensky agreed. Recep Tayyip Erdogan too.'),
      'c.take': para('Volodymyr Zelenskyy disagreed with Recep Tayip Erdogan.'),
    };
    assert.deepEqual(found(files).covered, { 'a.take': [], 'b.take': [], 'c.take': ['Volodymyr Zelenskyy', 'Recep Tayip Erdogan'] });
  });

  test('different people stay apart: Kim Jong-il and Kim Jong-un, short names a letter apart', () => {
    const files = { 'a.take': para('Kim Jong-il died; Kim Jong-un rose.'), 'b.take': para('Jan Smit and Jon Smit met Ana Ruiz.') };
    assert.deepEqual(found(files).covered, { 'a.take': [], 'b.take': [] });
  });

  test('within one take, and a tie reports both forms', () => {
    const files = { 'a.take': para('Xi Jinping arrived; Xi Jin-ping left.') };
    const { covered, byFile } = found(files);
    assert.deepEqual(covered, { 'a.take': ['Xi Jinping', 'Xi Jin-ping'] });
    assert.match(byFile['a.take'][0].message, /choose one form/);
  });

  test('a form pinned in terms settles the choice; a vocabulary form is never reported', () => {
    const files = {
      'a.take': para('Xi Jin-ping arrived. Xi Jin-ping left.'),
      'b.take': para('Xi Jinping stayed, and so did Kim Jong Un.'),
      'c.take': para('Kim Jong-un stayed.'),
    };
    const config = { terms: { 'Xi Jin-ping': 'Xi Jinping' }, vocabulary: ['Kim Jong Un'] };
    assert.deepEqual(found(files, config).covered, { 'a.take': ['Xi Jin-ping', 'Xi Jin-ping'], 'b.take': [], 'c.take': ['Kim Jong-un'] });
  });

  test('a sentence-opening word is no part of the name', () => {
    const files = { 'a.take': para('The Hanoi Summit failed. Hanoi Summit talks resumed.'), 'b.take': para('After Hanoi summit talks, none.') };
    assert.deepEqual(found(files).covered, { 'a.take': [], 'b.take': [] });
  });
});

// What --init infers from takes: the series, template, editor's note and image credit most of them share, and the spelling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferDialect, inferSymposium, parseSymposium, lintText } from '../../../server/src/core';
import { lazySpellers } from '../../../server/src/node/spellers';
import { DEFAULT_BODY, TEST_NOTE, TEST_SERIES, TEST_TEMPLATE, take, takeBy } from '../../helpers/take-builder';

/** Takes by several contributors, each headline made by `headline(name)`. */
function takes(headline: (name: string) => string, names = ['Mai Linh Tran', 'Ana Souza', 'Ola Berg']): string[] {
  return names.map((name, k) => takeBy(name, `quote ${k}`, { headline: headline(name) }));
}

test('the test takes give back their series, template, note and credit, each agreed by all', () => {
  const r = inferSymposium(takes((n) => `${TEST_SERIES} – We Asked ${n} What Comes Next for the River`));
  assert.deepEqual(r.file, { series: TEST_SERIES, headline: TEST_TEMPLATE, editorsNote: TEST_NOTE, imageCredit: 'Reuters' });
  assert.equal(r.takes, 3);
  assert.deepEqual(r.found.headline, { value: TEST_TEMPLATE, agree: 3, variants: 1 });
});

test('headline shapes: spaced dash, colon, contributor first, a range in the series, two contributors', () => {
  const cases: Array<[(n: string) => string, string, string | undefined]> = [
    [(n) => `The Hanoi Summit: Here’s What ${n} Thinks Will Happen`, '{series}: Here’s What {contributor} Thinks Will Happen', 'The Hanoi Summit'],
    [(n) => `${n}: The Hanoi Summit`, '{contributor}: {series}', 'The Hanoi Summit'],
    [(n) => `Arctic 2030–2040 – We Asked ${n} What Comes Next`, '{series} – We Asked {contributor} What Comes Next', 'Arctic 2030–2040'],
    [(n) => `We Asked ${n} About the River`, 'We Asked {contributor} About the River', undefined],
  ];
  for (const [headline, template, series] of cases) {
    const r = inferSymposium(takes(headline));
    assert.equal(r.file.headline, template);
    assert.equal(r.file.series, series);
  }
  const pair = take({
    headline: `${TEST_SERIES} – We Asked Sue Mi Terry and Victor Cha What Comes Next for the River`,
    byline: 'Sue Mi Terry and Victor Cha are senior fellows at the Center for Strategic and International Studies.',
  });
  assert.equal(inferSymposium([pair, take()]).file.headline, TEST_TEMPLATE);
});

test('more than half must agree, and at least two takes, unless there is only one', () => {
  const same = (n: string) => `${TEST_SERIES} – We Asked ${n} What Comes Next for the River`;
  const other = (n: string) => `${TEST_SERIES} – ${n} Looks Ahead`;
  const three = [...takes(same, ['Mai Linh Tran', 'Ana Souza']), ...takes(other, ['Ola Berg'])];
  assert.equal(inferSymposium(three).file.headline, TEST_TEMPLATE, '2 of 3');
  const four = [...takes(same, ['Mai Linh Tran', 'Ana Souza']), ...takes(other, ['Ola Berg', 'Ida Holm'])];
  const r = inferSymposium(four);
  assert.equal(r.file.headline, undefined, '2 of 4 is not more than half');
  assert.deepEqual(r.found.headline, { value: undefined, agree: 2, variants: 2 });
  assert.equal(r.file.series, TEST_SERIES, 'the series is still shared by all four');
  assert.equal(inferSymposium([take()]).file.headline, TEST_TEMPLATE, 'one take agrees with itself');
  const notes = ['Read the others here.', 'Read more here.', 'All takes here.'].map((n) => take({ editorsNote: `Editor’s Note: ${n}` }));
  assert.equal(inferSymposium(notes).file.editorsNote, undefined);
});

test('takes without the parts, and no takes at all, infer nothing', () => {
  assert.deepEqual(inferSymposium([]).file, {});
  assert.deepEqual(inferSymposium(['', 'just one line\n']).file, {});
  const bare = take({ editorsNote: null, image: null, headline: 'A Headline Without a Name' });
  assert.deepEqual(inferSymposium([bare, bare]).file, {});
});

test('a BOM and CRLF line ends do not change what is inferred', () => {
  const r = inferSymposium(['\uFEFF' + take({}, '\r\n'), takeBy('Ana Souza', 'q', {})]);
  assert.equal(r.file.series, TEST_SERIES);
  assert.equal(r.file.headline, TEST_TEMPLATE);
  assert.equal(r.found.series.agree, 2);
});

test('an inferred file is valid and the takes it came from meet its template', () => {
  const texts = takes((n) => `${TEST_SERIES} – We Asked ${n} What Comes Next for the River`);
  const text = JSON.stringify({ ...inferSymposium(texts).file, spelling: 'american' });
  const parsed = parseSymposium(text, '/s/symposium.json', '/s');
  assert.deepEqual(parsed.problems, []);
  for (const t of texts)
    assert.deepEqual(lintText(t, { symposium: parsed.symposium, only: ['headline-template', 'editors-note-text', 'image-credit'] }).findings, []);
});

test('the dialect: British or American words decide when one side clearly wins, else nothing', () => {
  const spellers = lazySpellers();
  const british = take({ body: [...DEFAULT_BODY.slice(0, 3), 'The programme will organise a centre whose behaviour and colour puzzle us.'] });
  const american = take({ body: [...DEFAULT_BODY.slice(0, 3), 'The program will organize a center whose behavior and color puzzle us.'] });
  const b = inferDialect([british], spellers);
  assert.equal(b.dialect, 'british');
  assert.ok(b.british >= 4 && b.american === 0, JSON.stringify(b));
  assert.equal(inferDialect([american], spellers).dialect, 'american');
  assert.equal(inferDialect([british, american], spellers).dialect, undefined, 'too close to call');
  assert.deepEqual(inferDialect([], spellers), { british: 0, american: 0, dialect: undefined });
});

// The Node layer's symposium lookup, which the CLI and the language server both use: walk-up, identities, broken files, caching.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSymposiumId, folderSymposiumId } from '../../server/src/core';
import { SymposiumFinder, discover, toCorePath } from '../../server/src/node';
import { json, makeTree, removeTree } from '../helpers/cli';

const dir = toCorePath(
  makeTree({
    'hanoi/symposium.json': json({ series: 'The Hanoi Summit' }),
    'hanoi/a.take': '',
    'hanoi/drafts/b.take': '',
    'loose/c.take': '',
    'loose/d.take': '',
    'broken/symposium.json': '{ "series": ',
    'broken/e.take': '',
  }),
);
after(() => removeTree(dir));

test('a take belongs to the nearest symposium.json above it, named by that file', () => {
  const finder = new SymposiumFinder();
  const a = finder.forTake(`${dir}/hanoi/a.take`);
  const b = finder.forTake(`${dir}/hanoi/drafts/b.take`);
  assert.equal(a.id, configSymposiumId(`${dir}/hanoi/symposium.json`));
  assert.equal(b.id, a.id, 'one symposium, one corpus');
  assert.equal(b.symposium, a.symposium, 'read once');
  assert.equal(a.symposium?.style.series, 'The Hanoi Summit');
  assert.equal(a.symposium?.root, `${dir}/hanoi`);
});

test('takes with no symposium.json form one symposium per folder, sharing one default symposium', () => {
  const finder = new SymposiumFinder();
  const c = finder.forTake(`${dir}/loose/c.take`);
  const d = finder.forTake(`${dir}/loose/d.take`);
  assert.equal(c.id, folderSymposiumId(`${dir}/loose`));
  assert.equal(c.configFile, undefined);
  assert.equal(d.symposium, c.symposium);
  assert.equal(c.symposium?.root, `${dir}/loose`);
});

test('a broken symposium.json gives problems and no symposium, but still names the symposium', () => {
  const found = new SymposiumFinder().forTake(`${dir}/broken/e.take`);
  assert.equal(found.symposium, undefined);
  assert.equal(found.id, configSymposiumId(`${dir}/broken/symposium.json`));
  assert.match(found.problems[0].message, /invalid JSON/);
});

test('clear() forgets what was read', () => {
  const finder = new SymposiumFinder();
  const file = join(dir, 'hanoi', 'symposium.json');
  assert.equal(finder.forTake(`${dir}/hanoi/a.take`).symposium?.style.series, 'The Hanoi Summit');
  writeFileSync(file, json({ series: 'Renamed' }));
  assert.equal(finder.forTake(`${dir}/hanoi/a.take`).symposium?.style.series, 'The Hanoi Summit', 'cached');
  finder.clear();
  assert.equal(finder.forTake(`${dir}/hanoi/a.take`).symposium?.style.series, 'Renamed');
});

test('take discovery returns sorted, /-separated paths', () => {
  const found = discover([dir], { cwd: dir, useIgnores: true, isIgnored: () => false });
  assert.deepEqual(
    found.files.map((c) => c.path.slice(dir.length + 1)),
    ['broken/e.take', 'hanoi/a.take', 'hanoi/drafts/b.take', 'loose/c.take', 'loose/d.take'],
  );
});

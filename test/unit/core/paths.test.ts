// The core's path arithmetic ('/'-separated, no node:path) and the symposium identity the CLI and server share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import {
  baseName,
  configSymposiumId,
  folderSymposiumId,
  isInside,
  loneSymposiumId,
  parseSymposium,
  relativePath,
  relativeTo,
  symposiumSource,
} from '../../../server/src/core';

test('relativeTo agrees with path.posix.relative', () => {
  const pairs: Array<[string, string]> = [
    ['/s', '/s/a.take'],
    ['/s', '/s/drafts/x.take'],
    ['/s/', '/s/drafts/x.take'],
    ['/s/drafts', '/s/a.take'],
    ['/a/b/c', '/a/x/y.take'],
    ['/s', '/s'],
    ['/', '/s/a.take'],
    ['/s', '/other/a.take'],
  ];
  for (const [from, to] of pairs) assert.equal(relativeTo(from, to), posix.relative(from, to), `${from} → ${to}`);
});

test('Windows paths, once the Node side turned their separators, work the same way', () => {
  assert.equal(relativeTo('C:/work/hanoi', 'C:/work/hanoi/drafts/zhu.take'), 'drafts/zhu.take');
  assert.equal(relativeTo('C:/work/hanoi', 'D:/elsewhere/zhu.take'), 'D:/elsewhere/zhu.take', 'another drive has no relative form');
  assert.equal(baseName('C:/work/hanoi/zhu.take'), 'zhu.take');
});

test('isInside needs a whole folder name, not a prefix', () => {
  assert.equal(isInside('/s', '/s/a.take'), true);
  assert.equal(isInside('/s', '/s'), true);
  assert.equal(isInside('/s/', '/s/a.take'), true);
  assert.equal(isInside('/s', '/sx/a.take'), false);
  assert.equal(isInside('/s/a', '/s'), false);
});

test('baseName is the last segment', () => {
  assert.equal(baseName('/s/drafts/x.take'), 'x.take');
  assert.equal(baseName('x.take'), 'x.take');
});

test('relativePath is relative to the symposium folder', () => {
  const { symposium } = parseSymposium('{}', '/s/symposium.json', '/s');
  assert.equal(relativePath(symposium!, '/s/drafts/x.take'), 'drafts/x.take');
});

test('a symposium identity reads back into where it comes from', () => {
  assert.deepEqual(symposiumSource(configSymposiumId('/s/symposium.json')), { kind: 'config', path: '/s/symposium.json' });
  assert.deepEqual(symposiumSource(folderSymposiumId('/s/loose')), { kind: 'folder', path: '/s/loose' });
  assert.deepEqual(symposiumSource(loneSymposiumId('untitled:Untitled-1')), { kind: 'lone', name: 'untitled:Untitled-1' });
  assert.notEqual(configSymposiumId('/s'), folderSymposiumId('/s'), 'a folder and a file of the same name are different symposia');
});

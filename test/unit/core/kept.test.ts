// keptPerKey: one build per key, undefined and null values kept too, everything dropped past the limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keptPerKey } from '../../../server/src/core/kept';

test('keptPerKey builds each value once, keeps null results, and starts over past its limit', () => {
  const built: string[] = [];
  const get = keptPerKey((key: string) => {
    built.push(key);
    return key === 'none' ? null : key.length;
  }, 2);
  assert.equal(get('abc'), 3);
  assert.equal(get('abc'), 3);
  assert.equal(get('none'), null);
  assert.equal(get('none'), null);
  assert.deepEqual(built, ['abc', 'none']);
  get('x');
  get('y');
  assert.deepEqual(built, ['abc', 'none', 'x', 'y'], 'the fourth key found three kept and dropped them');
  get('abc');
  assert.deepEqual(built, ['abc', 'none', 'x', 'y', 'abc']);
});

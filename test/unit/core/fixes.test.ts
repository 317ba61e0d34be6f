import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/core';

const cases: Array<{
  name: string;
  text: string;
  groups: Array<Array<{ start: number; end: number; text: string }>>;
  output: string;
  applied: number;
  skipped: number;
}> = [
  { name: 'no edits', text: 'abc', groups: [], output: 'abc', applied: 0, skipped: 0 },
  { name: 'one replacement', text: 'its’ way', groups: [[{ start: 3, end: 4, text: '' }]], output: 'its way', applied: 1, skipped: 0 },
  {
    name: 'unsorted groups are sorted',
    text: 'a b c',
    groups: [[{ start: 4, end: 5, text: 'C' }], [{ start: 0, end: 1, text: 'A' }]],
    output: 'A b C',
    applied: 2,
    skipped: 0,
  },
  {
    name: 'an overlapping group is skipped',
    text: 'abcdef',
    groups: [[{ start: 1, end: 4, text: 'X' }], [{ start: 3, end: 5, text: 'Y' }]],
    output: 'aXef',
    applied: 1,
    skipped: 1,
  },
  {
    name: 'a group is all or nothing',
    text: '"quote"',
    groups: [
      [
        { start: 0, end: 1, text: '“' },
        { start: 6, end: 7, text: '”' },
      ],
      [{ start: 6, end: 7, text: '!' }],
    ],
    output: '“quote”',
    applied: 1,
    skipped: 1,
  },
  {
    name: 'adjacent edits both apply',
    text: 'abcd',
    groups: [[{ start: 0, end: 2, text: 'X' }], [{ start: 2, end: 4, text: 'Y' }]],
    output: 'XY',
    applied: 2,
    skipped: 0,
  },
  {
    name: 'two insertions at one point collide',
    text: 'ab',
    groups: [[{ start: 1, end: 1, text: 'X' }], [{ start: 1, end: 1, text: 'Y' }]],
    output: 'aXb',
    applied: 1,
    skipped: 1,
  },
  {
    name: 'an insertion inside a replaced range collides',
    text: 'abcd',
    groups: [[{ start: 1, end: 3, text: 'X' }], [{ start: 2, end: 2, text: 'Y' }]],
    output: 'aXd',
    applied: 1,
    skipped: 1,
  },
  { name: 'an out-of-range edit is skipped', text: 'ab', groups: [[{ start: 1, end: 9, text: 'X' }]], output: 'ab', applied: 0, skipped: 1 },
  {
    name: 'CRLF and BOM outside the edits are kept',
    text: '\uFEFFa  b\r\nc',
    groups: [[{ start: 2, end: 4, text: ' ' }]],
    output: '\uFEFFa b\r\nc',
    applied: 1,
    skipped: 0,
  },
];

for (const c of cases) {
  test(`applyEdits: ${c.name}`, () => {
    const r = applyEdits(c.text, c.groups);
    assert.deepEqual(r, { output: c.output, applied: c.applied, skipped: c.skipped });
  });
}

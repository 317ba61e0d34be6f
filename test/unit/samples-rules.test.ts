// The sample symposium makes every rule fire, unused-disable included, and its one working directive suppresses what it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, type SymposiumFile } from '../../server/src/core';
import { described, lintLikeHosts } from '../helpers/suppression';

const DIR = join(__dirname, '../../samples');
const CONFIG = JSON.parse(readFileSync(join(DIR, 'symposium.json'), 'utf8')) as SymposiumFile;
const FILES = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.take'))
    .map((f) => [f, readFileSync(join(DIR, f), 'utf8')]),
);
const FOUND = lintLikeHosts(FILES, CONFIG);

test('every rule reports something somewhere in samples/', () => {
  const fired = new Set(Object.values(FOUND).flatMap((fs) => fs.map((f) => f.ruleId)));
  assert.deepEqual(
    RULES.map((r) => r.meta.id).filter((id) => !fired.has(id)),
    [],
  );
});

test('sofia-marchetti.take: one directive suppresses a doubled space, a stale one is unused-disable', () => {
  const file = 'sofia-marchetti.take';
  const text = FILES[file];
  assert.deepEqual(described(text, FOUND[file], ['doubled-space', 'unused-disable']), ['doubled-space " "', 'unused-disable "possessive-its"']);
  assert.ok(text.includes('the  swings'), 'the suppressed doubled space is still in the text');
});

// Fails when the generated docs, README table or schema drift from the rule metadata.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { RULES } from '../../server/src/core';
import { readmeWithTable, ruleDoc, schemaText, SCHEMA_PATH } from '../../scripts/docgen';

const FIX = 'run `npm run generate` and commit the result';

test('every rule has an up-to-date doc page and no stray pages exist', () => {
  for (const r of RULES) assert.equal(readFileSync(`docs/rules/${r.meta.id}.md`, 'utf8'), ruleDoc(r), `docs/rules/${r.meta.id}.md is stale: ${FIX}`);
  const pages = readdirSync('docs/rules')
    .filter((f) => f.endsWith('.md'))
    .sort();
  assert.deepEqual(pages, RULES.map((r) => `${r.meta.id}.md`).sort(), `docs/rules has pages for unknown rules: ${FIX}`);
});

test('the README rule table matches the metadata', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.equal(readme, readmeWithTable(readme), `README.md rule table is stale: ${FIX}`);
});

test('the shipped symposium.json schema matches the metadata', () => {
  assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), schemaText(), `${SCHEMA_PATH} is stale: ${FIX}`);
});

test('rule files are named by their id and metadata is complete', () => {
  const files = readdirSync('server/src/core/rules')
    .filter((f) => f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  assert.deepEqual(files, RULES.map((r) => r.meta.id).sort());
  for (const r of RULES) {
    const m = r.meta;
    assert.match(m.id, /^[a-z]+(?:-[a-z]+)*$/);
    assert.ok(m.description.length > 10 && !m.description.endsWith('.'), `${m.id}: description is one sentence without final period`);
    assert.ok(m.rationale.length > 20, `${m.id}: rationale`);
    assert.ok(['error', 'warning', 'info'].includes(m.severity));
    for (const [name, o] of Object.entries(m.options)) assert.equal(typeof o.default, o.type === 'integer' ? 'number' : o.type, `${m.id}.${name} default type`);
  }
});

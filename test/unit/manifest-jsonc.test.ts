// The extension opens symposium.json as JSONC and still validates it against the shipped schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The parts of package.json this test reads. */
interface Manifest {
  contributes: {
    languages: Array<{ id: string; filenames?: string[]; extensions?: string[] }>;
    jsonValidation: Array<{ fileMatch: string | string[]; url: string }>;
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

test('symposium.json is associated with jsonc, and the commentary language is still there', () => {
  const ids = manifest.contributes.languages.map((l) => l.id);
  assert.ok(ids.includes('commentary'));
  const jsonc = manifest.contributes.languages.filter((l) => l.filenames?.includes('symposium.json'));
  assert.deepEqual(
    jsonc.map((l) => l.id),
    ['jsonc'],
  );
});

test('jsonValidation points symposium.json at the shipped schema, which allows comments and trailing commas', () => {
  const entry = manifest.contributes.jsonValidation.find((v) => [v.fileMatch].flat().includes('symposium.json'));
  assert.ok(entry, 'a jsonValidation entry for symposium.json');
  const schema = JSON.parse(readFileSync(entry.url, 'utf8')) as { allowComments?: boolean; allowTrailingCommas?: boolean };
  assert.equal(schema.allowComments, true);
  assert.equal(schema.allowTrailingCommas, true);
});

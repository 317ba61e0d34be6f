// Editing symposium.json from the editor (add to vocabulary, disable a rule) keeps its comments where they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from 'jsonc-parser';
import { insertJsonc } from '../../server/src/lsp/features/jsonc-insert';
import { parseSymposium } from '../../server/src/core';

/** The text after inserting `value` at `path`. */
function insert(text: string, path: Array<string | number>, value: unknown): string {
  return applyEdits(text, insertJsonc(text, path, value));
}

test('an item appended to a list goes after the last item’s comment, keeping the trailing comma', () => {
  const text = '{\n  "vocabulary": [\n    "Gydan", // a place\n  ],\n}\n';
  assert.equal(insert(text, ['vocabulary', 1], 'Tromsø'), '{\n  "vocabulary": [\n    "Gydan", // a place\n    "Tromsø",\n  ],\n}\n');
});

test('without a trailing comma, a comma is added after the last item and the new one has none', () => {
  const text = '{\n  "vocabulary": [\n    "Gydan" /* a place */ // on the map\n    // "Yamal" was dropped\n  ]\n}\n';
  assert.equal(
    insert(text, ['vocabulary', 1], 'Tromsø'),
    '{\n  "vocabulary": [\n    "Gydan", /* a place */ // on the map\n    // "Yamal" was dropped\n    "Tromsø"\n  ]\n}\n',
  );
});

test('a new key goes after the last property’s comment, with the file’s line ends and a BOM kept', () => {
  const text = '\uFEFF{\r\n  // the series\r\n  "series": "X", // as in headlines\r\n}\r\n';
  const out = insert(text, ['vocabulary'], ['Gydan']);
  assert.equal(out, '\uFEFF{\r\n  // the series\r\n  "series": "X", // as in headlines\r\n  "vocabulary": [\r\n    "Gydan"\r\n  ],\r\n}\r\n');
  assert.deepEqual(parseSymposium(out, '/s/symposium.json', '/s').problems, []);
});

test('a one-line list and an empty object fall back to jsonc-parser and stay valid', () => {
  assert.equal(insert('{"vocabulary": ["a", "b",]}', ['vocabulary', 2], 'c'), '{\n  "vocabulary": [\n    "a",\n    "b",\n    "c",\n  ]\n}');
  const out = insert('{\n  // nothing yet\n}\n', ['vocabulary'], ['c']);
  assert.match(out, /\/\/ nothing yet/);
  assert.deepEqual(parseSymposium(out, '/s/symposium.json', '/s').symposium?.style.vocabulary, ['c']);
});

test('an override object is appended after a commented one', () => {
  const text = '{\n  "overrides": [\n    { "files": ["a.take"], "rules": {} } // first\n  ]\n}\n';
  const out = insert(text, ['overrides', 1], { files: ['b.take'], rules: { 'doubled-space': 'off' } });
  assert.match(out, /\{ "files": \["a\.take"\], "rules": \{\} \}, \/\/ first\n {4}\{\n/);
  assert.deepEqual(parseSymposium(out, '/s/symposium.json', '/s').symposium?.file.overrides?.[1], { files: ['b.take'], rules: { 'doubled-space': 'off' } });
});

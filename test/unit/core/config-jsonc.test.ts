// symposium.json is JSONC: comments and trailing commas are accepted, and problems still point at the exact place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSymposium } from '../../../server/src/core';

/** Parses a config text at a fixed path. */
function parse(text: string) {
  return parseSymposium(text, '/s/symposium.json', '/s');
}

/** The first problem as `line:column message`. */
function firstProblem(text: string): string {
  const p = parse(text).problems[0];
  return p ? `${p.line}:${p.column} ${p.message}` : 'no problem';
}

test('line and block comments and trailing commas are accepted, and the values read as written', () => {
  const r = parse(
    [
      '// The Hanoi symposium',
      '{',
      '  /* the series name',
      '     opens every headline */',
      '  "series": "The Hanoi Summit", // after a value',
      '  "words": { "min": 200, "max": 700, },',
      '  "vocabulary": ["DPRK", "Yongbyon",],',
      '  "rules": { "doubled-space": "off", },',
      '}',
      '',
    ].join('\n'),
  );
  assert.deepEqual(r.problems, []);
  assert.equal(r.symposium?.style.series, 'The Hanoi Summit');
  assert.deepEqual(r.symposium?.style.words, { min: 200, max: 700 });
  assert.deepEqual(r.symposium?.style.vocabulary, ['DPRK', 'Yongbyon']);
  assert.deepEqual(r.symposium?.file.rules, { 'doubled-space': 'off' });
});

test('a comment that looks like a key is not read as one', () => {
  const r = parse('{\n  // "quotes": "smart",\n  /* "dashes": 3 */\n  "quotes": "straight"\n}');
  assert.deepEqual(r.problems, []);
  assert.equal(r.symposium?.style.quotes, 'straight');
  assert.equal(r.symposium?.style.dashes, 'closed');
});

test('a schema error after comments is reported at its own line and column', () => {
  assert.equal(
    firstProblem('{\n  // a comment /* with a block */\n  /* and\n     a block */ "quotes": "smart",\n}'),
    '4:27 quotes must be one of "curly", "straight", not "smart"',
  );
});

test('a syntax error after a comment is reported at its own line and column', () => {
  assert.equal(firstProblem('{\n  // words\n  "words": { "min": 300 "max": 900 }\n}'), '3:25 invalid JSON: expected a comma');
});

test('with a BOM and a comment on the first line, columns count from after the BOM', () => {
  assert.equal(firstProblem('\uFEFF// house style\n{ "spelling": "canadian" }'), '2:15 spelling must be one of "american", "british", "off", not "canadian"');
  assert.equal(firstProblem('\uFEFF{ /* x */ "serie": "X" }'), '1:11 unknown key "serie" (did you mean "series"?)');
});

test('an unterminated block comment is an error where the comment starts', () => {
  assert.equal(firstProblem('{\n  "series": "X"\n  /* never closed\n}'), '3:3 invalid JSON: unterminated comment');
});

test('a file of comments only is invalid', () => {
  assert.match(firstProblem('// nothing here\n/* at all */\n'), /^\d+:\d+ invalid JSON: expected a value$/);
});

test('a house term whose key is __proto__ is kept as a term, not lost to the prototype', () => {
  const r = parse('{\n  "terms": { "__proto__": "prototype", }, // odd but allowed\n}');
  assert.deepEqual(r.problems, []);
  assert.deepEqual(Object.entries(r.symposium!.style.terms), [['__proto__', 'prototype']]);
  assert.equal(Object.getPrototypeOf(r.symposium!.style.terms), Object.prototype);
});

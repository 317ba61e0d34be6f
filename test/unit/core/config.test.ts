import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES, parseSymposium, effectiveRules, isIgnored } from '../../../server/src/core';

/** Parses a config text at a fixed path. */
function parse(text: string) {
  return parseSymposium(text, '/s/symposium.json', '/s');
}

const invalid: Array<{ name: string; text: string; message: RegExp; line: number; column: number }> = [
  { name: 'malformed JSON', text: '{\n  "series": "X",\n  "words": { "min": 300 \n}', message: /invalid JSON: expected }/, line: 4, column: 2 },
  { name: 'a missing value after a comment', text: '{\n  // the series\n  "series": ,\n}', message: /invalid JSON: expected a value/, line: 3, column: 13 },
  { name: 'empty file', text: '', message: /invalid JSON/, line: 1, column: 1 },
  { name: 'not an object', text: '[1]', message: /the file must be an object, not an array/, line: 1, column: 1 },
  { name: 'unknown key with a hint', text: '{\n  "serie": "X"\n}', message: /unknown key "serie" \(did you mean "series"\?\)/, line: 2, column: 3 },
  { name: 'a prototype key is an unknown key', text: '{\n  "__proto__": {}\n}', message: /unknown key "__proto__"/, line: 2, column: 3 },
  { name: 'constructor is an unknown key', text: '{"constructor": 1}', message: /unknown key "constructor"/, line: 1, column: 2 },
  { name: 'toString is an unknown rule', text: '{"rules": {"toString": "off"}}', message: /unknown rule "toString"/, line: 1, column: 12 },
  { name: 'an empty ignore glob', text: '{"ignore": [""]}', message: /ignore\[0\] must not be empty/, line: 1, column: 13 },
  {
    name: 'an empty overrides glob',
    text: '{"overrides": [{"files": [""], "rules": {}}]}',
    message: /overrides\[0\]\.files\[0\] must not be empty/,
    line: 1,
    column: 27,
  },
  { name: 'wrong type', text: '{ "words": { "min": "300" } }', message: /words\.min must be an integer, not a string/, line: 1, column: 21 },
  { name: 'bad enum', text: '{ "quotes": "smart" }', message: /quotes must be one of "curly", "straight"/, line: 1, column: 13 },
  {
    name: 'unknown rule',
    text: '{ "rules": { "doubled-wrod": "off" } }',
    message: /unknown rule "doubled-wrod" in rules \(did you mean "doubled-word"\?\)/,
    line: 1,
    column: 14,
  },
  { name: 'bad severity', text: '{ "rules": { "doubled-word": "fatal" } }', message: /rules\.doubled-word must be/, line: 1, column: 30 },
  {
    name: 'unknown rule option',
    text: '{ "rules": { "paragraph-length": ["info", { "maximum": 3 }] } }',
    message: /unknown key "maximum" in rules\.paragraph-length\[1\]/,
    line: 1,
    column: 45,
  },
  { name: 'option below minimum', text: '{ "rules": { "paragraph-length": ["info", { "max": 0 }] } }', message: /must be at least 1/, line: 1, column: 52 },
  {
    name: 'template without contributor',
    text: '{ "headline": "{series} – We Asked Nobody" }',
    message: /headline must contain \{contributor\}/,
    line: 1,
    column: 15,
  },
  {
    name: 'min above max',
    text: '{ "words": { "min": 900, "max": 300 } }',
    message: /words\.min \(900\) is greater than words\.max \(300\)/,
    line: 1,
    column: 3,
  },
  { name: 'override without files', text: '{ "overrides": [{ "rules": {} }] }', message: /overrides\[0\] is missing "files"/, line: 1, column: 17 },
];

for (const c of invalid) {
  test(`invalid symposium.json: ${c.name} is reported with its place`, () => {
    const r = parse(c.text);
    assert.equal(r.symposium, undefined);
    assert.ok(r.problems.length >= 1);
    const p = r.problems[0];
    assert.match(p.message, c.message);
    assert.deepEqual([p.line, p.column], [c.line, c.column], `${p.message} at ${p.line}:${p.column}`);
    assert.equal(p.filePath, '/s/symposium.json');
  });
}

test('the format’s own example is valid, BOM included', () => {
  const text =
    '\uFEFF' +
    JSON.stringify({
      $schema: '../schemas/symposium.schema.json',
      series: 'The Hanoi Summit',
      headline: '{series} – We Asked {contributor} What Happens Next in U.S.-North Korea Relations',
      editorsNote: 'Looking for more opinions?',
      words: { min: 300, max: 900 },
      spelling: 'american',
      rules: { 'pull-quote-in-body': 'warning', 'doubled-space': 'off', 'paragraph-length': ['warning', { max: 150 }] },
    });
  const r = parse(text);
  assert.deepEqual(r.problems, []);
  assert.equal(r.symposium?.style.words.max, 900);
  assert.equal(r.symposium?.style.quotes, 'curly', 'defaults filled in');
});

test('effective rules: defaults, rules, overrides in order, then extra settings', () => {
  const { symposium } = parse(
    JSON.stringify({
      rules: { 'doubled-space': 'off', 'word-count': 'error' },
      overrides: [
        { files: ['drafts/**'], rules: { 'word-count': 'off', 'paragraph-length': ['warning', { max: 50 }] } },
        { files: ['drafts/late.take'], rules: { 'word-count': 'info' } },
      ],
    }),
  );
  const top = effectiveRules(RULES, symposium!, '/s/a.take');
  assert.equal(top.has('doubled-space'), false);
  assert.equal(top.get('word-count')?.severity, 'error');
  assert.deepEqual(top.get('paragraph-length'), { severity: 'info', options: { max: 200 } });
  const draft = effectiveRules(RULES, symposium!, '/s/drafts/early.take');
  assert.equal(draft.has('word-count'), false);
  assert.deepEqual(draft.get('paragraph-length'), { severity: 'warning', options: { max: 50 } });
  assert.equal(effectiveRules(RULES, symposium!, '/s/drafts/late.take').get('word-count')?.severity, 'info');
  assert.equal(effectiveRules(RULES, symposium!, '/s/a.take', { 'doubled-space': 'error' }).get('doubled-space')?.severity, 'error');
});

test('rules that need configuration run only when it is there', () => {
  assert.equal(effectiveRules(RULES, parse('{}').symposium!, '/s/a.take').has('editors-note-text'), false);
  assert.equal(effectiveRules(RULES, parse('{ "editorsNote": "x" }').symposium!, '/s/a.take').has('editors-note-text'), true);
});

test('ignore globs are relative to the symposium folder', () => {
  const { symposium } = parse('{ "ignore": ["drafts/**", "*.bak.take"] }');
  assert.equal(isIgnored(symposium!, '/s/drafts/x.take'), true);
  assert.equal(isIgnored(symposium!, '/s/old.bak.take'), true);
  assert.equal(isIgnored(symposium!, '/s/final.take'), false);
});

// symposium.json lookup, --config, invalid configuration (exit 2 with file:line:col) and --print-config.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { RULES } from '../../server/src/core';
import { json, makeTree, onlyRules, removeTree, runCli, type JsonReport, type PrintedConfig, type Tree } from '../helpers/cli';
import { defectiveTake, possessiveOnly } from './takes';

/** Runs the CLI in a fresh tree and removes it afterwards. */
function inTree(tree: Tree, args: string[]) {
  const dir = makeTree(tree);
  try {
    return { dir, ...runCli(args, { cwd: dir }) };
  } finally {
    removeTree(dir);
  }
}

describe('symposium.json lookup', () => {
  test('each take uses the nearest symposium.json above it', () => {
    const r = inTree(
      {
        'symposium.json': possessiveOnly('error'),
        'a.take': defectiveTake(),
        'soft/symposium.json': possessiveOnly('warning'),
        'soft/deep/b.take': defectiveTake(),
      },
      ['--format', 'json'],
    );
    const [a, b] = JSON.parse(r.stdout) as JsonReport;
    assert.equal(a.errorCount, 2);
    assert.equal(b.warningCount, 2);
  });

  test('--config uses one file for every take', () => {
    const r = inTree({ 'symposium.json': possessiveOnly('error'), 'a.take': defectiveTake(), 'cfg/lenient.json': possessiveOnly('info') }, [
      '--config',
      'cfg/lenient.json',
      '--format',
      'json',
    ]);
    assert.equal(r.code, 0);
    assert.equal((JSON.parse(r.stdout) as JsonReport)[0].infoCount, 2);
  });

  test('a missing --config file is exit code 2', () => {
    const r = inTree({ 'a.take': defectiveTake() }, ['--config', 'nope.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^nope\.json:1:1: error: cannot read: ENOENT/);
  });
});

describe('an invalid symposium.json', () => {
  const cases: Array<{ name: string; file: string; path?: string; expected: RegExp }> = [
    { name: 'malformed JSON', file: '{\n  "series": "X"\n  "words": {}\n}\n', expected: /^symposium\.json:3:3: error: invalid JSON: expected a comma\n$/ },
    {
      name: 'two commas after a comment',
      file: '{\n  // the series\n  "series": "X",,\n}\n',
      expected: /^symposium\.json:3:17: error: invalid JSON: expected a property name/,
    },
    {
      name: 'a wrong type',
      file: '{\n  "words": { "min": "many" }\n}\n',
      expected: /^symposium\.json:2:21: error: words\.min must be an integer, not a string\n$/,
    },
    {
      name: 'an unknown rule, in a nested folder',
      path: 'sub/symposium.json',
      file: '{ "rules": { "possesive-its": "off" } }',
      expected: /^sub\/symposium\.json:1:14: error: unknown rule "possesive-its" in rules \(did you mean "possessive-its"\?\)\n$/,
    },
  ];
  for (const c of cases) {
    test(`${c.name}: exit 2, file:line:col on stderr, nothing linted`, () => {
      const r = inTree({ [c.path ?? 'symposium.json']: c.file, 'a.take': defectiveTake(), 'sub/b.take': defectiveTake() }, []);
      assert.equal(r.code, 2);
      assert.match(r.stderr, c.expected);
      assert.equal(r.stdout, '');
    });
  }

  test('every problem gets its own line', () => {
    const r = inTree({ 'symposium.json': '{\n  "quotes": "fancy",\n  "colour": 1\n}\n', 'a.take': defectiveTake() }, []);
    assert.equal(r.code, 2);
    assert.deepEqual(
      r.stderr
        .trim()
        .split('\n')
        .map((l) => l.replace(/: error: .*/, '')),
      ['symposium.json:2:13', 'symposium.json:3:3'],
    );
  });
});

describe('--print-config', () => {
  const tree: Tree = {
    'symposium.json': json(
      onlyRules({ 'possessive-its': 'error', 'paragraph-length': ['info', { max: 250 }] } as never, {
        series: 'The Mekong Accord',
        overrides: [{ files: ['late/*.take'], rules: { 'possessive-its': 'warning' } }],
        ignore: ['drafts/**'],
      }),
    ),
  };

  test('prints the symposium file, the house style and every rule', () => {
    const r = inTree(tree, ['--print-config', 'late/x.take', '--rule', 'doubled-word:warning']);
    assert.equal(r.code, 0, r.stderr);
    const config = JSON.parse(r.stdout) as PrintedConfig;
    assert.equal(config.filePath, join(r.dir, 'late/x.take'));
    assert.equal(config.symposium, join(r.dir, 'symposium.json'));
    assert.equal(config.ignored, false);
    assert.equal(config.houseStyle.series, 'The Mekong Accord');
    assert.deepEqual(
      Object.keys(config.rules),
      RULES.map((x) => x.meta.id),
    );
    assert.equal(config.rules['possessive-its'].severity, 'warning');
    assert.equal(config.rules['doubled-word'].severity, 'warning');
    assert.deepEqual(config.rules['paragraph-length'], { severity: 'info', options: { ...config.rules['paragraph-length'].options, max: 250 } });
    assert.equal(config.rules['required-parts'].severity, 'off');
  });

  test('says when the take is ignored', () => {
    assert.equal((JSON.parse(inTree(tree, ['--print-config', 'drafts/y.take']).stdout) as PrintedConfig).ignored, true);
  });

  test('without a symposium.json shows the defaults', () => {
    const config = JSON.parse(inTree({ 'x.take': 'x' }, ['--print-config', 'x.take']).stdout) as PrintedConfig;
    assert.equal(config.symposium, null);
    assert.equal(config.rules['possessive-its'].severity, 'error');
  });

  test('reports an invalid symposium.json', () => {
    const r = inTree({ 'symposium.json': '{ "series": 3 }' }, ['--print-config', 'x.take']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^symposium\.json:1:13: error: series must be a string/);
  });
});

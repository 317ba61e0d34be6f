// The language rules from the command line: spelling with the dictionaries loaded by the CLI (on the main thread and on
// worker threads), words a symposium shares accepted, --fix applying only well-known misspellings and dialect forms.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { json, makeTree, onlyRules, removeTree, runCli, type JsonReport } from '../helpers/cli';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, takeBy } from '../helpers/take-builder';

const NAMES = ['Ana Ruiz', 'Lan Vo', 'Mai Linh Tran', 'Kim Ha'];
const rest = DEFAULT_BODY.slice(1).map((p) => p.replace('kilometres', 'kilometers'));
/** A take by NAMES[k] whose first paragraph is `p`. */
const by = (k: number, p: string) => takeBy(NAMES[k], BODY_QUOTES[k], { body: [p, ...rest] });
const CONFIG = json(
  onlyRules(
    { spelling: 'warning', 'dialect-spelling': 'warning', 'house-terms': 'warning', 'consistent-names': 'warning' },
    { ...TEST_CONFIG, spelling: 'american', terms: { 'health care': 'healthcare' } },
  ),
);
const TREE = {
  'symposium.json': CONFIG,
  'a.take': by(0, 'The riverization of the delta goes on, Kim Jong-un said.'),
  'b.take': by(1, 'Riverization is what they call it; Kim Jong-un agreed.'),
  'c.take': by(2, 'Everyone fears riverization, Kim Jong-un included.'),
  'd.take': by(3, 'The goverment will definately spend on health care and the programme, Kim Jong Un said; officials were flummoxified.'),
};

/** The rule and covered text of each finding of one file in a JSON report. */
function covered(report: JsonReport, dir: string, name: string): string[] {
  const file = report.find((f) => f.filePath === join(dir, name))!;
  const text = readFileSync(join(dir, name), 'utf8').split('\n');
  return file.messages.map((m) => `${m.ruleId} ${text[m.line - 1].slice(m.column - 1, m.endColumn - 1)}`);
}

describe('language rules in the CLI', () => {
  const dir = makeTree(TREE);
  after(() => removeTree(dir));

  for (const workers of ['0', '2']) {
    test(`spelling, dialect, house terms and names (${workers === '0' ? 'main thread' : 'two worker threads'})`, () => {
      const r = runCli(['--format', 'json', '.'], { cwd: dir, env: { COMMENTARY_LINT_WORKERS: workers } });
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout) as JsonReport;
      for (const name of ['a.take', 'b.take', 'c.take']) assert.deepEqual(covered(report, dir, name), [], name);
      assert.deepEqual(covered(report, dir, 'd.take'), [
        'spelling goverment',
        'spelling definately',
        'house-terms health care',
        'dialect-spelling programme',
        'consistent-names Kim Jong Un',
        'spelling flummoxified',
      ]);
    });
  }

  test('--fix applies the well-known misspellings, the house terms and the dialect forms; never adds words', () => {
    const copy = makeTree(TREE);
    try {
      const r = runCli(['--fix', '--format', 'json', '.'], { cwd: copy });
      assert.equal(r.code, 0, r.stderr);
      const fixed = readFileSync(join(copy, 'd.take'), 'utf8');
      assert.match(fixed, /^The government will definitely spend on healthcare and the program, Kim Jong Un said; officials were flummoxified\.$/m);
      assert.equal(readFileSync(join(copy, 'symposium.json'), 'utf8'), CONFIG);
      const left = covered(JSON.parse(r.stdout) as JsonReport, copy, 'd.take');
      assert.deepEqual(left, ['consistent-names Kim Jong Un', 'spelling flummoxified']);
    } finally {
      removeTree(copy);
    }
  });
});

// Inline directives through the built CLI: corpus findings suppressed per take (also on worker threads), unused-disable, --fix.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { json, runCli, withTree, type JsonReport } from '../helpers/cli';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, takeBy } from '../helpers/take-builder';

const QUOTE = BODY_QUOTES[0];
const IGNORE_QUOTE = '<!-- commentary-lint-disable-next-line unique-pull-quote -- the editor chose the same line twice -->';
/** Two takes that share a pull-quote; the second says so is fine. */
const A = takeBy('Kim Ha', QUOTE);
const B = takeBy('Anh Vo', QUOTE).replace('“', `${IGNORE_QUOTE}\n“`);

/** Rule ids reported per file name, from a JSON report. */
function rulesByFile(report: JsonReport): Record<string, string[]> {
  return Object.fromEntries(report.map((f) => [f.filePath.split('/').pop()!, f.messages.map((m) => m.ruleId ?? '')]));
}

describe('inline suppression (CLI)', () => {
  for (const workers of ['0', '2']) {
    test(`a directive suppresses a corpus finding in its take only (COMMENTARY_LINT_WORKERS=${workers})`, () => {
      withTree({ 'symposium.json': json(TEST_CONFIG), 'a.take': A, 'b.take': B }, (dir) => {
        const r = runCli(['--format', 'json', '.'], { cwd: dir, env: { COMMENTARY_LINT_WORKERS: workers } });
        assert.equal(r.stderr, '');
        assert.deepEqual(rulesByFile(JSON.parse(r.stdout) as JsonReport), { 'a.take': ['unique-pull-quote'], 'b.take': [] });
        assert.equal(r.code, 0, 'warnings only');
      });
    });
  }

  test('an unused directive and an unknown id are reported as info with their place', () => {
    const text = takeBy('Kim Ha', QUOTE).replace(DEFAULT_BODY[1], `<!-- commentary-lint-disable-next-line doubled-word, no-such-rule -->\n${DEFAULT_BODY[1]}`);
    withTree({ 'symposium.json': json(TEST_CONFIG), 'a.take': text }, (dir) => {
      const r = runCli(['--format', 'json', 'a.take'], { cwd: dir });
      const messages = (JSON.parse(r.stdout) as JsonReport)[0].messages;
      assert.deepEqual(
        messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message]),
        [
          ['unused-disable', 'info', 5, 40, 'Unused directive: no ‘doubled-word’ problem is reported on the next line'],
          ['unused-disable', 'info', 5, 54, '‘no-such-rule’ is not a commentary-lint rule: this directive cannot disable it'],
        ],
      );
      assert.equal(r.code, 0);
    });
  });

  test('--fix leaves comment lines byte-identical and does not apply the fixes of suppressed findings', () => {
    const comment = `  <!-- "draft"  note -- its' U.S -->  `;
    const [b1, b2, ...rest] = DEFAULT_BODY;
    const text = takeBy('Kim Ha', QUOTE, {
      body: [`${b1} It lost its’ way.`, comment, '<!-- commentary-lint-disable-next-line possessive-its -->', `${b2} It lost its’ nerve.`, ...rest],
    }).replace(/\n/g, '\r\n');
    withTree({ 'symposium.json': json(TEST_CONFIG), 'a.take': text }, (dir) => {
      const r = runCli(['--fix', 'a.take'], { cwd: dir, env: { COMMENTARY_LINT_WORKERS: '0' } });
      assert.equal(r.stderr, '');
      const after = readFileSync(join(dir, 'a.take'), 'utf8');
      assert.equal(after, text.replace('It lost its’ way.', 'It lost its way.'));
      assert.ok(after.includes(`\r\n${comment}\r\n`));
    });
  });
});

// Inline directives: each form, its range, ids by spaces or commas, corpus findings, and fixes of suppressed findings.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText, type Symposium } from '../../../server/src/core';
import { symposiumFor } from '../../helpers/rule-cases';
import { described, lintLikeHosts } from '../../helpers/suppression';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, take, takeBy } from '../../helpers/take-builder';

const SYMPOSIUM: Symposium = symposiumFor(TEST_CONFIG);
const [B1, B2, B3, B4, B5] = DEFAULT_BODY;
/** Body paragraphs with one doubled word and one `its’` each. */
const D1 = B1.replace('in one narrow', 'in in one narrow');
const D3 = B3.replace('The next test', 'The the next test').replace('hold water back', 'hold its’ water back');
const D5 = B5.replace('Less than', 'Less less than');
const RULES = ['doubled-word', 'possessive-its', 'unused-disable'];

/** Lints one take under the test symposium and describes the findings of the interesting rules. */
function run(body: string[]): string[] {
  const text = take({ body });
  return described(text, lintLikeHosts({ 'take.take': text }, TEST_CONFIG)['take.take'], RULES);
}

describe('directives', () => {
  test('without directives every defect is reported', () => {
    assert.deepEqual(run([D1, B2, D3, B4, D5]), ['doubled-word " in"', 'doubled-word " the"', 'possessive-its "its’"', 'doubled-word " less"']);
  });

  test('disable-next-line disables the named rules on the next non-comment, non-blank line only', () => {
    assert.deepEqual(run([D1, B2, '<!-- commentary-lint-disable-next-line doubled-word -->', '<!-- an ordinary comment -->', '', D3, B4, D5]), [
      'doubled-word " in"',
      'possessive-its "its’"',
      'doubled-word " less"',
    ]);
  });

  test('ids separated by spaces or commas; a `-- reason` is not read as ids', () => {
    assert.deepEqual(run([D1, B2, '<!-- commentary-lint-disable-next-line doubled-word,possessive-its -- quoted verbatim -->', D3, B4, D5]), [
      'doubled-word " in"',
      'doubled-word " less"',
    ]);
    assert.deepEqual(run([D1, B2, '<!-- commentary-lint-disable-next-line  doubled-word ,  possessive-its -->', D3, B4, D5]), [
      'doubled-word " in"',
      'doubled-word " less"',
    ]);
  });

  test('no ids means every rule', () => {
    assert.deepEqual(run([D1, B2, '<!-- commentary-lint-disable-next-line -->', D3, B4, D5]), ['doubled-word " in"', 'doubled-word " less"']);
  });

  test('disable … enable disables the rule between them; other rules still report', () => {
    assert.deepEqual(run([D1, '<!-- commentary-lint-disable doubled-word -->', B2, D3, B4, '<!-- commentary-lint-enable doubled-word -->', D5]), [
      'doubled-word " in"',
      'possessive-its "its’"',
      'doubled-word " less"',
    ]);
  });

  test('disable without enable runs to the end of the take', () => {
    assert.deepEqual(run([D1, B2, '<!-- commentary-lint-disable doubled-word -->', D3, B4, D5]), ['doubled-word " in"', 'possessive-its "its’"']);
  });

  test('enable with an id re-enables that rule only; a bare enable re-enables every rule', () => {
    assert.deepEqual(
      run(['<!-- commentary-lint-disable doubled-word possessive-its -->', D1, B2, D3, '<!-- commentary-lint-enable possessive-its -->', B4, D5]),
      [],
      'possessive-its was used on D3 before it was re-enabled; doubled-word runs on to the end',
    );
    assert.deepEqual(run(['<!-- commentary-lint-disable -->', D1, '<!-- commentary-lint-enable -->', B2, D3, B4, D5]), [
      'doubled-word " the"',
      'possessive-its "its’"',
      'doubled-word " less"',
    ]);
  });

  test('disable-file disables a rule in the whole take, wherever the directive stands', () => {
    assert.deepEqual(run([D1, B2, D3, B4, D5, '<!-- commentary-lint-disable-file doubled-word -->']), ['possessive-its "its’"']);
  });

  test('an unknown rule id is reported at the id, with a clear message', () => {
    const text = take({ body: [D1, B2, '<!-- commentary-lint-disable-next-line doubled-wrod -->', B3, B4, B5] });
    const found = lintLikeHosts({ 'take.take': text }, TEST_CONFIG)['take.take'].filter((f) => f.ruleId === 'unused-disable');
    assert.deepEqual(
      found.map((f) => [text.slice(f.start, f.end), f.message, f.severity]),
      [['doubled-wrod', '‘doubled-wrod’ is not a commentary-lint rule: this directive cannot disable it', 'info']],
    );
  });

  test('a comment that merely mentions commentary-lint is no directive', () => {
    assert.deepEqual(run([D1, B2, '<!-- see commentary-lint-disable-next-line in the README -->', D3, B4, D5]).length, 4);
  });

  test('corpus findings are suppressed too (unique-pull-quote across two takes), and the directive counts as used', () => {
    const quote = BODY_QUOTES[0];
    const a = takeBy('Kim Ha', quote);
    const b = takeBy('Anh Vo', quote).replace('“', '<!-- commentary-lint-disable-next-line unique-pull-quote -->\n“');
    const found = lintLikeHosts({ 'a.take': a, 'b.take': b }, TEST_CONFIG);
    assert.deepEqual(described(a, found['a.take'], ['unique-pull-quote', 'unused-disable']), [`unique-pull-quote "“${quote}”"`]);
    assert.deepEqual(described(b, found['b.take'], ['unique-pull-quote', 'unused-disable']), []);
  });

  test('fixes of suppressed findings are not applied, and fixing converges', () => {
    const text = take({ body: [D1, B2, '<!-- commentary-lint-disable-next-line doubled-word -->', D3, B4, D5] });
    const fixed = fixText(text, { symposium: SYMPOSIUM });
    assert.equal(fixed.output, take({ body: [B1, B2, '<!-- commentary-lint-disable-next-line doubled-word -->', D3.replace('its’', 'its'), B4, B5] }));
    assert.equal(fixText(fixed.output, { symposium: SYMPOSIUM }).applied, 0);
  });
});

// Rule unused-disable: run as the hosts run it (every rule, the corpus stage, then this rule last).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, SymposiumFile } from '../../../server/src/core';
import { unmark } from '../../helpers/rule-cases';
import { lintLikeHosts } from '../../helpers/suppression';
import { DEFAULT_BODY, TEST_CONFIG, take } from '../../helpers/take-builder';

const [B1, B2, B3, B4, B5] = DEFAULT_BODY;
const DOUBLED = B3.replace('The next test', 'The the next test');

/** The unused-disable findings of a take whose ranges are marked with ⟦ ⟧ inside its body lines. */
function check(markedBody: string[], config: SymposiumFile = TEST_CONFIG): { text: string; found: Finding[] } {
  const { text, ranges } = unmark(take({ body: markedBody }));
  const found = lintLikeHosts({ 'take.take': text }, config)['take.take'].filter((f) => f.ruleId === 'unused-disable');
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    ranges.map((r) => text.slice(r.start, r.end)),
  );
  assert.ok(found.every((f) => f.severity === 'info' && !f.fix));
  return { text, found };
}

/** Applies the first suggestion of a finding. */
function suggested(text: string, f: Finding): string {
  const e = f.suggestions![0].edits[0];
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

describe('rule unused-disable', () => {
  test('a directive that suppressed something is not reported', () => {
    check([B1, B2, '<!-- commentary-lint-disable-next-line doubled-word -->', DOUBLED, B4, B5]);
  });

  test('an unused disable-next-line is reported at its id; the suggestion removes the line', () => {
    const { text, found } = check([B1, '<!-- commentary-lint-disable-next-line ⟦doubled-word⟧ -->', B2, DOUBLED, B4, B5]);
    assert.equal(found[0].message, 'Unused directive: no ‘doubled-word’ problem is reported on the next line');
    assert.equal(found[0].suggestions![0].message, 'Remove the directive');
    assert.equal(suggested(text, found[0]), take({ body: [B1, B2, DOUBLED, B4, B5] }));
  });

  test('one unused id among used ones: the suggestion removes that id and its separator', () => {
    const { text, found } = check([B1, B2, '<!-- commentary-lint-disable-next-line doubled-word, ⟦possessive-its⟧ -->', DOUBLED, B4, B5]);
    assert.equal(found[0].suggestions![0].message, 'Remove ‘possessive-its’ from the directive');
    assert.ok(suggested(text, found[0]).includes('\n<!-- commentary-lint-disable-next-line doubled-word -->\n'));
  });

  test('the first id unused: removed with the separator after it', () => {
    const { text, found } = check([B1, B2, '<!-- commentary-lint-disable-next-line ⟦possessive-its⟧ doubled-word -->', DOUBLED, B4, B5]);
    assert.ok(suggested(text, found[0]).includes('\n<!-- commentary-lint-disable-next-line doubled-word -->\n'));
  });

  test('a bare directive that suppressed nothing is reported at its keyword', () => {
    const { found } = check([B1, '<!-- ⟦commentary-lint-disable-next-line⟧ -->', B2, B3, B4, B5]);
    assert.equal(found[0].message, 'Unused directive: no problem is reported on the next line');
  });

  test('disable, enable and disable-file say what they missed; an enable with nothing open is reported', () => {
    const { found } = check([
      '<!-- commentary-lint-disable ⟦doubled-word⟧ -->',
      B1,
      '<!-- commentary-lint-enable doubled-word -->',
      '<!-- commentary-lint-enable ⟦possessive-its⟧ -->',
      B2,
      '<!-- commentary-lint-disable-file ⟦verb-agreement⟧ -->',
      B3,
      B4,
      B5,
    ]);
    assert.deepEqual(
      found.map((f) => f.message),
      [
        'Unused directive: no ‘doubled-word’ problem is reported before it is enabled again',
        'Unused directive: ‘possessive-its’ is not disabled here',
        'Unused directive: no ‘verb-agreement’ problem is reported in this take',
      ],
    );
  });

  test('an id naming a rule that is off for the take is not reported', () => {
    check([B1, '<!-- commentary-lint-disable-next-line doubled-word -->', B2, B3, B4, B5], { ...TEST_CONFIG, rules: { 'doubled-word': 'off' } });
  });

  test('off in symposium.json: nothing is reported, the suppression still works', () => {
    const config = { ...TEST_CONFIG, rules: { 'unused-disable': 'off' as const } };
    check([B1, '<!-- commentary-lint-disable-next-line doubled-word -->', B2, B3, B4, B5], config);
    const text = take({ body: [B1, B2, '<!-- commentary-lint-disable-next-line doubled-word -->', DOUBLED, B4, B5] });
    assert.deepEqual(
      lintLikeHosts({ 'take.take': text }, config)['take.take'].map((f) => f.ruleId),
      [],
    );
  });
});

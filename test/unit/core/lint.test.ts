// The engine: a rule that throws becomes one finding naming it, and the other rules still run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, ruleById, type TakeRule } from '../../../server/src/core';
import { DEFAULT_BODY, take } from '../../helpers/take-builder';

test('a rule that throws becomes one error finding naming it; the others still report', () => {
  const rule = ruleById('doubled-word') as TakeRule;
  const original = rule.check;
  rule.check = () => {
    throw new Error('boom');
  };
  try {
    const [first, ...rest] = DEFAULT_BODY;
    const { findings } = lintText(take({ body: [`It lost its’ way. ${first}`, ...rest] }));
    const crashed = findings.filter((f) => f.ruleId === 'doubled-word');
    assert.equal(crashed.length, 1);
    assert.match(crashed[0].message, /Rule "doubled-word" failed on this take: boom/);
    assert.equal(crashed[0].severity, 'error');
    assert.ok(
      findings.some((f) => f.ruleId === 'possessive-its'),
      'other rules still ran',
    );
  } finally {
    rule.check = original;
  }
});

// The engine: it runs the rules it is given, and a rule that throws becomes one finding naming it while the others still run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES, lint, lintCorpus, ruleById, type CorpusRule, type Rule, type TakeRule } from '../../../server/src/core';
import { DEFAULT_BODY, take } from '../../helpers/take-builder';

/** A take with a possessive "its’" and a doubled word in its first paragraph. */
function faultyTake(): string {
  const [first, ...rest] = DEFAULT_BODY;
  return take({ body: [`It lost its’ way. ${first} the the end.`, ...rest] });
}

/** The catalogue with one rule swapped for a copy whose check throws. */
function withThrowingRule(id: string): Rule[] {
  return RULES.map((r) =>
    r.meta.id === id
      ? ({
          meta: r.meta,
          check: () => {
            throw new Error('boom');
          },
        } as TakeRule)
      : r,
  );
}

test('a rule that throws becomes one error finding naming it; the others still report', () => {
  const { findings } = lint(faultyTake(), { rules: withThrowingRule('doubled-word') });
  const crashed = findings.filter((f) => f.ruleId === 'doubled-word');
  assert.equal(crashed.length, 1);
  assert.match(crashed[0].message, /Rule "doubled-word" failed on this take: boom/);
  assert.equal(crashed[0].severity, 'error');
  assert.ok(
    findings.some((f) => f.ruleId === 'possessive-its'),
    'other rules still ran',
  );
  assert.equal(ruleById('doubled-word')?.meta.id, 'doubled-word', 'the catalogue itself is untouched');
});

test('only the rules passed in run', () => {
  const rules = [ruleById('possessive-its')!];
  const { findings, settings } = lint(faultyTake(), { rules });
  assert.deepEqual([...new Set(findings.map((f) => f.ruleId))], ['possessive-its']);
  assert.deepEqual([...settings.keys()], ['possessive-its']);
  assert.ok(
    lint(faultyTake(), { rules: RULES }).findings.some((f) => f.ruleId === 'doubled-word'),
    'the catalogue finds the doubled word',
  );
});

test('a rule of the caller’s own runs with its default severity and options', () => {
  const own: TakeRule = {
    meta: {
      ...ruleById('doubled-word')!.meta,
      scope: 'take',
      id: 'own-rule',
      severity: 'info',
      options: { word: { type: 'string', default: 'way', description: 'x' } },
    },
    check: (ctx) => {
      const at = ctx.text.indexOf(String(ctx.options.word));
      return at < 0 ? [] : [{ message: 'found it', start: at, end: at + 3 }];
    },
  };
  const { findings } = lint(faultyTake(), { rules: [own] });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity, f.message]),
    [['own-rule', 'info', 'found it']],
  );
});

test('a corpus rule that throws becomes one finding on the first take of the symposium', () => {
  const corpusRule: CorpusRule = {
    meta: { ...ruleById('unique-pull-quote')!.meta, scope: 'corpus', id: 'crashing-corpus' },
    checkCorpus: () => {
      throw new Error('bang');
    },
  };
  const members = ['/s/a.take', '/s/b.take'].map((filePath) => {
    const r = lint(faultyTake(), { rules: [corpusRule], filePath });
    return { summary: r.summary, settings: r.settings };
  });
  const byFile = lintCorpus(members, [corpusRule]);
  assert.deepEqual([...byFile.keys()], ['/s/a.take']);
  assert.match(byFile.get('/s/a.take')![0].message, /Rule "crashing-corpus" failed on this symposium: bang/);
});

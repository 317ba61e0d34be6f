// One helper for every rule's table tests: valid cases, invalid cases with exact ranges, fixed output.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fix, lint, lintCorpus, ruleById, parseSymposium, type Finding, type Rule, type SymposiumFile, type Symposium } from '../../server/src/core';
import { lazySpellers } from '../../server/src/node/spellers';

/** The real dictionaries (en-US, en-GB), loaded when a case's symposium sets `spelling`. */
export const SPELLERS = lazySpellers();

export interface ValidCase {
  name?: string;
  text: string;
  config?: SymposiumFile;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  /** Messages expected, in order (a string must be contained, a RegExp must match). */
  messages?: Array<string | RegExp>;
  /** The text after every fix of this rule; required for fixable rules (null: no fix offered). */
  output?: string | null;
  /** For each finding in order, the text after applying its first suggestion (null: that finding has none). */
  suggested?: Array<string | null>;
}

const OPEN = '⟦';
const CLOSE = '⟧';

/** Removes ⟦ ⟧ markers from a text and returns the ranges they enclosed, in order. */
export function unmark(marked: string): { text: string; ranges: Array<{ start: number; end: number }> } {
  let text = '';
  const ranges: Array<{ start: number; end: number }> = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === OPEN) open.push(text.length);
    else if (ch === CLOSE) ranges.push({ start: open.pop() ?? 0, end: text.length });
    else text += ch;
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, ranges };
}

/** Builds the symposium a case runs under, failing the test on an invalid config. */
export function symposiumFor(config: SymposiumFile | undefined): Symposium {
  const parsed = parseSymposium(JSON.stringify(config ?? {}), '/symposium/symposium.json', '/symposium');
  assert.deepEqual(parsed.problems, [], 'the case config is valid');
  return parsed.symposium!;
}

/** The rule list a case runs with: the rule under test alone. */
function rulesFor(ruleId: string): Rule[] {
  const rule = ruleById(ruleId);
  assert.ok(rule, `rule ${ruleId} is registered`);
  return [rule];
}

/** Lints a case with only the rule under test. */
export function lintCase(ruleId: string, c: ValidCase): Finding[] {
  return lint(c.text, {
    rules: rulesFor(ruleId),
    symposium: symposiumFor(c.config),
    filePath: '/symposium/take.take',
    ruleSettings: settingsFor(ruleId, c),
    spellers: SPELLERS,
  }).findings;
}

/** The rule setting a case's options translate to. */
function settingsFor(ruleId: string, c: ValidCase) {
  const meta = ruleById(ruleId)!.meta;
  return c.options ? { [ruleId]: [meta.severity, c.options] as [typeof meta.severity, Record<string, unknown>] } : {};
}

/** Describes findings for assertion messages. */
function show(text: string, fs: Finding[]): string {
  return fs.map((f) => `${f.start}-${f.end} ${JSON.stringify(text.slice(f.start, f.end))}: ${f.message}`).join('\n') || '(none)';
}

/** Registers the table tests of one take rule. */
export function ruleCases(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = ruleById(ruleId);
  describe(`rule ${ruleId}`, () => {
    test('exists', () => assert.ok(rule, `rule ${ruleId} is registered`));
    if (!rule) return;
    cases.valid.forEach((c, k) => {
      test(`valid ${k + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const fs = lintCase(ruleId, c);
        assert.equal(fs.length, 0, `expected no findings, got:\n${show(c.text, fs)}`);
      });
    });
    cases.invalid.forEach((c, k) => {
      test(`invalid ${k + 1}${c.name ? `: ${c.name}` : ''}`, () => checkInvalid(ruleId, rule.meta.fixable, c));
    });
  });
}

/** Checks one invalid case: ranges, messages, fix output and convergence, suggestions. */
function checkInvalid(ruleId: string, fixable: boolean, marked: InvalidCase): void {
  const { text, ranges } = unmark(marked.text);
  const c = { ...marked, text };
  assert.ok(ranges.length > 0, 'an invalid case marks at least one range with ⟦ ⟧');
  const fs = lintCase(ruleId, c);
  assert.deepEqual(
    fs.map((f) => ({ start: f.start, end: f.end })),
    ranges,
    `ranges differ; got:\n${show(text, fs)}`,
  );
  (c.messages ?? []).forEach((m, i) => {
    if (typeof m === 'string') assert.ok(fs[i].message.includes(m), `message ${i + 1} "${fs[i].message}" contains "${m}"`);
    else assert.match(fs[i].message, m);
  });
  if (!fixable) {
    assert.ok(
      fs.every((f) => !f.fix),
      'a rule that is not fixable offers no fix',
    );
    assert.equal(c.output, undefined, 'output is only for fixable rules');
  } else {
    assert.ok(c.output !== undefined, 'fixable rule: the case must give `output` (null when no fix is offered)');
    if (c.output === null)
      assert.ok(
        fs.every((f) => !f.fix),
        'no fix expected',
      );
    else {
      const fixed = fix(text, {
        rules: rulesFor(ruleId),
        symposium: symposiumFor(c.config),
        filePath: '/symposium/take.take',
        ruleSettings: settingsFor(ruleId, c),
        spellers: SPELLERS,
      });
      assert.equal(fixed.output, c.output, 'fixed output');
      const again = lintCase(ruleId, { ...c, text: fixed.output });
      assert.equal(again.filter((f) => f.fix).length, 0, `re-linting the fixed output converges; left:\n${show(fixed.output, again)}`);
    }
  }
  (c.suggested ?? []).forEach((expected, i) => {
    const s = fs[i]?.suggestions?.[0];
    if (expected === null) return assert.equal(s, undefined, `finding ${i + 1} has no suggestion`);
    assert.ok(s, `finding ${i + 1} has a suggestion`);
    assert.equal(applySuggestion(text, s.edits), expected, `suggestion ${i + 1} output`);
  });
}

/** Applies one suggestion's edits (they never overlap). */
function applySuggestion(text: string, edits: Array<{ start: number; end: number; text: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Lints several takes of one symposium together and returns the corpus rule's findings by file name. */
export function corpusFindings(ruleId: string, files: Record<string, string>, config?: SymposiumFile): Record<string, Finding[]> {
  const symposium = symposiumFor(config);
  const rules = rulesFor(ruleId);
  const members = Object.entries(files).map(([name, text]) => {
    const r = lint(text, { rules, symposium, filePath: `/symposium/${name}`, spellers: SPELLERS });
    return { summary: r.summary, settings: r.settings };
  });
  const byFile = lintCorpus(members, rules);
  return Object.fromEntries(Object.keys(files).map((name) => [name, byFile.get(`/symposium/${name}`) ?? []]));
}

// Real-world byline and headline shapes: each is read as its byline with the expected people, and draws no wrong finding.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseTake, lintText, type Finding } from '../../server/src/core';
import { BYLINE_SHAPES, type BylineShape } from '../fixtures/bylines';
import { NO_BYLINE_ENDINGS } from '../fixtures/no-bylines';
import { take } from '../helpers/take-builder';
import { symposiumFor } from '../helpers/rule-cases';

/** Rules whose findings on a correct byline or headline would be wrong. */
const NAME_RULES = [
  'required-parts',
  'part-order',
  'duplicate-part',
  'byline-form',
  'byline-name',
  'byline-affiliation',
  'byline-person',
  'headline-template',
  'headline-dash',
];

/** The symposium a shape runs under: its series and template when it has them. */
function configOf(c: { series?: string; template?: string }) {
  return { ...(c.series ? { series: c.series } : {}), ...(c.template ? { headline: c.template } : {}) };
}

/** The findings of the name rules on a take, as readable lines. */
function nameFindings(text: string, c: { series?: string; template?: string }): string[] {
  const { findings } = lintText(text, { symposium: symposiumFor(configOf(c)), filePath: '/symposium/take.take', only: NAME_RULES });
  return findings.map((f: Finding) => `${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))}: ${f.message}`);
}

/** Checks one shape: the parts, the people with their titles, suffixes, roles and affiliations, the headline's names. */
function checkShape(c: BylineShape): void {
  const text = take({ headline: c.headline, byline: c.byline });
  const t = parseTake(text, { series: c.series, headline: c.template });
  assert.equal(t.byline?.text, c.byline, 'the byline paragraph is the byline');
  const people = t.byline.people;
  assert.deepEqual(
    people.map((p) => p.name.bare.text),
    c.people.map((p) => p.bare),
    'the byline names these people',
  );
  c.people.forEach((want, k) => {
    const got = people[k];
    assert.equal(got.name.honorific?.text, want.honorific, `honorific of ${want.bare}`);
    assert.equal(got.name.suffix?.text, want.suffix, `suffix of ${want.bare}`);
    if (want.role !== undefined) assert.equal(got.role?.text, want.role, `role of ${want.bare}`);
    if (want.affiliation !== undefined) assert.equal(got.affiliation?.text, want.affiliation ?? undefined, `affiliation of ${want.bare}`);
  });
  assert.deepEqual(
    t.headline?.contributors.map((n) => n.bare.text),
    c.headlinePeople ?? c.people.map((p) => p.bare),
    "the headline's contributors",
  );
  assert.deepEqual(nameFindings(text, c), [], 'no finding on a correct byline and headline');
}

describe('parser: real-world bylines', () => {
  for (const c of BYLINE_SHAPES) test(c.name, () => checkShape(c));
  test('the table holds at least 60 shapes', () => assert.ok(BYLINE_SHAPES.length >= 60, `${BYLINE_SHAPES.length} shapes`));
});

describe('parser: a take with no byline reports exactly "Missing byline"', () => {
  for (const c of NO_BYLINE_ENDINGS) {
    test(c.name, () => {
      const text = take({ headline: c.headline, body: [...take_body(), c.lastParagraph], byline: null });
      const t = parseTake(text);
      assert.equal(t.byline, undefined, 'no byline is found');
      const lines = nameFindings(text, {});
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], /^required-parts .*Missing byline/);
    });
  }
});

/** The default body without its last paragraph, so the tested paragraph ends the body. */
function take_body(): string[] {
  return take().split('\n').slice(3, -3);
}

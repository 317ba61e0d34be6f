// Lines that are only an HTML comment are no part of a take: not body, not counted, not checked, never rewritten.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText, lintText, parseTake, type Finding, type Symposium } from '../../../server/src/core';
import { symposiumFor } from '../../helpers/rule-cases';
import { TEST_CONFIG, take } from '../../helpers/take-builder';

const SYMPOSIUM: Symposium = symposiumFor(TEST_CONFIG);
const CLEAN = take();
const LINES = CLEAN.trimEnd().split('\n');
/** A comment full of what typography rules and fixes would otherwise touch. */
const MESSY = `<!-- "straight"  quotes -- and a <!-- nested opener, its' , U.S , teh   -->`;

/** The take with `insert` as a line before line k. */
function withLineAt(k: number, insert: string, eol = '\n'): string {
  const lines = [...LINES];
  lines.splice(k, 0, insert);
  return lines.join(eol) + eol;
}

/** Rule, message and text of each finding: what must not change when a comment line is added. */
function shape(text: string, fs: Finding[]): string[] {
  return fs.map((f) => `${f.ruleId}: ${f.message} @ ${JSON.stringify(text.slice(f.start, f.end))}`);
}

describe('comment lines', () => {
  test('the clean take is clean', () => {
    assert.deepEqual(lintText(CLEAN, { symposium: SYMPOSIUM }).findings, []);
  });

  for (let k = 0; k <= LINES.length; k++) {
    test(`a comment line before line ${k + 1} changes no part, count or finding`, () => {
      const text = withLineAt(k, MESSY);
      const r = lintText(text, { symposium: SYMPOSIUM });
      assert.deepEqual(shape(text, r.findings), [], 'no finding, and none inside the comment');
      const plain = lintText(CLEAN, { symposium: SYMPOSIUM });
      assert.deepEqual(
        r.take.parts.map((p) => [p.kind, p.text]),
        plain.take.parts.map((p) => [p.kind, p.text]),
      );
      assert.equal(r.summary.wordCount, plain.summary.wordCount);
      assert.equal(r.summary.paragraphs, plain.summary.paragraphs);
      assert.deepEqual(r.summary.parts, plain.summary.parts);
      assert.equal(r.summary.pullQuote, plain.summary.pullQuote);
      assert.equal(r.summary.headline, plain.summary.headline);
      assert.deepEqual(
        r.take.comments.map((c) => c.text),
        [MESSY],
      );
      assert.equal(r.take.comments[0].line, k);
    });
  }

  test('a comment between body paragraphs keeps paragraph numbering (the body is the same list)', () => {
    const text = withLineAt(5, '<!-- reviewer: check the figures -->');
    const body = parseTake(text).body;
    assert.deepEqual(
      body.map((p) => p.text),
      parseTake(CLEAN).body.map((p) => p.text),
    );
    assert.deepEqual(
      body.map((p) => p.line),
      [3, 4, 6, 7, 8],
    );
  });

  test('a comment may span lines (blank lines included); every line of it is out of the take', () => {
    const text = withLineAt(4, '<!-- a note\n\n  that runs on "here"  \nand ends here -->');
    const r = lintText(text, { symposium: SYMPOSIUM });
    assert.deepEqual(shape(text, r.findings), []);
    assert.equal(r.take.comments.length, 1);
    assert.equal(r.take.comments[0].line, 4);
    assert.equal(r.take.comments[0].endLine, 7);
    assert.equal(r.take.body.length, 5);
  });

  test('an unclosed comment, or text after the closing -->, is body text and linted', () => {
    for (const line of ['<!-- never closed', '<!-- closed --> then text', '<!-- two --> <!-- comments -->']) {
      const t = parseTake(withLineAt(4, line));
      assert.equal(t.comments.length, 0, line);
      assert.ok(
        t.body.some((p) => p.text === line),
        line,
      );
    }
    const unclosed = withLineAt(4, '<!-- never closed');
    assert.ok(lintText(unclosed, { symposium: SYMPOSIUM }).findings.length > 0, 'linted like any paragraph');
  });

  for (const eol of ['\n', '\r\n']) {
    test(`--fix leaves comment lines byte-identical and converges (${JSON.stringify(eol)})`, () => {
      const broken = withLineAt(4, `  ${MESSY}  `, eol).replace('was its doing', 'was its’  doing').replace('evidence—and', 'evidence -- and');
      const fixed = fixText(broken, { symposium: SYMPOSIUM });
      assert.ok(fixed.applied >= 2, `fixes applied: ${fixed.applied}`);
      assert.ok(fixed.output.includes(`${eol}  ${MESSY}  ${eol}`), 'the comment line, with its blanks, is untouched');
      assert.equal(fixed.output.replace(`  ${MESSY}  ${eol}`, ''), CLEAN.replace(/\n/g, eol));
      const again = fixText(fixed.output, { symposium: SYMPOSIUM });
      assert.equal(again.applied, 0, 'nothing left to fix');
      assert.equal(again.output, fixed.output);
    });
  }
});

// Reports at scale and with hostile text: no spreads of unbounded arrays, no raw terminal controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport } from '../../server/src/cli/formats';
import { unifiedDiff } from '../../server/src/cli/diff';
import type { FileReport, Message, RunReport } from '../../server/src/cli/run-report';
import { manyMessages } from '../helpers/cli';

/** A file report holding these messages. */
function fileWith(displayPath: string, messages: Message[]): FileReport {
  return {
    filePath: `/w/${displayPath}`,
    displayPath,
    messages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
    infoCount: messages.filter((m) => m.severity === 'info').length,
    fixableCount: 0,
    lineStarts: [0],
    bom: false,
  };
}

/** A run of one file. */
function runOf(file: FileReport): RunReport {
  return { cwd: '/w', files: [file], failures: [], dryRun: false };
}

test('1,000,000 findings render in stylish and github formats', { timeout: 60000 }, () => {
  const run = runOf(fileWith('big.take', manyMessages(1_000_000)));
  const stylish = formatReport('stylish', run, { color: false, version: '0' });
  assert.match(stylish, /✖ 1000000 problems \(500000 errors, 500000 warnings, 0 infos\)/);
  const github = formatReport('github', run, { color: false, version: '0' });
  assert.equal(github.split('\n').length, 1_000_001);
});

test('a diff of 300,000 changed lines is made without overflowing the stack', { timeout: 30000 }, () => {
  const before = Array.from({ length: 300_000 }, (_, k) => `line ${k}`).join('\n');
  const after = Array.from({ length: 300_000 }, (_, k) => `changed ${k}`).join('\n');
  const diff = unifiedDiff('big.take', before, after);
  assert.match(diff, /^--- a\/big\.take\n\+\+\+ b\/big\.take\n@@ -1,300000 \+1,300000 @@/);
});

test('a diff of many scattered changes keeps correct hunk headers', { timeout: 30000 }, () => {
  const lines = Array.from({ length: 1_000 }, (_, k) => `l${k}`);
  const changed = lines.map((l, k) => (k % 10 === 5 ? `${l}!` : l));
  const diff = unifiedDiff('t', lines.join('\n') + '\n', changed.join('\n') + '\n');
  const headers = diff.split('\n').filter((l) => l.startsWith('@@'));
  assert.equal(headers.length, 100);
  assert.equal(headers[0], '@@ -3,7 +3,7 @@');
  assert.equal(headers[99], '@@ -993,7 +993,7 @@');
});

test('ESC, BEL, C1 and bidi overrides in paths and messages are shown, not sent to the terminal', () => {
  const hostile = 'clear\x1b[2J\x07 \u009b31m \u202egnp.take';
  const run = runOf(
    fileWith(`evil${hostile}.take`, [
      { ruleId: 'doubled-word', severity: 'error', message: `Doubled ${hostile}`, line: 1, column: 1, endLine: 1, endColumn: 2 },
    ]),
  );
  for (const format of ['stylish', 'github'] as const) {
    for (const color of [false, true]) {
      const out = formatReport(format, run, { color, version: '0' });
      const withoutOwnColours = out
        .split('\u001b[')
        .map((part, k) => (k === 0 ? part : /^\d+m/.test(part) ? part.replace(/^\d+m/, '') : `\u001b[${part}`))
        .join('');
      const raw = [...withoutOwnColours].filter((ch) => ch !== '\n' && (ch < ' ' || (ch >= '\u007f' && ch <= '\u009f') || ch === '\u202e'));
      assert.deepEqual(raw, [], `${format} ${color}: ${JSON.stringify(out)}`);
      assert.ok(out.includes('clear\\x1b[2J\\x07 \\x9b31m \\u202egnp.take'), `${format}: ${JSON.stringify(out)}`);
    }
  }
});

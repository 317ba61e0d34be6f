// JSON and SARIF are written in chunks: a million findings never become one string, and small reports are unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportChunks, formatReport } from '../../server/src/cli/formats';
import { jsonChunks, joinChunks, LazyArray } from '../../server/src/cli/formats/json-stream';
import { batched } from '../../server/src/cli/output';
import type { FileReport, Message, RunReport } from '../../server/src/cli/run-report';
import { manyMessages } from '../helpers/cli';

/** A run of one file holding these messages (the line starts cover every line). */
function runOf(messages: Message[], failures: RunReport['failures'] = []): RunReport {
  const lineStarts: number[] = [];
  for (let k = 0; k < messages.length + 1; k++) lineStarts.push(k * 10);
  const file: FileReport = {
    filePath: '/w/big.take',
    displayPath: 'big.take',
    messages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
    infoCount: 0,
    fixableCount: messages.filter((m) => m.fix).length,
    lineStarts,
    bom: false,
  };
  return { cwd: '/w', files: [file], failures, dryRun: false };
}

/** Writes the chunks to a sink as the CLI does (64 KiB batches), keeping only pieces no bigger than a batch. */
function drain(chunks: Iterable<string>): { pieces: string[]; largest: number } {
  const pieces: string[] = [];
  let largest = 0;
  for (const piece of batched(chunks)) {
    pieces.push(piece);
    if (piece.length > largest) largest = piece.length;
  }
  return { pieces, largest };
}

test('1,000,000 findings are written as json in chunks, and the result parses', { timeout: 120000 }, () => {
  const n = 1_000_000;
  const { pieces, largest } = drain(reportChunks('json', runOf(manyMessages(n, 3)), { color: false, version: '0' }));
  assert.ok(largest < 1 << 17, `a write of ${largest} characters`);
  const text = pieces.join('');
  assert.ok(text.endsWith('\n'));
  const files = JSON.parse(text) as Array<{ messages: Array<{ fix?: unknown }>; errorCount: number }>;
  assert.equal(files.length, 1);
  assert.equal(files[0].messages.length, n);
  assert.equal(files[0].errorCount, n / 2);
  assert.equal(files[0].messages.filter((m) => m.fix).length, Math.ceil(n / 3));
});

test('1,000,000 findings are written as sarif in chunks, and the result parses', { timeout: 120000 }, () => {
  // The log (over 500 MB) is longer than V8's longest string, so it is checked as written: every result is one
  // chunk that parses alone, and the log with each result replaced by its number parses and has them in order.
  const n = 1_000_000;
  let skeleton = '';
  let results = 0;
  let fixes = 0;
  let largest = 0;
  for (const chunk of reportChunks('sarif', runOf(manyMessages(n, 3)), { color: false, version: '0' })) {
    if (chunk.length > largest) largest = chunk.length;
    if (chunk.startsWith('{') && chunk.includes('"ruleId"') && chunk.endsWith('}')) {
      const r = JSON.parse(chunk) as { ruleId: string; message: { text: string }; fixes?: unknown[] };
      assert.equal(r.message.text, `Doubled word ${results}.`);
      if (r.fixes) fixes++;
      skeleton += String(results++);
    } else skeleton += chunk;
  }
  assert.ok(largest < 1 << 17, `a chunk of ${largest} characters`);
  assert.equal(results, n);
  assert.equal(fixes, Math.ceil(n / 3));
  assert.ok(skeleton.endsWith('\n'));
  const log = JSON.parse(skeleton) as { version: string; runs: Array<{ results: number[]; tool: { driver: { rules: unknown[] } } }> };
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs[0].results.length, n);
  assert.equal(log.runs[0].results[n - 1], n - 1);
  assert.ok(log.runs[0].tool.driver.rules.length > 10);
});

test('the chunks of a small report are byte for byte what JSON.stringify gives', () => {
  const failures = [{ filePath: '/w/a.take', displayPath: 'a.take', message: 'cannot read a.take: EACCES' }];
  const run = runOf(manyMessages(5, 3), failures);
  const json = formatReport('json', run, { color: false, version: '1' });
  assert.equal(json, JSON.stringify(JSON.parse(json)) + '\n');
  const sarif = formatReport('sarif', run, { color: false, version: '1' });
  assert.equal(sarif, JSON.stringify(JSON.parse(sarif), null, 2) + '\n');
  assert.equal(joinChunks(reportChunks('sarif', run, { color: false, version: '1' })), sarif);
});

test('jsonChunks matches JSON.stringify at every nesting, empty arrays and dropped undefined values included', () => {
  const values = [{ a: [], b: {}, c: undefined, d: [1, { e: 'x\ny' }], f: null }, [[], [{}], 'é"\\'], { deep: { deeper: [{ deepest: [1, 2, 3] }] } }];
  for (const value of values) {
    for (const space of [0, 2]) {
      assert.equal(joinChunks(jsonChunks(value, space)), JSON.stringify(value, null, space));
      const lazy = { wrap: new LazyArray([value, value]), after: [] };
      assert.equal(joinChunks(jsonChunks(lazy, space)), JSON.stringify({ wrap: [value, value], after: [] }, null, space));
      assert.equal(joinChunks(jsonChunks(new LazyArray([]), space)), '[]');
    }
  }
});

// Every output format on a small fixture: JSON shape exactly, stylish rows, GitHub commands, valid SARIF.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { RULES, ruleDocUrl } from '../../server/src/core';
import { makeTree, removeTree, runCli, sarifErrors, type JsonReport, type SarifLog } from '../helpers/cli';
import { cleanTake, COLUMNS, defectiveTake, possessiveOnly } from './takes';

const dir = makeTree({
  'symposium.json': possessiveOnly(),
  'a.take': defectiveTake(),
  'b.take': cleanTake(),
  'sub/c.take': defectiveTake(),
});
after(() => removeTree(dir));

const LINE4 = defectiveTake().split('\n').slice(0, 3).join('\n').length + 1;
const MESSAGE = /^Use "its" \(possessive\) without an apostrophe, not "its’"$/;

describe('--format json', () => {
  test('is exactly one object per take, with 1-based positions and offset fixes', () => {
    const r = runCli(['--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const report = JSON.parse(r.stdout) as JsonReport;
    for (const file of report) for (const m of file.messages) assert.match(m.message, MESSAGE);
    const message = (column: number) => ({
      ruleId: 'possessive-its',
      severity: 'error',
      message: 'Use "its" (possessive) without an apostrophe, not "its’"',
      line: 4,
      column,
      endLine: 4,
      endColumn: column + 4,
      fix: { edits: [{ start: LINE4 + column - 1 + 3, end: LINE4 + column - 1 + 4, text: '' }] },
    });
    const defective = (path: string) => ({
      filePath: join(dir, path),
      messages: COLUMNS.map(message),
      errorCount: 2,
      warningCount: 0,
      infoCount: 0,
      fixableCount: 2,
    });
    const clean = { filePath: join(dir, 'b.take'), messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
    assert.deepEqual(
      report.map((f) => ({
        ...f,
        messages: f.messages.map((m) => ({ ...m, message: 'Use "its" (possessive) without an apostrophe, not "its’"' })),
      })),
      [defective('a.take'), clean, defective('sub/c.take')],
    );
  });

  test('fix offsets leave out a BOM, like the columns do', () => {
    const bomDir = makeTree({ 'symposium.json': possessiveOnly(), 'a.take': '\ufeff' + defectiveTake() });
    try {
      const [file] = JSON.parse(runCli(['--format', 'json'], { cwd: bomDir }).stdout) as JsonReport;
      const text = defectiveTake();
      assert.equal(file.messages[0].column, COLUMNS[0]);
      assert.equal(text.slice(file.messages[0].fix!.edits[0].start, file.messages[0].fix!.edits[0].end), '’');
    } finally {
      removeTree(bomDir);
    }
  });
});

describe('--format stylish', () => {
  test('prints each file relative to cwd, aligned rows and a summary', () => {
    const r = runCli([], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n');
    const row = (column: number) => new RegExp(`^  4:${column} +error  Use "its" \\(possessive\\) without an apostrophe, not "its’"  possessive-its$`);
    assert.equal(lines[0], 'a.take');
    assert.match(lines[1], row(COLUMNS[0]));
    assert.match(lines[2], row(COLUMNS[1]));
    assert.equal(lines[1].indexOf('error'), lines[2].indexOf('error'), 'severity column aligned');
    assert.equal(lines[3], '');
    assert.equal(lines[4], 'sub/c.take');
    assert.deepEqual(lines.slice(7), ['', '✖ 4 problems (4 errors, 0 warnings, 0 infos)', '  4 fixable with --fix', '']);
    assert.ok(!r.stdout.includes('b.take'), 'clean files are not listed');
    assert.ok(!r.stdout.includes('\x1b['), 'no colours when stdout is not a terminal');
  });

  test('prints nothing for clean takes', () => {
    const r = runCli(['b.take'], { cwd: dir });
    assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
  });

  test('counts singular and plural, infos included', () => {
    const r = runCli(['a.take', '--rule', 'possessive-its:info'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^ {2}4:\d+ +info {2}/m);
    assert.match(r.stdout, /✖ 2 problems \(0 errors, 0 warnings, 2 infos\)/);
  });
});

describe('--format github', () => {
  test('prints one workflow command per finding', () => {
    const r = runCli(['--format', 'github', 'a.take'], { cwd: dir });
    assert.equal(r.code, 1);
    const command = (column: number) =>
      `::error file=a.take,line=4,col=${column},endLine=4,endColumn=${column + 4},title=possessive-its::Use "its" (possessive) without an apostrophe, not "its’"`;
    assert.equal(r.stdout, COLUMNS.map(command).join('\n') + '\n');
  });

  test('maps warning to ::warning and info to ::notice', () => {
    assert.match(runCli(['--format', 'github', 'a.take', '--rule', 'possessive-its:warning'], { cwd: dir }).stdout, /^::warning file=a\.take,/);
    assert.match(runCli(['--format', 'github', 'a.take', '--rule', 'possessive-its:info'], { cwd: dir }).stdout, /^::notice file=a\.take,/);
  });

  test('escapes %, comma and colon in properties', () => {
    const odd = makeTree({ 'symposium.json': possessiveOnly(), '50%, or: more.take': defectiveTake() });
    try {
      const r = runCli(['--format', 'github'], { cwd: odd });
      assert.match(r.stdout, /^::error file=50%25%2C or%3A more\.take,line=4,/);
    } finally {
      removeTree(odd);
    }
  });
});

describe('--format sarif', () => {
  const r = runCli(['--format', 'sarif'], { cwd: dir });
  const log = JSON.parse(r.stdout) as SarifLog;
  const run = log.runs[0];

  test('passes sarif-multitool validate with no errors', () => {
    assert.deepEqual(sarifErrors(r.stdout), []);
  });

  test('describes every rule, with its doc page and default level', () => {
    assert.equal(log.version, '2.1.0');
    const driver = run.tool.driver;
    assert.equal(driver.name, 'commentary-lint');
    assert.deepEqual(
      driver.rules.map((x) => x.id),
      RULES.map((x) => x.meta.id),
    );
    for (const [k, rule] of RULES.entries()) {
      assert.equal(driver.rules[k].helpUri, ruleDocUrl(rule.meta.id));
      assert.equal(driver.rules[k].defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note' }[rule.meta.severity]);
      assert.ok(driver.rules[k].shortDescription.text && driver.rules[k].fullDescription.text && driver.rules[k].name);
    }
  });

  test('gives each result its rule index, a relative location and a fix', () => {
    assert.equal(run.results.length, 4);
    const first = run.results[0];
    assert.equal(first.ruleId, 'possessive-its');
    assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'possessive-its');
    assert.equal(first.level, 'error');
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, `file://${dir}/`);
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'a.take', uriBaseId: 'SRCROOT' },
      region: { startLine: 4, startColumn: COLUMNS[0], endLine: 4, endColumn: COLUMNS[0] + 4 },
    });
    assert.deepEqual(first.fixes![0].artifactChanges[0].replacements, [
      { deletedRegion: { startLine: 4, startColumn: COLUMNS[0] + 3, endLine: 4, endColumn: COLUMNS[0] + 4 }, insertedContent: { text: '' } },
    ]);
    assert.equal(run.results[2].locations[0].physicalLocation.artifactLocation.uri, 'sub/c.take');
    assert.equal(run.invocations[0].executionSuccessful, true);
  });
});

// Fuzzing the language server, bounded in time (issue 9): random documents (random bytes, mangled sample takes, odd
// Unicode, CRLF/CR, BOM, very long lines) get random incremental edits (ranges past the end included), and after each
// batch every feature is asked about them; symposium.json is rewritten at random too. The built server must stay alive,
// answer every request (or send a JSON-RPC error) within a timeout, keep publishing diagnostics for the latest version,
// and never report a rule that threw. A failure names its seed: FUZZ_SEED replays it, FUZZ_MS sets the budget.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { Diagnostic, Position, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LspSession, serverOn, uri } from '../helpers/lsp';
import { SAMPLE_LINES, int, mangleTake, pick, randomConfig, rng, type ConfigFuzz, type Random } from '../helpers/fuzz';

const SEED = Number(process.env.FUZZ_SEED ?? 20260901);
/** How long the edit-and-request loop runs. */
const BUDGET_MS = Number(process.env.FUZZ_MS ?? 4000);
/** The longest a single request or a publish may take before the server counts as hung. */
const ANSWER_MS = 15000;

/** Pieces that stress the parser, the rules and the position conversions. */
const ODD = [
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '–',
  '—',
  '…',
  ' ',
  '\t',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\r',
  '\r\n',
  '\n',
  '\n\n',
  '\u0000',
  '\u001b[2J',
  '\u0007',
  '\u202e',
  '\ud800',
  '\udc00',
  '😀',
  '👩‍👩‍👧',
  '𝐀',
  '𠜎',
  'e\u0301',
  'İ',
  'ﬁ',
  '中文',
  'عربي',
  'Editor’s Note: ',
  'Image: ',
  'Photo: Reuters',
  '{series}',
  'Dr.',
  'U.S.',
  'its’',
  'the the',
  '![t](https://attacker.example/p.png)',
  '[Click](command:x)',
  '<b>',
  '`',
];

/** A random code point: ASCII, the BMP (lone surrogates included) or an astral one. */
function randomChar(r: Random): string {
  const roll = r();
  if (roll < 0.4) return String.fromCharCode(32 + int(r, 95));
  if (roll < 0.8) return String.fromCharCode(int(r, 0x10000));
  return String.fromCodePoint(0x10000 + int(r, 0x100000));
}

/** Random text of odd pieces, sample words and random characters. */
function randomText(r: Random, pieces: number): string {
  let out = '';
  for (let k = 0; k < pieces; k++) {
    const roll = r();
    if (roll < 0.4) out += pick(r, ODD);
    else if (roll < 0.75)
      out +=
        pick(r, SAMPLE_LINES)
          .split(' ')
          .slice(0, 1 + int(r, 6))
          .join(' ') + ' ';
    else out += randomChar(r);
  }
  return out;
}

/** A sample take with its parts shuffled, duplicated, dropped or cut, odd lines, a very long line, mixed line ends, a BOM. */
function mangledTake(r: Random): string {
  return mangleTake(r, {
    text: randomText,
    sampleLines: false,
    fillers: ['x', 'ab’ ', '“', '—', ' ', '. ', 'word '],
    lineEnd: (rr) => pick(rr, ['\n', '\n', '\r\n', '\r']),
  });
}

/** A document's first text: random bytes decoded as UTF-8, a mangled take or random text. */
function randomDocument(r: Random): string {
  const roll = r();
  if (roll < 0.25) {
    const bytes = Buffer.alloc(int(r, 4000));
    for (let k = 0; k < bytes.length; k++) bytes[k] = int(r, 256);
    return bytes.toString('utf8');
  }
  if (roll < 0.85) return mangledTake(r);
  return randomText(r, int(r, 200));
}

/** What this test brings to the shared symposium.json generator. */
const CONFIGS: ConfigFuzz = { text: randomText, odd: ODD, valueKeys: ['min', 'max', 'files'], ignoreGlobs: 2 };

/** A position: usually inside the text, sometimes past its last line or character, or far out. */
function randomPosition(r: Random, text: string): Position {
  const lines = text.split(/\r\n|\r|\n/);
  const roll = r();
  if (roll < 0.05) return { line: int(r, 2 ** 31), character: int(r, 2 ** 31) };
  const line = int(r, lines.length + (roll < 0.2 ? 5 : 0));
  return { line, character: int(r, (lines[line]?.length ?? 0) + (roll < 0.3 ? 20 : 1)) };
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** A batch of incremental edits (a whole-text replacement now and then). */
function randomEdits(r: Random, text: string): TextDocumentContentChangeEvent[] {
  if (r() < 0.05) return [{ text: randomDocument(r) }];
  return Array.from({ length: 1 + int(r, 4) }, () => {
    let [start, end] = [randomPosition(r, text), randomPosition(r, text)];
    if (!before(start, end)) [start, end] = [end, start];
    const roll = r();
    const insert = roll < 0.3 ? '' : roll < 0.9 ? randomText(r, int(r, 8)) : pick(r, ['\n', '\r\n', '\r', '\ufeff', 'x'.repeat(int(r, 30000))]);
    return { range: { start, end }, text: insert };
  });
}

/** A request's outcome: its answer, or a JSON-RPC error (a numeric code); a hang past ANSWER_MS fails. */
async function ask(s: LspSession, method: string, params: unknown, where: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${where}: ${method} got no answer within ${ANSWER_MS} ms`)), ANSWER_MS);
  });
  try {
    return await Promise.race([s.request(method, params), hang]);
  } catch (e) {
    if (typeof (e as { code?: unknown }).code === 'number') return e;
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** Messages of published diagnostics that say a rule threw. */
function ruleFailures(s: LspSession, from: number): string[] {
  return s.notifications
    .slice(from)
    .filter((n) => n.method === 'textDocument/publishDiagnostics')
    .flatMap((n) => (n.params as PublishDiagnosticsParams).diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value)))
    .filter((m) => m.includes('failed on this'));
}

/** Errors the server logged (a handler that threw is caught and logged as window/logMessage type 1). */
function loggedErrors(s: LspSession, from: number): string[] {
  return s.notifications
    .slice(from)
    .filter((n) => n.method === 'window/logMessage' && (n.params as { type: number }).type === 1)
    .map((n) => (n.params as { message: string }).message);
}

/** A workspace with a random symposium.json and a few random closed takes. */
function randomWorkspace(r: Random): Record<string, string> {
  const files: Record<string, string> = { 'symposium.json': randomConfig(r, CONFIGS) };
  for (let n = 1 + int(r, 5); n > 0; n--) files[`${pick(r, ['', 'sub/', 'a b/', '[x] '])}f${n}.take`] = randomDocument(r);
  return files;
}

describe(`fuzz: the language server (seed ${SEED})`, { timeout: BUDGET_MS * 5 + 120000 }, () => {
  let s: LspSession;
  const ws = serverOn(randomWorkspace(rng(SEED)), (session) => (s = session));

  test('random documents, edits, configs and requests', { timeout: BUDGET_MS * 5 + 90000 }, async (t) => {
    const start = Date.now();
    let iteration = 0;
    let requests = 0;
    let edits = 0;
    while (Date.now() - start < BUDGET_MS) {
      const r = rng(SEED + iteration * 7919);
      const where = `FUZZ_SEED=${SEED}, iteration ${iteration}`;
      const mark = s.notifications.length;
      try {
        if (iteration > 0 && r() < 0.3) {
          // A new symposium.json (or one gone), which re-indexes the workspace and re-lints the open documents.
          const cfg = ws.path('symposium.json');
          writeFileSync(cfg, randomConfig(r, CONFIGS));
          await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(cfg), type: 2 }] });
        }
        const u = uri(ws.path(`${pick(r, ['', 'sub/', 'a b/'])}doc${iteration}.take`));
        let text = randomDocument(r);
        let version = 1;
        let mirror = TextDocument.create(u, 'commentary', version, text);
        await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'commentary', version, text } });
        for (let batch = 1 + int(r, 4); batch > 0; batch--) {
          const changes = randomEdits(r, text);
          edits += changes.length;
          version++;
          await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: changes });
          // The text as the server now has it (the same library applies the edits, clamping positions past the end).
          mirror = TextDocument.update(mirror, changes, version);
          text = mirror.getText();
          const doc = { uri: u };
          const diagnostics: Diagnostic[] = s.diagnostics.get(u)?.diagnostics ?? [];
          const asks: Array<[string, unknown]> = [
            ['textDocument/documentSymbol', { textDocument: doc }],
            ['textDocument/hover', { textDocument: doc, position: randomPosition(r, text) }],
            ['textDocument/hover', { textDocument: doc, position: randomPosition(r, text) }],
            [
              'textDocument/codeAction',
              { textDocument: doc, range: { start: { line: 0, character: 0 }, end: { line: text.length + 1, character: 0 } }, context: { diagnostics } },
            ],
            ['textDocument/formatting', { textDocument: doc, options: { tabSize: 2, insertSpaces: true } }],
            ['textDocument/completion', { textDocument: doc, position: randomPosition(r, text) }],
            ['commentary/corpus', r() < 0.5 ? {} : { uri: u }],
          ];
          requests += asks.length;
          await Promise.all(asks.map(([method, params]) => ask(s, method, params, where)));
          await s.diagnosticsFor(u, (p) => p.version === version, ANSWER_MS);
        }
        await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
        assert.equal(s.exitCode, null, 'the server is alive');
        assert.deepEqual(ruleFailures(s, mark), [], 'no rule threw');
        assert.deepEqual(loggedErrors(s, mark), [], 'no handler threw');
      } catch (e) {
        throw new Error(`${where}: ${(e as Error).message}\n${s.stderr.join('')}`, { cause: e });
      }
      iteration++;
    }
    // Everything sent before the last answer has arrived: one last look for a failed rule or a logged error.
    const mark = s.notifications.length;
    await ask(s, 'commentary/corpus', {}, `FUZZ_SEED=${SEED}, end`);
    assert.deepEqual(ruleFailures(s, 0), [], `FUZZ_SEED=${SEED}: no rule threw`);
    assert.deepEqual(loggedErrors(s, 0), [], `FUZZ_SEED=${SEED}: no handler threw`);
    assert.ok(iteration > 0 && mark <= s.notifications.length);
    assert.equal(s.exitCode, null, `FUZZ_SEED=${SEED}: the server is alive`);
    t.diagnostic(`${iteration} documents, ${edits} edits, ${requests} requests in ${Date.now() - start} ms`);
  });
});

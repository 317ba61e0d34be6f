// The stdio transport and the handshake, byte by byte: malformed headers end the server instead of wedging
// it; requests before initialize get ServerNotInitialized; a client without workspaceFolders gets no error log.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ErrorCodes, MessageType, type ClientCapabilities, type LogMessageParams } from 'vscode-languageserver-protocol';
import { LspSession, SERVER, VSCODE_CAPABILITIES } from '../helpers/lsp';
import { contentLength, HeaderGuard, MAX_MESSAGE_BYTES } from '../../server/src/lsp/stdio';

/** One framed JSON-RPC message. */
function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** Spawns dist/server.js --stdio, writes `bytes`, and resolves with what it wrote and how it ended (or null after `ms`). */
function runRaw(bytes: Buffer, ms: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += String(d)));
    proc.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setTimeout(() => {
      proc.kill();
      resolve({ code: null, stdout, stderr });
    }, ms);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    proc.stdin.on('error', () => undefined);
    proc.stdin.write(bytes);
  });
}

const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };
const SHUTDOWN = { jsonrpc: '2.0', id: 2, method: 'shutdown', params: null };

describe('malformed Content-Length over stdio', { timeout: 30000 }, () => {
  const cases: Array<[string, string]> = [
    ['not a number', 'Content-Length: abc'],
    ['negative', 'Content-Length: -5'],
    ['huge', `Content-Length: ${MAX_MESSAGE_BYTES + 1}`],
    ['absurd', 'Content-Length: 99999999999999999999'],
    ['missing', 'Content-Type: application/vscode-jsonrpc; charset=utf-8'],
  ];
  for (const [name, header] of cases) {
    test(`${name} (${header.slice(0, 40)}): the server exits 1 with the reason on stderr`, { timeout: 10000 }, async () => {
      const bytes = Buffer.concat([frame(INITIALIZE), Buffer.from(`${header}\r\n\r\n{}`, 'ascii'), frame(SHUTDOWN)]);
      const r = await runRaw(bytes, 8000);
      assert.equal(r.code, 1, `exit code (null: still running after 8 s)\nstderr: ${r.stderr}`);
      assert.match(r.stderr, /invalid message from the client: .*(Content-Length|no Content-Length)/);
      assert.match(r.stdout, /"id":1,"result"/, 'the valid initialize before it was answered');
    });
  }

  test('valid messages split at every byte still get through', { timeout: 10000 }, async () => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    conn.listen();
    try {
      const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
      const bytes = Buffer.concat([frame(INITIALIZE), frame({ jsonrpc: '2.0', method: 'initialized', params: {} }), frame(SHUTDOWN)]);
      const answered = new Promise<unknown>((resolve) => {
        let out = '';
        proc.stdout.on('data', (d) => {
          out += String(d);
          if (out.includes('"id":2')) resolve(out);
        });
      });
      for (let k = 0; k < bytes.length; k++) proc.stdin.write(bytes.subarray(k, k + 1));
      await answered;
      proc.stdin.write(frame({ jsonrpc: '2.0', method: 'exit', params: null }));
      assert.equal(await exited, 0);
    } finally {
      conn.dispose();
      proc.kill();
    }
  });
});

describe('HeaderGuard', () => {
  test('passes framed bytes through unchanged, and stops at the first bad header', async () => {
    const problems: string[] = [];
    const guard = new HeaderGuard((reason) => problems.push(reason));
    const out: Buffer[] = [];
    guard.on('data', (d: Buffer) => out.push(d));
    const good = Buffer.concat([frame(INITIALIZE), Buffer.from('Content-Length: 0\r\n\r\n'), frame(SHUTDOWN)]);
    guard.write(good.subarray(0, 7));
    guard.write(good.subarray(7));
    guard.write(Buffer.from('Content-Length: 12x\r\n\r\n'));
    guard.write(frame(SHUTDOWN));
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(Buffer.concat(out), good);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /12x/);
  });

  test('contentLength accepts only decimal lengths within the limit', () => {
    assert.equal(contentLength('Content-Length: 42'), 42);
    assert.equal(contentLength('content-length:7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8'), 7);
    for (const bad of ['Content-Length: abc', 'Content-Length: -1', 'Content-Length: 1e3', 'Content-Length: ', 'Content-Type: x', 'garbage'])
      assert.equal(typeof contentLength(bad), 'string', bad);
  });
});

describe('before initialize', { timeout: 20000 }, () => {
  test('requests get ServerNotInitialized (-32002), not null', { timeout: 10000 }, async () => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    conn.listen();
    try {
      const code = (e: unknown) => (e as { code: number }).code;
      for (const [method, params] of [
        ['textDocument/hover', { textDocument: { uri: 'file:///a.take' }, position: { line: 0, character: 0 } }],
        ['textDocument/documentSymbol', { textDocument: { uri: 'file:///a.take' } }],
        ['commentary/corpus', {}],
        ['commentary/noSuchThing', {}],
      ] as const) {
        await assert.rejects(conn.sendRequest(method, params), (e) => code(e) === ErrorCodes.ServerNotInitialized, method);
      }
      await conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
      assert.deepEqual(await conn.sendRequest('commentary/corpus', {}), { symposia: [] }, 'answered after initialize');
      await conn.sendRequest('shutdown');
    } finally {
      conn.dispose();
      proc.kill();
    }
  });
});

describe('a client without workspace.workspaceFolders', { timeout: 20000 }, () => {
  test('the handshake logs no error', { timeout: 15000 }, async () => {
    const capabilities: ClientCapabilities = { ...VSCODE_CAPABILITIES, workspace: { ...VSCODE_CAPABILITIES.workspace, workspaceFolders: undefined } };
    const s = await LspSession.start({ capabilities });
    try {
      // A request round trip after `initialized`: the server has handled it by the time it answers.
      await s.request('commentary/corpus', {});
      await s.request('workspace/symbol', { query: '' });
      const errors = s.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as LogMessageParams).type === MessageType.Error);
      assert.deepEqual(errors, []);
    } finally {
      assert.equal(await s.stop(), 0);
    }
  });
});

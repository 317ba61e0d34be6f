// A minimal LSP client over stdio for the benchmark: starts dist/server.js and tracks diagnostics.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import rpc from 'vscode-jsonrpc/node';

/** Starts the server, completes the handshake, and records each publishDiagnostics as it arrives. */
export async function startServer(serverPath, rootUri) {
  const proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const waiters = new Map();
  const published = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    published.set(p.uri, { version: p.version, at: performance.now(), count: p.diagnostics.length });
    const w = waiters.get(p.uri);
    if (w && (w.version === undefined || p.version === w.version)) {
      waiters.delete(p.uri);
      w.resolve(performance.now());
    }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } },
      window: { workDoneProgress: true },
    },
  });
  const initializedAt = performance.now();
  await conn.sendNotification('initialized', {});
  return {
    conn,
    proc,
    published,
    initializedAt,
    /** Resolves with the time diagnostics for `uri` (at `version`, if given) arrive. */
    diagnostics(uri, version) {
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within 60 s`)), 60000);
        waiters.set(uri, { version, resolve: (at) => (clearTimeout(t), resolve(at)) });
      });
    },
    /** The server's peak resident memory so far, in MiB (Linux). */
    peakMiB() {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    /** Shuts the server down cleanly. */
    async stop() {
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      await new Promise((resolve) => (proc.exitCode !== null ? resolve() : proc.once('exit', resolve)));
      conn.dispose();
    },
  };
}

// One helper for protocol tests: runs the built dist/server.js --stdio and talks JSON-RPC to it like an editor.
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { tempWorkspace } from './workspace';
import { WorkDoneProgress, type ClientCapabilities, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = join(__dirname, '../../dist/server.js');

/** Capabilities as VS Code 1.100 sends them, for the parts this server uses. */
export const VSCODE_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    symbol: { dynamicRegistration: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
    codeAction: {
      dynamicRegistration: true,
      isPreferredSupport: true,
      dataSupport: true,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll', 'source.organizeImports'] } },
    },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, insertReplaceSupport: true } },
    formatting: { dynamicRegistration: true },
    rangeFormatting: { dynamicRegistration: true },
    codeLens: { dynamicRegistration: true },
    foldingRange: { dynamicRegistration: true, lineFoldingOnly: true },
  },
  window: { workDoneProgress: true, showMessage: {} },
};

export interface StartOptions {
  /** Workspace folder (absolute path); none for a single-file session. */
  root?: string;
  capabilities?: ClientCapabilities;
  /** What workspace/configuration answers for the `commentary` section. */
  settings?: Record<string, unknown>;
  /** More workspace folders (absolute paths) after `root`, for multi-root sessions. */
  moreFolders?: string[];
  /** Answers a `commentary` configuration item by its scopeUri (per-folder settings); `settings` otherwise. */
  scoped?: (scopeUri: string | undefined) => Record<string, unknown>;
}

/** A running server and a client connection with the notifications it received. */
export class LspSession {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  readonly registrations: unknown[] = [];
  readonly stderr: string[] = [];
  /** Every workspace/configuration item the server asked for, in order. */
  readonly configurationItems: Array<{ scopeUri?: string; section?: string }> = [];
  private waiters: Array<() => void> = [];
  settings: Record<string, unknown>;
  exitCode: number | null = null;

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  /** Starts the server and completes the initialize/initialized handshake. */
  static async start(opts: StartOptions = {}): Promise<LspSession> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const s = new LspSession(proc, conn, opts.settings ?? {});
    proc.stderr.on('data', (d) => s.stderr.push(String(d)));
    proc.on('exit', (code) => {
      s.exitCode = code;
      s.wake();
    });
    conn.onNotification((method, params) => {
      s.notifications.push({ method, params });
      if (method === 'textDocument/publishDiagnostics') {
        const p = params as PublishDiagnosticsParams;
        s.diagnostics.set(p.uri, p);
      }
      s.wake();
    });
    conn.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string; section?: string }> }) => {
      s.configurationItems.push(...p.items);
      return p.items.map((i) => (i.section !== 'commentary' ? null : opts.scoped ? opts.scoped(i.scopeUri) : s.settings));
    });
    conn.onRequest('client/registerCapability', (p: unknown) => {
      s.registrations.push(p);
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      conn.onProgress(WorkDoneProgress.type, p.token, (value) => {
        s.notifications.push({ method: '$/progress', params: { token: p.token, value } });
        s.wake();
      });
      return null;
    });
    conn.listen();
    const root = opts.root ? pathToFileURL(opts.root).href : null;
    const init = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: root
        ? [root, ...(opts.moreFolders ?? []).map((f) => pathToFileURL(f).href)].map((u, k) => ({ uri: u, name: k ? `folder-${k}` : 'workspace' }))
        : null,
      capabilities: opts.capabilities ?? VSCODE_CAPABILITIES,
      clientInfo: { name: 'commentary-lint protocol tests' },
    });
    s.initializeResult = init as Record<string, unknown>;
    await conn.sendNotification('initialized', {});
    return s;
  }

  initializeResult: Record<string, unknown> = {};

  /** Resolves every pending wait so it can re-check its condition. */
  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until `check` returns a value (re-checked on every notification), or fails after `ms`. */
  async until<T>(what: string, check: () => T | undefined | false, ms = 10000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v) return v;
      if (this.exitCode !== null) throw new Error(`server exited (${this.exitCode}) while waiting for ${what}\n${this.stderr.join('')}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for diagnostics of a URI that satisfy `pred` (e.g. a given document version). */
  diagnosticsFor(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, ms?: number): Promise<PublishDiagnosticsParams> {
    return this.until(
      `diagnostics for ${uri}`,
      () => {
        const p = this.diagnostics.get(uri);
        return p && pred(p) ? p : undefined;
      },
      ms,
    );
  }

  /** Waits for a notification of a method received after index `after`. */
  notification(method: string, after = 0, ms?: number): Promise<unknown> {
    return this.until(method, () => this.notifications.slice(after).find((n) => n.method === method)?.params ?? undefined, ms);
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    this.diagnostics.delete(uri);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commentary', version, text } });
    return this.diagnosticsFor(uri, (p) => p.version === version);
  }

  /** Replaces a document's whole text and waits for diagnostics of the new version. */
  async change(uri: string, text: string, version: number): Promise<PublishDiagnosticsParams> {
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return this.diagnosticsFor(uri, (p) => p.version === version);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  /** Shuts down cleanly and waits for the process to exit; returns its exit code. */
  async stop(): Promise<number | null> {
    if (this.exitCode === null) {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
      await this.until('exit', () => this.exitCode !== null, 5000).catch(() => this.proc.kill());
    }
    this.conn.dispose();
    return this.exitCode;
  }
}

/** A file URI for a path. */
export function uri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * Registers hooks that start a server on a temporary workspace of `files` before a suite's tests and
 * stop it (and remove the folder) after them; `use` receives the running session.
 */
export function serverOn(
  files: Record<string, string>,
  use: (session: LspSession) => void,
  options: Omit<StartOptions, 'root'> = {},
): ReturnType<typeof tempWorkspace> {
  const ws = tempWorkspace(files);
  let session: LspSession | undefined;
  before(async () => {
    session = await LspSession.start({ ...options, root: ws.root });
    use(session);
  });
  after(async () => {
    await session?.stop();
    ws.cleanup();
  });
  return ws;
}

// The language server's browser build (dist/browser-server.js) in a real Web Worker in Chromium, spoken to over
// postMessage as vscode-languageclient/browser speaks to it: diagnostics, a quick fix, the six parts as symbols,
// and symposium.json and the dictionary read through the client (commentary/readFile, commentary/dictionary) for
// takes in vscode-vfs:// (github.dev) and file:// workspaces.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import type { CodeAction, Diagnostic, DocumentSymbol, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { launchChromium, NO_CHROMIUM } from '../helpers/chromium';
import { DEFAULT_BODY, TEST_CONFIG, take } from '../helpers/take-builder';

const DIST = join(__dirname, '../../dist');
const BUNDLE = join(DIST, 'browser-server.js');
const HARNESS = join(__dirname, 'web-worker/harness.js');
/** Generous: two cores are shared by many processes, and the dictionary takes a few seconds to load in a page. */
const WAIT_MS = 60_000;

/** A take in a GitHub repository opened in github.dev, two folders below its symposium.json. */
const REPO = 'vscode-vfs://github/commentary-lint/mekong-symposium';
const VFS_TAKE = `${REPO}/takes/2026/tran.take`;
/** A take on a local disk (vscode.dev with a local folder), one folder below its symposium.json. */
const FILE_TAKE = 'file:///home/editor/mekong/drafts/tran.take';
/** A take beside a symposium.json that does not parse, in a folder whose name needs encoding. */
const DRAFTS = 'vscode-vfs://github/commentary-lint/draft%20symposium';
/** The files the test page answers commentary/readFile with (every other file is missing). */
const FILES: Record<string, string> = {
  [`${REPO}/symposium.json`]: JSON.stringify({ ...TEST_CONFIG, spelling: 'american' }),
  'file:///home/editor/mekong/symposium.json': JSON.stringify(TEST_CONFIG),
  [`${DRAFTS}/symposium.json`]: '{ "series": ',
};

const body = [...DEFAULT_BODY];
body[4] = `${body[4]} Donors will see the the blorptastic data when its’ ready.`;
/** Breaks the symposium's headline template and has a doubled word, a misspelling only the dictionary knows, and `its’`. */
const BROKEN = take({ headline: 'The Mekong Accord: Mai Linh Tran Looks Ahead', body });

/** The page: the harness script, nothing else. */
const PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/harness.js"></script></head><body></body></html>';

/** Serves the page, the harness, the worker bundle and the dictionaries from one loopback origin (workers need http). */
function serve(): Promise<Server> {
  const files: Record<string, () => Buffer | string> = {
    '/': () => PAGE,
    '/harness.js': () => readFileSync(HARNESS),
    '/browser-server.js': () => readFileSync(BUNDLE),
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const dictionary = /^\/dictionaries\/(en-US|en-GB)\.(aff|dic)$/.exec(path);
    const body = files[path]?.() ?? (dictionary ? readFileSync(join(DIST, 'dictionaries', `${dictionary[1]}.${dictionary[2]}`)) : undefined);
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : path === '/' ? 'text/html' : 'text/plain' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The page's view of the server (see harness.js). */
interface Harness {
  lsp: { request(method: string, params: unknown): Promise<unknown>; notify(method: string, params: unknown): void };
  files: Record<string, string>;
  reads: string[];
  messages: Array<{ method?: string; params?: unknown }>;
  workerErrors: string[];
}
declare const window: Harness;

/** Sends a request from the page and returns its result. */
function request<T>(page: Page, method: string, params: unknown): Promise<T> {
  return page.evaluate(([m, p]) => window.lsp.request(m, p), [method, params] as const) as Promise<T>;
}

/** Opens a document in the worker server. */
function open(page: Page, uri: string, text: string): Promise<void> {
  return page.evaluate(([u, t]) => window.lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'commentary', version: 1, text: t } }), [
    uri,
    text,
  ] as const);
}

/** Waits for diagnostics of a URI that satisfy `done` (the latest publish is returned), or fails after WAIT_MS. */
async function diagnosticsOf(page: Page, uri: string, ruleId: string): Promise<Diagnostic[]> {
  await page
    .waitForFunction(
      ([u, id]) =>
        window.workerErrors.length > 0 ||
        window.messages.some(
          (m) =>
            m.method === 'textDocument/publishDiagnostics' &&
            (m.params as PublishDiagnosticsParams).uri === u &&
            (m.params as PublishDiagnosticsParams).diagnostics.some((d) => d.code === id),
        ),
      [uri, ruleId] as const,
      { timeout: WAIT_MS, polling: 50 },
    )
    .catch(async (e: Error) => {
      const log = await page.evaluate(() => window.messages.filter((m) => m.method !== 'textDocument/publishDiagnostics'));
      throw new Error(`${e.message}; the server said: ${JSON.stringify(log).slice(0, 2000)}`);
    });
  const errors = await page.evaluate(() => window.workerErrors);
  assert.deepEqual(errors, [], 'the worker started without errors');
  const published = await page.evaluate(() =>
    window.messages.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params as PublishDiagnosticsParams),
  );
  return published.filter((p) => p.uri === uri).at(-1)?.diagnostics ?? [];
}

describe('the browser build of the server in a Web Worker (Chromium)', { skip: NO_CHROMIUM, timeout: 180_000 }, () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  before(async () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build first`);
    server = await serve();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.evaluate((files) => {
      window.files = files;
    }, FILES);
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  test('initialize answers the same capabilities as the Node server; the missing workspace scan is explained in the log', async () => {
    const init = await request<InitializeResult>(page, 'initialize', {
      processId: null,
      rootUri: REPO,
      workspaceFolders: [{ uri: REPO, name: 'mekong-symposium' }],
      capabilities: { workspace: { configuration: true } },
    });
    assert.equal(init.serverInfo?.name, 'commentary-language-server');
    assert.ok(init.capabilities.codeActionProvider, 'code actions');
    assert.ok(init.capabilities.documentSymbolProvider, 'document symbols');
    await page.evaluate(() => window.lsp.notify('initialized', {}));
    await page.waitForFunction(
      () => window.messages.some((m) => m.method === 'window/logMessage' && /only open takes are linted/.test((m.params as { message: string }).message)),
      undefined,
      { timeout: WAIT_MS, polling: 50 },
    );
  });

  test('a broken take in vscode-vfs:// gets the symposium and dictionary findings (symposium.json and the dictionary read through the client)', async (t) => {
    const started = Date.now();
    await open(page, VFS_TAKE, BROKEN);
    const diagnostics = await diagnosticsOf(page, VFS_TAKE, 'spelling');
    t.diagnostic(`didOpen to diagnostics with spelling (three reads, the en-US dictionary loaded in the worker): ${Date.now() - started} ms`);
    const ids = new Set(diagnostics.map((d) => d.code));
    for (const id of ['headline-template', 'headline-dash', 'doubled-word', 'possessive-its', 'spelling', 'dialect-spelling'])
      assert.ok(ids.has(id), `${id} in ${[...ids].join(', ')}`);
    assert.ok(
      diagnostics.some((d) => d.code === 'spelling' && /blorptastic.*dictionary/.test(typeof d.message === 'string' ? d.message : d.message.value)),
      'a word only the dictionary can judge: the en-US dictionary came through commentary/dictionary',
    );
    const reads = await page.evaluate(() => window.reads);
    assert.deepEqual(
      reads.filter((r) => r.startsWith(REPO) || r.startsWith('vscode-vfs:')),
      [`${REPO}/takes/2026/symposium.json`, `${REPO}/takes/symposium.json`, `${REPO}/symposium.json`],
      'walked up folder by folder from the take and stopped at the first symposium.json',
    );
  });

  test('a take in file:// finds its symposium.json one folder up', async (t) => {
    const started = Date.now();
    await open(page, FILE_TAKE, BROKEN);
    const diagnostics = await diagnosticsOf(page, FILE_TAKE, 'headline-template');
    t.diagnostic(`didOpen to diagnostics (two reads): ${Date.now() - started} ms`);
    const ids = new Set(diagnostics.map((d) => d.code));
    assert.ok(ids.has('headline-template'), 'the symposium file was read');
    assert.ok(!ids.has('spelling'), 'this symposium sets no spelling');
    const reads = await page.evaluate(() => window.reads);
    assert.deepEqual(
      reads.filter((r) => r.startsWith('file:')),
      ['file:///home/editor/mekong/drafts/symposium.json', 'file:///home/editor/mekong/symposium.json'],
    );
  });

  test('a symposium.json that does not parse gets its problem published on its own URI', async () => {
    await open(page, `${DRAFTS}/a.take`, BROKEN);
    const problems = await diagnosticsOf(page, `${DRAFTS}/symposium.json`, 'invalid-config');
    assert.equal(problems[0]?.range.start.line, 0);
    const take = await diagnosticsOf(page, `${DRAFTS}/a.take`, 'doubled-word');
    assert.ok(!take.some((d) => d.code === 'headline-template'), 'the take falls back to the general shape');
  });

  test('textDocument/codeAction gives the headline quick fix', async () => {
    const diagnostics = await diagnosticsOf(page, VFS_TAKE, 'headline-template');
    const d = diagnostics.find((x) => x.code === 'headline-template');
    assert.ok(d);
    const actions = await request<CodeAction[]>(page, 'textDocument/codeAction', {
      textDocument: { uri: VFS_TAKE },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.some((x) => x.code === 'headline-template'));
    assert.ok(fix, `a quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    const edits = fix.edit?.changes?.[VFS_TAKE] ?? [];
    assert.ok(
      edits.some((e) => e.newText.includes('The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River')),
      JSON.stringify(fix.edit),
    );
  });

  test('textDocument/documentSymbol gives the six parts', async () => {
    const symbols = await request<DocumentSymbol[]>(page, 'textDocument/documentSymbol', { textDocument: { uri: VFS_TAKE } });
    const labels = symbols.map((s) => `${s.name} / ${s.detail ?? ''}`);
    assert.equal(labels.length, 6, labels.join('\n'));
    [/Headline$/, /Pull-quote$/, /^Editor's note/, /^Body \/ 342 words, 5 paragraphs$/, /^Mai Linh Tran \/ Byline$/, /Image credit$/].forEach((label, k) =>
      assert.match(labels[k], label),
    );
  });
});

describe('the browser bundles import no Node built-in', () => {
  test('dist/browser-server.js has no require of a Node module', () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build first`);
    const text = readFileSync(BUNDLE, 'utf8');
    assert.deepEqual(text.match(/\brequire\(\s*["'](?:node:)?[a-z_/]+["']\s*\)/g) ?? [], []);
    assert.doesNotMatch(text, /from\s*["']node:/);
  });

  test('the build fails, naming the importer, when a browser bundle reaches one', async () => {
    const plugin = join(__dirname, '../../scripts/no-node-builtins.mjs');
    const { noNodeBuiltins } = (await import(pathToFileURL(plugin).href)) as { noNodeBuiltins: Plugin };
    for (const specifier of ['node:fs', 'path', 'worker_threads']) {
      await assert.rejects(
        build({
          stdin: { contents: `import * as m from '${specifier}'; console.log(m);`, resolveDir: __dirname, sourcefile: 'entry.ts' },
          bundle: true,
          write: false,
          platform: 'browser',
          plugins: [noNodeBuiltins],
          logLevel: 'silent',
        }),
        (e: Error) => e.message.includes(`"${specifier}" is a Node built-in`) && e.message.includes('entry.ts'),
      );
    }
  });
});

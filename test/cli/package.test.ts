// The npm package: packed from a copy of the checkout (prepack builds it), installed offline into an empty folder, then run through npx.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { RULES } from '../../server/src/core';
import { makeTree, removeTree, ROOT } from '../helpers/cli';
import { childEnv, copyProject, mustRun } from '../helpers/project-copy';

/** The most `npm pack` may weigh (the budget: 1.6 MB). */
const MAX_PACKED_BYTES = 1_600_000;
const SLOW = { timeout: 600_000 };

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
let project = '';
let out = '';
let app = '';
let packed: PackResult;

before(() => {
  project = copyProject('commentary-lint-pack-');
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  out = makeTree({});
  const json = mustRun('npm', ['pack', '--json', '--pack-destination', out], { cwd: project, timeout: 540_000 });
  packed = (JSON.parse(json.slice(json.indexOf('['))) as PackResult[])[0];
  mustRun('tar', ['-xzf', join(out, packed.filename), '-C', out], { cwd: out });
  app = makeTree({ 'package.json': JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }) });
  mustRun('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(out, 'npm-cache'), join(out, packed.filename)], {
    cwd: app,
    timeout: 120_000,
  });
  cpSync(join(ROOT, 'samples'), join(app, 'takes'), { recursive: true });
}, SLOW);

after(() => {
  for (const dir of [project, out, app]) if (dir) removeTree(dir);
});

/** npx options: run only what the installed package provides, never a download (a bare `--no` would swallow the command's own options). */
const NPX = ['--yes=false', '--offline'];

/** Runs `npx <args>` in the consumer folder. */
function npx(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('npx', [...NPX, ...args], { cwd: app, env: childEnv({ npm_config_offline: 'true' }), encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('npm pack', () => {
  test('is at most 1.6 MB and holds only what runs and its documentation', () => {
    assert.ok(packed.size <= MAX_PACKED_BYTES, `packed ${packed.size} bytes`);
    const paths = packed.files.map((f) => f.path).sort();
    for (const p of paths) {
      assert.doesNotMatch(p, /^(test|bench|\.ci|server|client|scripts|samples|media|node_modules|out)\//, p);
      assert.doesNotMatch(p, /\.(map|ts|vsix)$/, p);
    }
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/cli.js',
      'dist/server.js',
      'dist/worker.js',
      'schemas/symposium.schema.json',
    ];
    for (const locale of ['en-US', 'en-GB'])
      expected.push(`dist/dictionaries/${locale}.aff`, `dist/dictionaries/${locale}.dic`, `dist/dictionaries/${locale}.license`);
    for (const rule of RULES) expected.push(`docs/rules/${rule.meta.id}.md`);
    for (const p of expected) assert.ok(paths.includes(p), `${p} is packed`);
    assert.deepEqual(
      paths.filter((p) => p.startsWith('dist/') && !p.startsWith('dist/dictionaries/')),
      ['dist/cli.js', 'dist/server.js', 'dist/worker.js'],
      'the CLI, server and worker bundles only (the extension has its own .vsix)',
    );
  });

  test('is a production build: minified bundles without source maps, no dependencies to install', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'package', 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(pkg.private, undefined, 'publishable');
    for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies'])
      assert.equal(pkg[key], undefined, `${key}: every runtime module is bundled`);
    assert.deepEqual(pkg.bin, { 'commentary-lint': 'dist/cli.js', 'commentary-language-server': 'dist/server.js' });
    for (const bundle of ['cli.js', 'server.js', 'worker.js']) {
      const text = readFileSync(join(out, 'package', 'dist', bundle), 'utf8');
      assert.doesNotMatch(text, /sourceMappingURL/, `${bundle} points at no source map`);
      assert.ok(text.length / text.split('\n').length > 300, `${bundle} is minified (long lines)`);
    }
  });

  test('installs offline into an empty folder with nothing but itself', () => {
    const installed = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
    assert.deepEqual(installed, ['commentary-lint']);
    for (const bin of ['commentary-lint', 'commentary-language-server']) assert.ok(existsSync(join(app, 'node_modules', '.bin', bin)), bin);
  });
});

describe('the installed package through npx', () => {
  test('npx commentary-lint --version prints the package version', () => {
    assert.deepEqual(npx(['commentary-lint', '--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('npx commentary-lint lints the samples: exit code 1 and the known findings', () => {
    const r = npx(['commentary-lint', 'takes']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^takes\/kenji-watanabe\.take\n\s+3:1\s+error\s+.+\s{2}required-parts$/m);
    assert.match(r.stdout, /^\s+10:1\s+error\s+.+\s{2}part-order$/m);
    assert.match(r.stdout, /^takes\/sofia-marchetti\.take$/m, 'spelling works from the packed dictionaries');
    assert.equal(r.stderr, '');
  });

  test('npx commentary-lint lints a large folder on worker threads (the packed worker bundle)', () => {
    mkdirSync(join(app, 'many'));
    const take = readFileSync(join(app, 'takes', 'kenji-watanabe.take'), 'utf8');
    for (let k = 0; k < 40; k++) writeFileSync(join(app, 'many', `t${k}.take`), take);
    const r = spawnSync('npx', [...NPX, 'commentary-lint', '--format', 'json', 'many'], {
      cwd: app,
      env: childEnv({ npm_config_offline: 'true', COMMENTARY_LINT_WORKERS: '2' }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as Array<{ errorCount: number }>;
    assert.equal(report.length, 40);
    assert.ok(report.every((f) => f.errorCount > 0));
  });

  test('npx commentary-language-server --stdio answers initialize with its capabilities, then shuts down', async () => {
    const proc = spawn('npx', [...NPX, 'commentary-language-server', '--stdio'], {
      cwd: app,
      env: childEnv({ npm_config_offline: 'true' }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stderr: string[] = [];
    proc.stderr.on('data', (d) => stderr.push(String(d)));
    const exited = once(proc, 'exit');
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    conn.listen();
    const timer = setTimeout(() => proc.kill(), 60_000);
    try {
      const ended = exited.then(([code]) => {
        throw new Error(`the server exited (${String(code)}) before answering: ${stderr.join('')}`);
      });
      ended.catch(() => undefined);
      const init = await Promise.race([
        conn.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
          processId: process.pid,
          rootUri: null,
          capabilities: {},
          workspaceFolders: null,
        }),
        ended,
      ]);
      assert.ok(init.capabilities.textDocumentSync !== undefined, JSON.stringify(init));
      assert.ok(init.capabilities.codeActionProvider, 'code actions');
      assert.ok(init.capabilities.documentSymbolProvider, 'symbols');
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      const [code] = (await exited) as [number | null];
      assert.equal(code, 0, stderr.join(''));
    } finally {
      clearTimeout(timer);
      conn.dispose();
      proc.kill();
    }
  });
});

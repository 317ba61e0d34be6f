// Bundles the CLI (and, as they exist, the language server and the VS Code client) into dist/.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { noNodeBuiltins } from './no-node-builtins.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** The bundles this project ships; entries whose source does not exist yet are skipped. */
const bundles = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/worker.ts', out: 'dist/worker.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  // The web extension (vscode.dev, github.dev): the client in the web extension host, the server in a web worker.
  { in: 'client/src/browser-extension.ts', out: 'dist/browser-client.js', external: ['vscode'], browser: 'cjs' },
  { in: 'server/src/lsp/browser-main.ts', out: 'dist/browser-server.js', browser: 'iife' },
];

for (const b of bundles.filter((b) => existsSync(b.in))) {
  await build({
    entryPoints: [b.in],
    outfile: b.out,
    bundle: true,
    platform: b.browser ? 'browser' : 'node',
    format: b.browser === 'iife' ? 'iife' : 'cjs',
    target: b.browser ? 'es2022' : 'node20',
    sourcemap: !production,
    minify: production,
    external: b.external ?? [],
    mainFields: b.browser ? ['browser', 'module', 'main'] : ['module', 'main'],
    plugins: b.browser ? [noNodeBuiltins] : [],
    banner: b.banner ? { js: b.banner } : undefined,
    define: { VERSION: JSON.stringify(pkg.version) },
    logLevel: watch ? 'info' : 'warning',
  });
}

/** The Hunspell dictionaries the spelling rules read at run time, copied beside the bundles (en-US and en-GB, with their licences). */
const require = createRequire(import.meta.url);
mkdirSync('dist/dictionaries', { recursive: true });
for (const [pkgName, locale] of [
  ['dictionary-en', 'en-US'],
  ['dictionary-en-gb', 'en-GB'],
]) {
  const dir = dirname(require.resolve(pkgName));
  for (const ext of ['aff', 'dic']) copyFileSync(join(dir, `index.${ext}`), `dist/dictionaries/${locale}.${ext}`);
  copyFileSync(join(dir, 'license'), `dist/dictionaries/${locale}.license`);
}

/** The extension tests: each file transpiled on its own (mocha loads them by path), vscode and mocha external. */
if (process.argv.includes('--tests')) {
  const { readdirSync } = await import('node:fs');
  const suite = readdirSync('test/vscode/suite')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `test/vscode/suite/${f}`);
  await build({
    entryPoints: ['test/vscode/index.ts', ...suite],
    outdir: 'out/test/vscode',
    outbase: 'test/vscode',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
}

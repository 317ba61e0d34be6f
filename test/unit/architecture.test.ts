// Enforces the import rules of ARCHITECTURE.md by reading every source file's import statements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..', '..');

type Layer = 'core' | 'node' | 'cli' | 'lsp' | 'shared' | 'client' | 'media';

/** Where each layer's sources live, relative to the repository root. */
const LAYER_DIRS: Record<Layer, string> = {
  core: 'server/src/core',
  node: 'server/src/node',
  cli: 'server/src/cli',
  lsp: 'server/src/lsp',
  shared: 'server/src/shared',
  client: 'client/src',
  media: 'media',
};

/** Which layers each layer may import from (itself included). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  node: ['node', 'core'],
  cli: ['cli', 'node', 'core'],
  lsp: ['lsp', 'node', 'core', 'shared'],
  shared: ['shared', 'core'],
  client: ['client', 'shared'],
  media: [],
};

/** npm packages only some layers may use: the editor APIs stay at the edges. */
const PACKAGE_OWNERS: Array<{ matches: (name: string) => boolean; what: string; layers: readonly Layer[] }> = [
  { matches: (n) => n === 'vscode' || n.startsWith('vscode-languageclient'), what: 'the VS Code API', layers: ['client'] },
  {
    matches: (n) => n.startsWith('vscode-languageserver') || n.startsWith('vscode-jsonrpc'),
    what: 'an LSP package',
    layers: ['lsp', 'shared', 'client'],
  },
];

/** Layers that must run outside Node (a browser build, a webview): no Node built-ins. */
const NO_NODE_BUILTINS: readonly Layer[] = ['core', 'shared', 'media'];

const BUILTINS = new Set(builtinModules);

/** One import statement of a source file. */
interface Import {
  file: string;
  line: number;
  specifier: string;
}

/** Every source file under a folder (TypeScript, and the webviews' JavaScript). */
function sources(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The imports, re-exports, dynamic imports and requires of a file, as TypeScript reads them (comments ignored). */
function importsOf(path: string): Import[] {
  const text = readFileSync(path, 'utf8');
  const info = ts.preProcessFile(text, true, true);
  const file = relative(ROOT, path).split(sep).join('/');
  return info.importedFiles.map((f) => ({ file, specifier: f.fileName, line: text.slice(0, f.pos).split('\n').length }));
}

/** The layer a repository path belongs to, if any. */
function layerOfPath(path: string): Layer | undefined {
  const rel = relative(ROOT, path).split(sep).join('/');
  return (Object.keys(LAYER_DIRS) as Layer[]).find((l) => rel === LAYER_DIRS[l] || rel.startsWith(`${LAYER_DIRS[l]}/`));
}

/** The package name of a bare specifier ("@scope/name/sub" → "@scope/name"). */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** What is wrong with one import of a layer's file, or undefined when the import is allowed. */
function violation(layer: Layer, imp: Import): string | undefined {
  const where = `${imp.file}:${imp.line} imports '${imp.specifier}'`;
  if (layer === 'media') return `${where}: webview scripts are loaded as plain scripts and import nothing`;
  if (imp.specifier.startsWith('.')) {
    const path = resolve(ROOT, dirname(imp.file), imp.specifier);
    const target = layerOfPath(path);
    if (target && !MAY_IMPORT[layer].includes(target)) return `${where}: ${layer} may import only ${MAY_IMPORT[layer].join(', ')}, not ${target}`;
    if (target === 'core' && layer !== 'core' && path !== join(ROOT, LAYER_DIRS.core))
      return `${where}: outside the core, import its public surface (core/index.ts)`;
    return undefined;
  }
  const name = packageName(imp.specifier);
  if (imp.specifier.startsWith('node:') || BUILTINS.has(name)) {
    return NO_NODE_BUILTINS.includes(layer) ? `${where}: ${layer} must not use Node built-ins (file access belongs in server/src/node)` : undefined;
  }
  const owner = PACKAGE_OWNERS.find((o) => o.matches(name));
  if (owner && !owner.layers.includes(layer)) return `${where}: only ${owner.layers.join(', ')} may import ${owner.what}`;
  return undefined;
}

/** Every import that breaks the rules, one message each. */
function violations(layers: readonly Layer[]): string[] {
  const out: string[] = [];
  for (const layer of layers) {
    for (const file of sources(join(ROOT, LAYER_DIRS[layer]))) {
      for (const imp of importsOf(file)) {
        const problem = violation(layer, imp);
        if (problem) out.push(problem);
      }
    }
  }
  return out;
}

/** Asserts that a layer's imports follow the rules, naming each file and import that does not. */
function assertLayers(...layers: Layer[]): void {
  const found = violations(layers);
  assert.deepEqual(found, [], `import rules broken (see ARCHITECTURE.md):\n  ${found.join('\n  ')}`);
}

test('the core imports nothing from cli, lsp, node, shared or client, and no Node built-ins or editor packages', () => assertLayers('core'));

test('the Node layer imports only the core (and Node and npm packages)', () => assertLayers('node'));

test('the CLI imports the core and the Node layer, never the language server or an editor package', () => assertLayers('cli'));

test('the language server imports core, node and shared, never the CLI or the VS Code API', () => assertLayers('lsp'));

test('the shared protocol and settings import only core types and no Node built-ins', () => assertLayers('shared'));

test('the VS Code client reaches the server only through shared', () => assertLayers('client'));

test('the webview scripts import nothing at run time', () => assertLayers('media'));

test('the checker itself catches a forbidden import, naming the file and the import', () => {
  const imp = { file: 'server/src/core/example.ts', line: 3, specifier: 'node:fs' };
  assert.match(violation('core', imp) ?? '', /server\/src\/core\/example\.ts:3 imports 'node:fs': core must not use Node built-ins/);
  assert.match(violation('core', { ...imp, specifier: '../lsp/server' }) ?? '', /core may import only core, not lsp/);
  assert.match(violation('cli', { ...imp, file: 'server/src/cli/x.ts', specifier: 'vscode-languageserver/node' }) ?? '', /only lsp, shared, client/);
  assert.equal(violation('lsp', { ...imp, file: 'server/src/lsp/x.ts', specifier: 'vscode-languageserver/node' }), undefined);
  assert.match(violation('cli', { ...imp, file: 'server/src/cli/x.ts', specifier: '../core/config/validate' }) ?? '', /import its public surface/);
  assert.equal(violation('cli', { ...imp, file: 'server/src/cli/x.ts', specifier: '../core' }), undefined);
});

/** The files a TypeScript file imports at run time (type-only imports and re-exports left out: they vanish when compiled). */
function runtimeDependencies(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  for (const node of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(node) && !isTypeOnlyImport(node)) specifier = node.moduleSpecifier;
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly) specifier = node.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const base = resolve(dirname(path), specifier.text);
    const target = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
    if (target) out.push(target);
  }
  return out;
}

/** True for `import type …` and for `import { type A, type B }`, which import nothing at run time. */
function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/** Every import cycle among the given files, each as "a.ts -> b.ts -> a.ts". */
function importCycles(files: string[]): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const show = (p: string) => relative(ROOT, p).split(sep).join('/');
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of runtimeDependencies(file)) {
      if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].map(show).join(' -> '));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

test('no module imports itself through others (cli/report.ts and cli/formats/* once did)', () => {
  const files = [...sources(join(ROOT, 'server/src')), ...sources(join(ROOT, 'client/src'))].filter((f) => f.endsWith('.ts'));
  const cycles = importCycles(files);
  assert.deepEqual(cycles, [], `import cycles (move what both sides need into a module both import):\n  ${cycles.join('\n  ')}`);
});

test('no source folder is left out of the layers', () => {
  const folders = readdirSync(join(ROOT, 'server/src')).map((f) => `server/src/${f}`);
  const known = Object.values(LAYER_DIRS);
  assert.deepEqual(
    folders.filter((f) => !known.includes(f)),
    [],
    'a new folder under server/src needs a layer in ARCHITECTURE.md and in this test',
  );
});

/** The entry points that run in a browser (the web extension) and what they must never reach at run time. */
const BROWSER_ENTRIES = ['server/src/lsp/browser-main.ts', 'client/src/browser-extension.ts'];

/** What is wrong with a run-time import of a file a browser entry reaches, or undefined. */
function browserViolation(file: string, specifier: string): string | undefined {
  const where = `${relative(ROOT, file).split(sep).join('/')} imports '${specifier}'`;
  if (specifier.startsWith('.')) {
    const target = relative(ROOT, resolve(dirname(file), specifier))
      .split(sep)
      .join('/');
    if (target.startsWith(`${LAYER_DIRS.node}/`) || target === LAYER_DIRS.node)
      return `${where}: the Node layer reads the disk; a browser entry gets files from its host`;
    if (/\/(node-host|main|stdio)$/.test(target) && target.startsWith(LAYER_DIRS.lsp)) return `${where}: Node-only server module`;
    return undefined;
  }
  if (specifier.startsWith('node:') || BUILTINS.has(packageName(specifier))) return `${where}: Node built-in in a browser bundle`;
  if (/^vscode-language(server|client)\/node$/.test(specifier)) return `${where}: the Node transport (use '/browser')`;
  return undefined;
}

/** The run-time specifiers of a TypeScript file (type-only imports left out). */
function runtimeSpecifiers(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  for (const node of source.statements) {
    const specifier =
      (ts.isImportDeclaration(node) && !isTypeOnlyImport(node)) || (ts.isExportDeclaration(node) && !node.isTypeOnly) ? node.moduleSpecifier : undefined;
    if (specifier && ts.isStringLiteral(specifier)) out.push(specifier.text);
  }
  return out;
}

/** Every forbidden import of every file a browser entry reaches at run time. */
function browserViolations(entry: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeSpecifiers(file)) {
      const problem = browserViolation(file, specifier);
      if (problem) out.push(problem);
    }
    for (const dep of runtimeDependencies(file)) visit(dep);
  };
  visit(join(ROOT, entry));
  return out;
}

test('the browser entries (web worker server, web extension client) reach no Node built-in, Node layer or Node transport', () => {
  for (const entry of BROWSER_ENTRIES) {
    assert.ok(existsSync(join(ROOT, entry)), `${entry} exists`);
    const found = browserViolations(entry);
    assert.deepEqual(found, [], `${entry} reaches Node-only code (see ARCHITECTURE.md, "Hosts"):\n  ${found.join('\n  ')}`);
  }
});

test('the browser checker catches a Node import, naming the file', () => {
  const file = join(ROOT, 'server/src/lsp/x.ts');
  assert.match(browserViolation(file, 'node:fs') ?? '', /server\/src\/lsp\/x\.ts imports 'node:fs': Node built-in/);
  assert.match(browserViolation(file, '../node') ?? '', /the Node layer reads the disk/);
  assert.match(browserViolation(file, './node-host') ?? '', /Node-only server module/);
  assert.match(browserViolation(file, 'vscode-languageserver/node') ?? '', /Node transport/);
  assert.equal(browserViolation(file, 'vscode-languageserver/browser'), undefined);
  assert.equal(browserViolation(file, './host'), undefined);
});

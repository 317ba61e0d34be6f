// The browser host's paths: any workspace URI becomes a '/'-separated path the core can work on and back, and the
// core's symposium.json walk-up runs over them (in memory here, through the client in a browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { URI } from 'vscode-uri';
import { SymposiumFinder, configSymposiumId, folderSymposiumId, relativeTo, type FinderIO } from '../../server/src/core';
import { pathUri, uriParent, uriPath } from '../../server/src/lsp/browser-paths';

/** URIs as VS Code writes them (vscode-uri's encoding), in the schemes a web workspace uses. */
const URIS = [
  'vscode-vfs://github/owner/repo/takes/zhu-feng.take',
  URI.from({ scheme: 'vscode-vfs', authority: 'github', path: '/owner/repo/[draft] one #2.take' }).toString(),
  URI.file('/home/editor/Mekong Accord/tran ü.take').toString(),
  'vscode-remote://127.0.0.1:8080/srv/takes/a.take',
  'vscode-test-web://mount/takes/a.take',
];

test('a URI and its path convert both ways, exactly as VS Code encodes the URI', () => {
  for (const uri of URIS) {
    const path = uriPath(uri);
    assert.ok(path, uri);
    assert.equal(pathUri(path), uri);
  }
  assert.equal(
    uriPath('vscode-vfs://github/owner/repo/%5Bdraft%5D%20one.take'),
    'vscode-vfs://github/owner/repo/[draft] one.take',
    'decoded, so globs match names',
  );
});

test('untitled documents and URIs without an absolute path name no file', () => {
  assert.equal(uriPath('untitled:Untitled-1'), undefined);
  assert.equal(uriPath('untitled:/Untitled-1'), undefined);
});

test('the walk goes up folder by folder and stops at the root of the scheme and authority', () => {
  const seen: string[] = [];
  for (let p: string | undefined = 'vscode-vfs://github/owner/repo/takes/a.take'; p; p = uriParent(p)) seen.push(p);
  assert.deepEqual(seen, [
    'vscode-vfs://github/owner/repo/takes/a.take',
    'vscode-vfs://github/owner/repo/takes',
    'vscode-vfs://github/owner/repo',
    'vscode-vfs://github/owner',
    'vscode-vfs://github/',
  ]);
  assert.equal(uriParent('file:///'), undefined);
  assert.equal(uriParent('file:///a'), 'file:///');
});

test('the core finder over these paths: nearest symposium.json, per-folder default, relative paths for globs', () => {
  const files = new Map([['vscode-vfs://github/owner/repo/symposium.json', '{ "series": "The Mekong Accord" }']]);
  const reads: string[] = [];
  const io: FinderIO = {
    isFile: (p) => files.has(p),
    readText: (p) => {
      reads.push(p);
      const text = files.get(p);
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    parent: uriParent,
  };
  const finder = new SymposiumFinder(io);
  const a = finder.forTake('vscode-vfs://github/owner/repo/takes/2026/a.take');
  const b = finder.forTake('vscode-vfs://github/owner/repo/takes/b.take');
  assert.equal(a.id, configSymposiumId('vscode-vfs://github/owner/repo/symposium.json'));
  assert.equal(b.symposium, a.symposium, 'read and parsed once');
  assert.deepEqual(reads, ['vscode-vfs://github/owner/repo/symposium.json']);
  assert.equal(a.symposium?.style.series, 'The Mekong Accord');
  assert.equal(relativeTo(a.symposium?.root ?? '', 'vscode-vfs://github/owner/repo/takes/2026/a.take'), 'takes/2026/a.take');
  const lone = finder.forTake('vscode-vfs://github/other/repo/c.take');
  assert.equal(lone.id, folderSymposiumId('vscode-vfs://github/other/repo'));
  assert.equal(lone.configFile, undefined);
});

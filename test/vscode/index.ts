// The run() module VS Code loads as extensionTestsPath: runs the mocha suites inside the extension host.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** True for the suites written for a multi-root window (a .code-workspace), which run only there, and only they. */
const isMultiRootSuite = (file: string) => file.startsWith('multi-root');

/** Runs the suite files next to this module that suit the window (one folder, or a multi-root workspace); rejects when a test fails. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  const dir = join(__dirname, 'suite');
  const multiRoot = vscode.workspace.workspaceFile?.path.endsWith('.code-workspace') ?? false;
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.test.js') && isMultiRootSuite(f) === multiRoot)
    .sort())
    mocha.addFile(join(dir, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`${mocha.suite.total() - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}

// The multi-root workspace the extension suite's multi-root run opens: two folders holding the same take,
// whose folder settings (.vscode/settings.json) set commentary.rules differently.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './sample-workspace.mjs';

/** The take both folders hold, and the rule their settings disagree on (it has a 211-word paragraph). */
export const SHARED_TAKE = 'rachel-abernathy.take';
export const FOLDER_RULES = {
  lenient: { 'paragraph-length': 'off' },
  strict: { 'paragraph-length': 'error' },
};

/** Writes the folders and `multi-root.code-workspace` into a new temp folder; returns the workspace file's path and the folder to remove. */
export function multiRootWorkspace(prefix = 'commentary-multi-root-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, rules] of Object.entries(FOLDER_RULES)) {
    mkdirSync(join(dir, name, '.vscode'), { recursive: true });
    for (const file of ['symposium.json', SHARED_TAKE]) copyFileSync(join(ROOT, 'samples', file), join(dir, name, file));
    writeFileSync(join(dir, name, '.vscode/settings.json'), JSON.stringify({ 'commentary.rules': rules }, null, 2));
  }
  const file = join(dir, 'multi-root.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: Object.keys(FOLDER_RULES).map((path) => ({ path })), settings: {} }, null, 2));
  return { file, dir };
}

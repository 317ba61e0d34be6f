// The workspace the extension suite runs in: a fresh copy of samples/ whose workspace settings turn
// paragraph-length off (applied when trusted, ignored in Restricted Mode, as the manifest declares).
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Copies the samples into a new temp folder and returns its path; the caller removes it. */
export function sampleWorkspace(prefix = 'commentary-vscode-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.vscode/settings.json'), JSON.stringify({ 'commentary.rules': { 'paragraph-length': 'off' } }, null, 2));
  return dir;
}

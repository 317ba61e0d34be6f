// Temporary symposium folders for process-level tests (LSP and extension), cleaned up after use.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (relative path → content) into a new temp folder and returns its path and a cleanup. */
export function tempWorkspace(files: Record<string, string>): { root: string; path: (rel: string) => string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'commentary-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return { root, path: (rel) => join(root, rel), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

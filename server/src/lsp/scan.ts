// Lists the takes under a workspace folder, as the CLI does: *.take, .gitignore and symposium ignore respected.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

const SKIP = new Set(['node_modules', '.git']);

/** Every *.take file below `root` that no .gitignore on the way excludes. */
export function listTakes(root: string): string[] {
  const out: string[] = [];
  walk(root, root, [], out);
  return out.sort();
}

/** Walks one folder, stacking the .gitignore rules of the folders above it. */
function walk(root: string, dir: string, rules: Array<{ base: string; ig: Ignore }>, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const stack = entries.some((e) => e.name === '.gitignore' && e.isFile())
    ? [...rules, { base: dir, ig: ignore().add(readText(join(dir, '.gitignore'))) }]
    : rules;
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    const full = join(dir, e.name);
    if (isIgnored(stack, full, e.isDirectory())) continue;
    if (e.isDirectory()) walk(root, full, stack, out);
    else if (e.isFile() && e.name.endsWith('.take')) out.push(full);
  }
}

/** True when a .gitignore above the path excludes it. */
function isIgnored(stack: Array<{ base: string; ig: Ignore }>, full: string, isDir: boolean): boolean {
  for (const { base, ig } of stack) {
    const rel = relative(base, full).split(sep).join('/');
    if (rel && ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** A file's text, or nothing when it cannot be read. */
function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

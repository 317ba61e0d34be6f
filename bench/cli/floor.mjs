// The floor: what any linter must pay at least: find every take below a folder and read each once as UTF-8.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
if (!root) {
  console.error('usage: node bench/cli/floor.mjs <folder> [extension]');
  process.exit(2);
}
const extension = process.argv[3] ?? '.take';

let files = 0;
let chars = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(extension)) continue;
  chars += readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8').length;
  files++;
}
console.log(`${files} files, ${chars} characters`);

// The starter symposium.json --init writes: what the takes agree on, the house spelling and a $schema that resolves.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { DialectEvidence, Inference, SymposiumFile } from '../core';

/** Where the schema sits inside an npm install of commentary-lint. */
const SCHEMA_IN_PACKAGE = join('node_modules', 'commentary-lint', 'schemas', 'symposium.schema.json');

/**
 * The `$schema` for a file in `folder`: the schema of a local npm install (found walking up, as Node finds packages)
 * as a relative path, which works offline and matches the installed version; else the published schema of this
 * version on jsDelivr, which works for a global install or npx too.
 */
export function schemaReference(folder: string, version: string): string {
  for (let dir = folder; ; dir = dirname(dir)) {
    const candidate = join(dir, SCHEMA_IN_PACKAGE);
    if (existsSync(candidate)) {
      const rel = relative(folder, candidate).split(sep).join('/');
      return rel.startsWith('../') ? rel : `./${rel}`;
    }
    if (dirname(dir) === dir) return `https://cdn.jsdelivr.net/npm/commentary-lint@${version}/schemas/symposium.schema.json`;
  }
}

/** The starter file: $schema, the inferred keys, then the spelling (the clear winner, else American); plain JSON that any tool reads. */
export function starterFile(inference: Inference, dialect: DialectEvidence, schema: string): SymposiumFile {
  return { $schema: schema, ...inference.file, spelling: dialect.dialect ?? 'american' };
}

/** The file's text: two-space indented JSON with a final newline. */
export function starterText(file: SymposiumFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

// Writes docs/rules/*.md, the README rule table and the shipped schema from the rule metadata.
import { mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/core';
import { readmeWithTable, ruleDoc, schemaText, SCHEMA_PATH } from './docgen';

mkdirSync('docs/rules', { recursive: true });
mkdirSync('schemas', { recursive: true });
const ids = new Set(RULES.map((r) => r.meta.id));
for (const f of readdirSync('docs/rules')) if (f.endsWith('.md') && !ids.has(f.slice(0, -3))) unlinkSync(`docs/rules/${f}`);
for (const r of RULES) writeFileSync(`docs/rules/${r.meta.id}.md`, ruleDoc(r));
writeFileSync(SCHEMA_PATH, schemaText());
writeFileSync('README.md', readmeWithTable(readFileSync('README.md', 'utf8')));
console.log(`generated ${RULES.length} rule docs, ${SCHEMA_PATH} and the README rule table`);

// The bundled sample symposium as rule tests read it: each take's findings of one rule, with and without its symposium.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintText, parseSymposium } from '../../server/src/core';

const DIR = join(__dirname, '../../samples');

/** `<file>: <covered text>` of every finding of one rule on every sample take, under samples/symposium.json and under none. */
export function sampleFindings(ruleId: string): Array<{ file: string; configured: boolean; found: string[] }> {
  const parsed = parseSymposium(readFileSync(join(DIR, 'symposium.json'), 'utf8'), '/samples/symposium.json', '/samples');
  const out: Array<{ file: string; configured: boolean; found: string[] }> = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.take'))) {
    const text = readFileSync(join(DIR, file), 'utf8');
    for (const symposium of [parsed.symposium, undefined]) {
      const { findings } = lintText(text, { symposium, filePath: `/samples/${file}`, only: [ruleId] });
      out.push({ file, configured: symposium !== undefined, found: findings.map((f) => `${file}: ${text.slice(f.start, f.end)}`) });
    }
  }
  return out;
}

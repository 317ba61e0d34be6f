// What --init prints: each key it wrote or left out, and how many takes agreed.
import { INFERRED_KEYS, type DialectEvidence, type Inference, type SymposiumFile } from '../core';

/** Lines for stdout after the file is written: where, from how many takes, and why each key has its value or none. */
export function initReport(shownPath: string, shownFolder: string, file: SymposiumFile, inference: Inference, dialect: DialectEvidence): string {
  const n = inference.takes;
  const out = [
    n === 0
      ? `No takes (*.take) in ${shownFolder}: wrote ${shownPath} with defaults:`
      : `Wrote ${shownPath}, inferred from ${n} ${n === 1 ? 'take' : 'takes'}:`,
  ];
  const row = (key: string, text: string) => out.push(`  ${key.padEnd(12)} ${text}`);
  for (const key of INFERRED_KEYS) {
    const found = inference.found[key];
    const value = file[key];
    if (value !== undefined) row(key, `${JSON.stringify(value)} (${found.agree} of ${n} takes)`);
    else row(key, `not set: ${whyNot(found.agree, found.variants, n)}`);
  }
  row('spelling', `${JSON.stringify(file.spelling)} (${spellingWhy(dialect)})`);
  row('$schema', JSON.stringify(file.$schema));
  if (n === 0) out.push('Add series, headline ({series} and {contributor}) and editorsNote by hand, or run --init again once there are takes.');
  else out.push(`Takes that differ from it are reported: run commentary-lint ${/^[\w./-]+$/.test(shownFolder) ? shownFolder : JSON.stringify(shownFolder)}`);
  return out.join('\n') + '\n';
}

/** Why a key was left out: no takes, none had it, or no value was shared by more than half of them. */
function whyNot(agree: number, variants: number, takes: number): string {
  if (takes === 0) return 'no takes to infer it from';
  if (variants === 0) return 'no take has one the reader recognises';
  return `takes disagree (${variants} different, the most common in ${agree} of ${takes}; more than half must agree)`;
}

/** Why the spelling is what it is. */
function spellingWhy(d: DialectEvidence): string {
  const counts = `${d.american} American and ${d.british} British spellings found`;
  if (d.dialect) return counts;
  if (d.american + d.british === 0) return 'the default: no American or British spellings found';
  return `the default: ${counts}, too close to call`;
}

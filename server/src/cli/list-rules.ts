// What --list-rules prints: every rule with its default severity, whether it fixes, and what it checks.
import { RULES, ruleDocUrl } from '../core';

/** The rule catalogue as an aligned table, or as JSON. */
export function listRules(json: boolean): string {
  const rows = RULES.map((r) => ({
    id: r.meta.id,
    category: r.meta.category,
    severity: r.meta.severity,
    fixable: r.meta.fixable,
    hasSuggestions: r.meta.hasSuggestions,
    description: r.meta.description,
    docs: ruleDocUrl(r.meta.id),
  }));
  if (json) return JSON.stringify(rows, null, 2) + '\n';
  const fixes = (r: (typeof rows)[number]) => (r.fixable ? 'fix' : r.hasSuggestions ? 'suggestion' : '-');
  const idWidth = Math.max(...rows.map((r) => r.id.length), 'rule'.length);
  const header = `${'rule'.padEnd(idWidth)}  default  fixable     description`;
  const lines = rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${fixes(r).padEnd(10)}  ${r.description}`);
  return [header, ...lines].join('\n') + '\n';
}

// Drops the findings a take's inline directives disable, and notes which directives did so.
import type { Directive, DirectiveRule, Finding } from './types';

/** The findings no directive disables; every directive rule that disabled one is marked `used` (in place). */
export function suppress(findings: Finding[], directives: readonly Directive[]): Finding[] {
  if (directives.length === 0 || findings.length === 0) return findings;
  const disabling = directives.filter((d) => d.kind !== 'enable').flatMap((d) => d.rules);
  return findings.filter((f) => {
    let hit = false;
    for (const r of disabling) {
      if (covers(r, f)) {
        r.used = true;
        hit = true;
      }
    }
    return !hit;
  });
}

/** True when a directive rule disables a finding: the same rule (or every rule) and the finding starts in its range. */
function covers(r: DirectiveRule, f: Finding): boolean {
  return (r.id === undefined || r.id === f.ruleId) && f.start >= r.from && f.start < r.to;
}

/** A copy of a take's directives whose `used` marks can change without touching the take's own. */
export function copyDirectives(directives: readonly Directive[]): Directive[] {
  return directives.map((d) => ({ ...d, rules: d.rules.map((r) => ({ ...r })) }));
}

// Drops the findings a take's inline directives disable, and notes which directives did so.
import type { Directive, DirectiveRule, Finding } from './types';

/** The directive rules of one id (or of every rule, key ''), among those whose range has begun. */
interface Bucket {
  /** The furthest end of their ranges: a finding that starts before it lies in one of them. */
  maxTo: number;
  /** Those not yet marked used. */
  fresh: DirectiveRule[];
}

/**
 * The findings no directive disables; every directive rule that disabled one is marked `used` (in place).
 * One sweep over findings and ranges by position, so a take full of directives stays linear (after sorting).
 */
export function suppress(findings: Finding[], directives: readonly Directive[]): Finding[] {
  const ranges = directives.filter((d) => d.kind !== 'enable').flatMap((d) => d.rules.filter((r) => r.to > r.from));
  if (ranges.length === 0 || findings.length === 0) return findings;
  ranges.sort((a, b) => a.from - b.from);
  const order = findings.map((_, k) => k).sort((a, b) => findings[a].start - findings[b].start);
  const buckets = new Map<string, Bucket>();
  const dropped = new Uint8Array(findings.length);
  let next = 0;
  for (const k of order) {
    const start = findings[k].start;
    for (; next < ranges.length && ranges[next].from <= start; next++) begin(buckets, ranges[next]);
    for (const key of [findings[k].ruleId, '']) {
      const b = buckets.get(key);
      if (b && b.maxTo > start) {
        dropped[k] = 1;
        for (const r of b.fresh) if (r.to > start) r.used = true;
        b.fresh = b.fresh.filter((r) => !r.used && r.to > start);
      }
    }
  }
  return findings.filter((_, k) => dropped[k] === 0);
}

/** Adds a range that has begun to the bucket of its rule. */
function begin(buckets: Map<string, Bucket>, r: DirectiveRule): void {
  const key = r.id ?? '';
  const b = buckets.get(key);
  if (!b) buckets.set(key, { maxTo: r.to, fresh: [r] });
  else {
    b.maxTo = Math.max(b.maxTo, r.to);
    b.fresh.push(r);
  }
}

/** A copy of a take's directives whose `used` marks can change without touching the take's own. */
export function copyDirectives(directives: readonly Directive[]): Directive[] {
  return directives.map((d) => ({ ...d, rules: d.rules.map((r) => ({ ...r })) }));
}

// Finds the symposium of each take (or the one --config names), collecting config problems instead of guessing.
import { RULES, effectiveRules, isConfigured, isIgnored, type ConfigProblem, type RuleSetting, type Symposium, type SymposiumId } from '../core';
import { SymposiumFinder, toCorePath } from '../node';

/** A take's symposium and its identity (which corpus the take is compared within). */
export interface ResolvedSymposium {
  id: SymposiumId;
  symposium: Symposium;
}

/** Resolves symposiums for takes, remembering each one met so the run can hand them to worker threads. */
export class ConfigResolver {
  /** Every symposium returned so far, by identity. */
  readonly symposiums = new Map<SymposiumId, Symposium>();
  private readonly finder = new SymposiumFinder();
  private readonly problemsByFile = new Map<string, ConfigProblem[]>();

  /** `configFile` is --config: used for every take instead of the nearest symposium.json. */
  constructor(private readonly configFile?: string) {}

  /** The symposium of a take, or undefined when its symposium.json has problems (kept for problems()). */
  forTake(takePath: string): ResolvedSymposium | undefined {
    const found = this.configFile ? this.finder.forConfig(this.configFile) : this.finder.forTake(takePath);
    if (!found.symposium) {
      this.problemsByFile.set(found.problems[0].filePath, found.problems);
      return undefined;
    }
    this.symposiums.set(found.id, found.symposium);
    return { id: found.id, symposium: found.symposium };
  }

  /** Every problem found in every symposium.json read so far. */
  problems(): ConfigProblem[] {
    return [...this.problemsByFile.values()].flat();
  }

  /** True when the take's symposium `ignore` globs leave it out. */
  isIgnored(takePath: string): boolean {
    const found = this.forTake(takePath);
    return found !== undefined && isIgnored(found.symposium, toCorePath(takePath));
  }
}

/** What --print-config shows: where the config comes from, the house style and every rule's setting. */
export function describeConfig(takePath: string, symposium: Symposium, ignored: boolean, ruleSettings: Record<string, RuleSetting>): object {
  const effective = effectiveRules(RULES, symposium, takePath, ruleSettings);
  const rules: Record<string, { severity: string; options?: Record<string, unknown>; needs?: string }> = {};
  for (const rule of RULES) {
    const setting = effective.get(rule.meta.id);
    const needs = rule.meta.requiresConfig;
    if (setting) rules[rule.meta.id] = { severity: setting.severity, options: setting.options };
    else if (needs && !isConfigured(symposium.style, needs)) rules[rule.meta.id] = { severity: 'off', needs };
    else rules[rule.meta.id] = { severity: 'off' };
  }
  return { filePath: takePath, symposium: symposium.filePath ?? null, root: symposium.root, ignored, houseStyle: symposium.style, rules };
}

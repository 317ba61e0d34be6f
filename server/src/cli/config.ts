// Finds the symposium of each take (or the one --config names), collecting config problems instead of guessing.
import { dirname, resolve } from 'node:path';
import picomatch from 'picomatch';
import { RULES, SymposiumFinder, defaultSymposium, effectiveRules, type ConfigProblem, type RuleSetting, type Symposium } from '../core';
import { relativePath } from '../core/config/resolve';

/** Resolves symposiums for takes; each distinct symposium gets an index (it is also the take's corpus). */
export class ConfigResolver {
  readonly symposiums: Symposium[] = [];
  private readonly finder = new SymposiumFinder();
  private readonly index = new Map<Symposium, number>();
  private readonly defaults = new Map<string, Symposium>();
  private readonly problemsByFile = new Map<string, ConfigProblem[]>();
  private readonly ignoreMatchers = new Map<Symposium, (rel: string) => boolean>();

  /** `configFile` is --config: used for every take instead of the nearest symposium.json. */
  constructor(private readonly configFile?: string) {}

  /** The symposium of a take, or undefined when its symposium.json has problems (kept for problems()). */
  forTake(takePath: string): Symposium | undefined {
    const parsed = this.configFile ? this.finder.load(resolve(this.configFile)) : this.finder.forTake(takePath);
    if (parsed.problems.length > 0) {
      this.problemsByFile.set(parsed.problems[0].filePath, parsed.problems);
      return undefined;
    }
    let symposium = parsed.symposium!;
    if (!symposium.filePath) symposium = this.defaultFor(dirname(takePath), symposium);
    if (!this.index.has(symposium)) {
      this.index.set(symposium, this.symposiums.length);
      this.symposiums.push(symposium);
    }
    return symposium;
  }

  /** The corpus number of a symposium returned by forTake. */
  indexOf(symposium: Symposium): number {
    return this.index.get(symposium)!;
  }

  /** Every problem found in every symposium.json read so far. */
  problems(): ConfigProblem[] {
    return [...this.problemsByFile.values()].flat();
  }

  /** True when the take's symposium `ignore` globs leave it out (the matcher is compiled once per symposium). */
  isIgnored(takePath: string): boolean {
    const symposium = this.forTake(takePath);
    if (!symposium?.file.ignore?.length) return false;
    let matcher = this.ignoreMatchers.get(symposium);
    if (!matcher) {
      matcher = picomatch(symposium.file.ignore, { dot: true });
      this.ignoreMatchers.set(symposium, matcher);
    }
    return matcher(relativePath(symposium, takePath));
  }

  /** Takes without a symposium.json share one default symposium per folder (so they form one corpus). */
  private defaultFor(dir: string, fresh: Symposium): Symposium {
    let symposium = this.defaults.get(dir);
    if (!symposium) {
      symposium = fresh.root === dir ? fresh : defaultSymposium(dir);
      this.defaults.set(dir, symposium);
    }
    return symposium;
  }
}

/** What --print-config shows: where the config comes from, the house style and every rule's setting. */
export function describeConfig(takePath: string, symposium: Symposium, ignored: boolean, ruleSettings: Record<string, RuleSetting>): object {
  const effective = effectiveRules(symposium, takePath, ruleSettings);
  const rules: Record<string, { severity: string; options?: Record<string, unknown>; needs?: string }> = {};
  for (const rule of RULES) {
    const setting = effective.get(rule.meta.id);
    const needs = rule.meta.requiresConfig;
    if (setting) rules[rule.meta.id] = { severity: setting.severity, options: setting.options };
    else if (needs && symposium.style[needs] === undefined) rules[rule.meta.id] = { severity: 'off', needs };
    else rules[rule.meta.id] = { severity: 'off' };
  }
  return { filePath: takePath, symposium: symposium.filePath ?? null, root: symposium.root, ignored, houseStyle: symposium.style, rules };
}

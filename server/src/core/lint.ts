// The lint engine: parses a take, runs the enabled rules, and turns reports into findings.
import { applyEdits } from './fixes';
import { parseTake } from './parser/parse';
import { proseSpans } from './prose';
import { isCorpusRule, type CorpusEntry, type TakeRule } from './rule';
import { RULES, ruleById } from './rules';
import { summarize } from './summary';
import { effectiveRules, type EffectiveRules } from './config/resolve';
import { defaultSymposium } from './config/parse';
import type { RuleSetting, Symposium } from './config/types';
import type { Finding, Take, TakeSummary } from './types';

export interface LintOptions {
  filePath?: string;
  symposium?: Symposium;
  /** Settings applied over the symposium's (command line, editor settings). */
  ruleSettings?: Record<string, RuleSetting>;
  /** Runs these rules only (tests, "fix all of one rule"). */
  only?: readonly string[];
}

export interface LintResult {
  take: Take;
  findings: Finding[];
  summary: TakeSummary;
  /** The rules that ran, for corpus rules and reports. */
  rules: EffectiveRules;
}

/** Lints one take's text. Never throws: a rule that throws becomes one finding naming it. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const symposium = options.symposium ?? defaultSymposium('.');
  const rules = selectRules(effectiveRules(symposium, options.filePath, options.ruleSettings), options.only);
  const take = parseTake(text, { series: symposium.style.series, headline: symposium.style.headline });
  const ctx = {
    text,
    take,
    style: symposium.style,
    filePath: options.filePath,
    prose: proseSpans(take, symposium.style),
    options: {} as Record<string, unknown>,
  };
  const findings: Finding[] = [];
  for (const [id, setting] of rules) {
    const rule = ruleById(id);
    if (!rule || isCorpusRule(rule)) continue;
    ctx.options = setting.options;
    try {
      for (const r of (rule as TakeRule).check(ctx)) findings.push({ ...r, ruleId: id, severity: setting.severity });
    } catch (e) {
      findings.push({ ruleId: id, severity: 'error', message: `Rule "${id}" failed on this take: ${(e as Error)?.message ?? e}`, start: 0, end: 0 });
    }
  }
  findings.sort(byPosition);
  return { take, findings, summary: summarize(take, options.filePath ?? ''), rules };
}

/** Keeps only the listed rules, when a list is given. */
function selectRules(rules: EffectiveRules, only: readonly string[] | undefined): EffectiveRules {
  if (!only) return rules;
  return new Map([...rules].filter(([id]) => only.includes(id)));
}

/** Orders findings by where they start, then end, then rule. */
export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

/** One take of a symposium, for the corpus rules. */
export interface CorpusMember {
  summary: TakeSummary;
  rules: EffectiveRules;
}

/** Runs the corpus rules over the takes of one symposium; returns findings by file path. */
export function lintCorpus(members: CorpusMember[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const rule of RULES) {
    if (!isCorpusRule(rule)) continue;
    const id = rule.meta.id;
    const entries: CorpusEntry[] = [];
    const severity = new Map<string, EffectiveRule>();
    for (const m of members) {
      const setting = m.rules.get(id);
      if (!setting) continue;
      entries.push({ summary: m.summary, options: setting.options });
      severity.set(m.summary.filePath, setting);
    }
    if (entries.length < 2) continue;
    try {
      for (const r of rule.checkCorpus(entries)) {
        const { filePath, ...report } = r;
        const list = out.get(filePath) ?? [];
        list.push({ ...report, ruleId: id, severity: severity.get(filePath)?.severity ?? rule.meta.severity });
        out.set(filePath, list);
      }
    } catch (e) {
      const first = entries[0].summary.filePath;
      out.set(first, [
        ...(out.get(first) ?? []),
        { ruleId: id, severity: 'error', message: `Rule "${id}" failed on this symposium: ${(e as Error)?.message ?? e}`, start: 0, end: 0 },
      ]);
    }
  }
  return out;
}

type EffectiveRule = EffectiveRules extends Map<string, infer V> ? V : never;

export interface FixResult {
  output: string;
  /** How many fixes were applied in all passes. */
  applied: number;
  passes: number;
  /** What is left after the last pass. */
  result: LintResult;
}

/** Applies every safe fix, re-linting between passes until nothing fixable is left (at most 10 passes). */
export function fixText(text: string, options: LintOptions = {}): FixResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  let result = lintText(current, options);
  while (passes < 10) {
    const fixes = result.findings.filter((f) => f.fix).map((f) => f.fix!);
    if (fixes.length === 0) break;
    const step = applyEdits(current, fixes);
    if (step.applied === 0 || step.output === current) break;
    current = step.output;
    applied += step.applied;
    passes++;
    result = lintText(current, options);
  }
  return { output: current, applied, passes, result };
}

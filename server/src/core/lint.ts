// The lint engine: parses a take, runs the rules it is given, and turns their reports into findings.
import { readDirectives } from './directives';
import { applyEdits } from './fixes';
import { parseTake } from './parser/parse';
import { proseSpans } from './prose';
import { isCorpusRule, type CorpusEntry, type CorpusRule, type Rule, type RuleContext } from './rule';
import { summarize } from './summary';
import { copyDirectives, suppress } from './suppress';
import { effectiveRules, type EffectiveRule, type EffectiveRules } from './config/resolve';
import { defaultSymposium } from './config/parse';
import type { RuleSetting, Symposium } from './config/types';
import type { Spellers } from './speller';
import type { Directive, Finding, Take, TakeSummary } from './types';

/** Everything the engine reads: nothing comes from globals or the file system. */
export interface LintInput {
  /** The rules that may run: the catalogue (RULES), a filtered list, or a test's own rules. */
  rules: readonly Rule[];
  /** The take's symposium (its parsed symposium.json); absent means the general shape's defaults. */
  symposium?: Symposium;
  /** The take's '/'-separated path: matched against `overrides` and named by corpus findings. */
  filePath?: string;
  /** Settings applied over the symposium's (command line, editor settings). */
  ruleSettings?: Record<string, RuleSetting>;
  /** Spelling dictionaries by dialect; only the house one is read, and only when `spelling` is on. */
  spellers?: Spellers;
}

export interface LintResult {
  take: Take;
  findings: Finding[];
  summary: TakeSummary;
  /** The rules that ran and their settings, for the corpus rules and reports. */
  settings: EffectiveRules;
}

/** Lints one take's text. Never throws: a rule that throws becomes one finding naming it. */
export function lint(text: string, input: LintInput): LintResult {
  const symposium = input.symposium ?? defaultSymposium('.');
  const settings = effectiveRules(input.rules, symposium, input.filePath, input.ruleSettings);
  const take = parseTake(text, { series: symposium.style.series, headline: symposium.style.headline });
  const style = symposium.style;
  const speller = style.spelling === 'off' || !needsSpeller(input.rules, settings) ? undefined : input.spellers?.[style.spelling];
  const ctx: RuleContext = { text, take, style, filePath: input.filePath, prose: proseSpans(take, style), options: {}, speller };
  const findings: Finding[] = [];
  const summary = summarize(take, input.filePath ?? '');
  let data: Record<string, unknown> | undefined;
  for (const rule of input.rules) {
    const id = rule.meta.id;
    const setting = settings.get(id);
    if (!setting || (isCorpusRule(rule) && !rule.collect)) continue;
    ctx.options = setting.options;
    try {
      if (isCorpusRule(rule)) (data ??= {})[id] = rule.collect!(ctx, summary);
      else for (const r of rule.check(ctx)) findings.push({ ...r, ruleId: id, severity: setting.severity });
    } catch (e) {
      findings.push({ ruleId: id, severity: 'error', message: `Rule "${id}" failed on this take: ${(e as Error)?.message ?? e}`, start: 0, end: 0 });
    }
  }
  findings.sort(byPosition);
  if (data) summary.data = data;
  const unknown = unknownWords(findings);
  if (unknown.length > 0) summary.unknownWords = unknown;
  if (take.comments.length === 0) return { take, findings, summary, settings };
  const directives = readDirectives(take, { known: (id) => input.rules.some((r) => r.meta.id === id), active: (id) => settings.has(id) });
  if (directives.length > 0) summary.directives = directives;
  return { take, findings: suppress(findings, directives), summary, settings };
}

/** True when an enabled rule reads the house dictionary (the rules that need `spelling` set): only then is one loaded. */
function needsSpeller(rules: readonly Rule[], settings: EffectiveRules): boolean {
  return rules.some((r) => r.meta.requiresConfig === 'spelling' && settings.has(r.meta.id));
}

/** The distinct words of the findings the corpus may waive, for the summary. */
function unknownWords(findings: Finding[]): string[] {
  let words: Set<string> | undefined;
  for (const f of findings) if (f.corpusWord !== undefined) (words ??= new Set()).add(f.corpusWord);
  return words ? [...words] : [];
}

/** Orders findings by where they start, then end, then rule. */
export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

/** One take of a symposium, for the corpus rules: its summary and the settings lint() resolved for it. */
export interface CorpusMember {
  summary: TakeSummary;
  settings: EffectiveRules;
}

/**
 * Runs the corpus rules among `rules` over the takes of one symposium; returns findings by file path.
 * Then each take's directives suppress the corpus findings they disable, and only after that run the
 * rules that judge the suppression itself (`unused-disable`), on copies of the directives that know
 * what both the take's findings and the corpus findings used.
 */
export function lintCorpus(members: readonly CorpusMember[], rules: readonly Rule[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const last: CorpusRule[] = [];
  for (const rule of rules) {
    if (!isCorpusRule(rule)) continue;
    if (rule.meta.afterSuppression) last.push(rule);
    else runCorpusRule(rule, members, out);
  }
  const settled = suppressCorpusFindings(members, out);
  for (const rule of last) runCorpusRule(rule, settled, out);
  return out;
}

/** Runs one corpus rule over the members that enable it and adds its findings to `out`, by file. */
function runCorpusRule(rule: CorpusRule, members: readonly CorpusMember[], out: Map<string, Finding[]>): void {
  const id = rule.meta.id;
  const entries: CorpusEntry[] = [];
  const severity = new Map<string, EffectiveRule>();
  for (const m of members) {
    const setting = m.settings.get(id);
    if (!setting) continue;
    entries.push({ summary: m.summary, options: setting.options });
    severity.set(m.summary.filePath, setting);
  }
  if (entries.length < (rule.meta.minTakes ?? 2)) return;
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

/** Drops the corpus findings each take's directives disable; returns the members with directives that record it. */
function suppressCorpusFindings(members: readonly CorpusMember[], out: Map<string, Finding[]>): CorpusMember[] {
  return members.map((m) => {
    const own: Directive[] | undefined = m.summary.directives;
    if (!own) return m;
    const directives = copyDirectives(own);
    const path = m.summary.filePath;
    const found = out.get(path);
    if (found) out.set(path, suppress(found, directives));
    return { ...m, summary: { ...m.summary, directives } };
  });
}

export interface FixResult {
  output: string;
  /** How many fixes were applied in all passes. */
  applied: number;
  passes: number;
  /** What is left after the last pass. */
  result: LintResult;
}

/** Applies every safe fix of the given rules, re-linting between passes until nothing fixable is left (at most 10 passes). */
export function fix(text: string, input: LintInput): FixResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  let result = lint(current, input);
  while (passes < 10) {
    const fixes = result.findings.filter((f) => f.fix).map((f) => f.fix!);
    if (fixes.length === 0) break;
    const step = applyEdits(current, fixes);
    if (step.applied === 0 || step.output === current) break;
    current = step.output;
    applied += step.applied;
    passes++;
    result = lint(current, input);
  }
  return { output: current, applied, passes, result };
}

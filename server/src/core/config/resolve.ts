// Works out which rules run on a take, at which severity and with which options.
import type { Rule } from '../rule';
import type { Severity, SeverityOrOff } from '../types';
import { compileGlobs } from './glob';
import { relativeTo } from './paths';
import type { HouseStyle, RuleSetting, Symposium } from './types';

export interface EffectiveRule {
  severity: Severity;
  options: Record<string, unknown>;
}

export type EffectiveRules = Map<string, EffectiveRule>;

/** Splits a setting into severity and options. */
function readSetting(setting: RuleSetting): { severity: SeverityOrOff; options: Record<string, unknown> } {
  if (Array.isArray(setting)) return { severity: setting[0], options: (setting[1] as Record<string, unknown>) ?? {} };
  return { severity: setting, options: {} };
}

/** A take's path relative to its symposium's folder (both '/'-separated), for glob matching and display. */
export function relativePath(symposium: Symposium, filePath: string): string {
  return relativeTo(symposium.root, filePath);
}

/** True when a glob list matches a path (dot files included). */
export function matchesAny(globs: string[], rel: string): boolean {
  return globs.length > 0 && matcher(globs)(rel);
}

const matchers = new Map<string, (path: string) => boolean>();

/** A compiled glob matcher, built once per glob list (linear-time: see ./glob). */
function matcher(globs: string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = compileGlobs(globs)));
  return m;
}

/** Resolved rule sets per rule list and symposium, keyed by which overrides apply and the extra settings. */
const cache = new WeakMap<readonly Rule[], WeakMap<Symposium, Map<string, EffectiveRules>>>();

/**
 * Which of `rules` run on `filePath`, and how: defaults, then the symposium's `rules`, then each matching
 * `overrides` entry in order, then `extra` (command-line or editor settings). Rules set `off` are left out.
 * Takes that match the same overrides share one (read-only) result.
 */
export function effectiveRules(
  rules: readonly Rule[],
  symposium: Symposium,
  filePath: string | undefined,
  extra: Record<string, RuleSetting> = {},
): EffectiveRules {
  const overrides = symposium.file.overrides ?? [];
  const rel = filePath && overrides.length ? relativePath(symposium, filePath) : '';
  const matching = rel ? overrides.filter((o) => matchesAny(o.files, rel)) : [];
  const key = `${matching.map((o) => overrides.indexOf(o)).join(',')}|${settingsKey(extra)}`;
  let byList = cache.get(rules);
  if (!byList) cache.set(rules, (byList = new WeakMap<Symposium, Map<string, EffectiveRules>>()));
  let bySymposium = byList.get(symposium);
  if (!bySymposium) byList.set(symposium, (bySymposium = new Map<string, EffectiveRules>()));
  let resolved = bySymposium.get(key);
  if (!resolved) bySymposium.set(key, (resolved = resolve(rules, symposium, [symposium.file.rules ?? {}, ...matching.map((o) => o.rules ?? {}), extra])));
  return resolved;
}

const settingsKeys = new WeakMap<object, string>();

/** The cache key of a settings object, serialised once per object (the CLI passes the same one for every take). */
function settingsKey(extra: Record<string, RuleSetting>): string {
  let key = settingsKeys.get(extra);
  if (key === undefined) settingsKeys.set(extra, (key = JSON.stringify(extra)));
  return key;
}

/** Applies the setting layers over each rule's defaults. */
function resolve(rules: readonly Rule[], symposium: Symposium, layers: Array<Record<string, RuleSetting>>): EffectiveRules {
  const out: EffectiveRules = new Map();
  for (const rule of rules) {
    const defaults = Object.fromEntries(Object.entries(rule.meta.options).map(([k, o]) => [k, o.default]));
    let severity: SeverityOrOff = rule.meta.severity;
    let options: Record<string, unknown> = defaults;
    for (const layer of layers) {
      const setting = layer[rule.meta.id];
      if (setting === undefined) continue;
      const read = readSetting(setting);
      severity = read.severity;
      options = { ...options, ...read.options };
    }
    if (rule.meta.requiresConfig && !isConfigured(symposium.style, rule.meta.requiresConfig)) continue;
    if (severity !== 'off') out.set(rule.meta.id, { severity, options });
  }
  return out;
}

/** True when the symposium's `ignore` globs leave this take out. */
export function isIgnored(symposium: Symposium, filePath: string): boolean {
  return matchesAny(symposium.file.ignore ?? [], relativePath(symposium, filePath));
}

/** True when the symposium sets a house-style key a rule needs: not absent, not `off`, not an empty list or map. */
export function isConfigured(style: HouseStyle, key: keyof HouseStyle): boolean {
  const value = style[key];
  if (value === undefined || value === 'off') return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value !== 'object' || Object.keys(value).length > 0;
}

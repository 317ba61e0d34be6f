// The core's public surface: what the CLI, the language server, scripts and tests import. No I/O in here.
import { RULES } from './rules';
import { fix, lint, type FixResult, type LintInput, type LintResult } from './lint';
import type { Rule } from './rule';

export * from './types';
export * from './rule';
export { RULES, ruleById } from './rules';
export { parseTake } from './parser/parse';
export { lint, fix, lintCorpus, byPosition, type LintInput, type LintResult, type CorpusMember, type FixResult } from './lint';
export { applyEdits } from './fixes';
export { summarize } from './summary';
export type { Dialect, Speller, Spellers } from './speller';
export { sharedWords, waiveSharedWords, SHARED_WORD_TAKES } from './corpus-words';
export { joinNames, nameCompareKey, samePeople } from './names-compare';
export { LineIndex, countWords, lineStarts, lineOf, withoutAccents } from './text';
export { parseSymposium, houseStyle, defaultSymposium, SYMPOSIUM_FILE, type ParsedSymposium } from './config/parse';
export { effectiveRules, isConfigured, isIgnored, relativePath, type EffectiveRule, type EffectiveRules } from './config/resolve';
export { baseName, isInside, relativeTo } from './config/paths';
export { SymposiumFinder, childPath, type FinderIO, type SymposiumLookup } from './config/finder';
export * from './config/symposium-id';
export { buildSchema } from './config/schema';
export { inferSymposium, INFERRED_KEYS, type Inference, type Inferred, type InferredKey } from './config/infer';
export { inferDialect, type DialectEvidence } from './config/infer-dialect';
export { closest } from './config/validate';
export type * from './config/types';
export { ruleDocUrl, DOCS_BASE } from './docs';

/** lint() and fix() input with the whole catalogue bound: `only` keeps the rules with these ids. */
export type CatalogueInput = Omit<LintInput, 'rules'> & { only?: readonly string[] };

/** Lints with every rule of the catalogue (or the `only` ones): for scripts and tests that need no rule list of their own. */
export function lintText(text: string, input: CatalogueInput = {}): LintResult {
  return lint(text, { ...input, rules: catalogue(input.only) });
}

/** Fixes with every rule of the catalogue (or the `only` ones). */
export function fixText(text: string, input: CatalogueInput = {}): FixResult {
  return fix(text, { ...input, rules: catalogue(input.only) });
}

const filtered = new Map<string, readonly Rule[]>();

/** The catalogue, or the part of it `only` names; one array per id list, so resolved settings are cached. */
function catalogue(only: readonly string[] | undefined): readonly Rule[] {
  if (!only) return RULES;
  const key = only.join('\u0000');
  let rules = filtered.get(key);
  if (!rules) filtered.set(key, (rules = RULES.filter((r) => only.includes(r.meta.id))));
  return rules;
}

// The core's public surface: what the CLI and the language server import.
export * from './types';
export * from './rule';
export { RULES, ruleById } from './rules';
export { parseTake } from './parser/parse';
export { lintText, lintCorpus, fixText, byPosition, type LintOptions, type LintResult, type CorpusMember, type FixResult } from './lint';
export { applyEdits } from './fixes';
export { summarize } from './summary';
export { LineIndex, countWords, lineStarts, lineOf } from './text';
export { parseSymposium, houseStyle, defaultSymposium } from './config/parse';
export { SymposiumFinder, SYMPOSIUM_FILE } from './config/discover';
export { effectiveRules, isIgnored, relativePath, type EffectiveRules } from './config/resolve';
export { buildSchema } from './config/schema';
export type * from './config/types';
export { ruleDocUrl, DOCS_BASE } from './docs';

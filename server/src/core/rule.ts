// What a rule file exports: metadata the docs and schema are generated from, and a check.
import type { HouseStyle } from './config/types';
import type { Speller } from './speller';
import type { Report, Severity, Take, TakeSummary, Span } from './types';

export type RuleCategory = 'structure' | 'headline' | 'pull-quote' | 'editors-note' | 'byline' | 'image' | 'body' | 'typography' | 'corpus';

/** One rule option: its JSON-schema type, default and description. */
export interface OptionSpec {
  type: 'integer' | 'number' | 'string' | 'boolean';
  default: number | string | boolean;
  description: string;
  enum?: Array<string>;
  minimum?: number;
}

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  /** One sentence, no final period: shown in the rule table, hovers and SARIF. */
  description: string;
  /** Why the rule exists and what it accepts, for its doc page (Markdown). */
  rationale: string;
  severity: Severity;
  fixable: boolean;
  hasSuggestions: boolean;
  /** Runs only when the symposium sets this house-style key. */
  requiresConfig?: keyof HouseStyle;
  options: Record<string, OptionSpec>;
  /** Short snippets for the doc page. */
  examples: { invalid: string; valid: string };
}

/** What a take rule sees. */
export interface RuleContext {
  text: string;
  take: Take;
  style: HouseStyle;
  /** The rule's options, defaults filled in. */
  options: Record<string, unknown>;
  filePath?: string;
  /** The stretches of prose a typography rule may check and fix (dictated text left out). */
  prose: Span[];
  /** The house dictionary, when `spelling` is on and the host offers one. */
  speller?: Speller;
}

export interface TakeRule {
  meta: RuleMeta & { scope?: 'take' };
  check(ctx: RuleContext): Report[];
}

/** One take as a corpus rule sees it. */
export interface CorpusEntry {
  summary: TakeSummary;
  options: Record<string, unknown>;
}

/** A corpus rule's report, naming the take it belongs to. */
export interface CorpusReport extends Report {
  filePath: string;
}

export interface CorpusRule {
  meta: RuleMeta & {
    scope: 'corpus';
    /** How many takes the rule needs to say anything (default 2; 1 for a rule that also compares a take with itself). */
    minTakes?: number;
    /** Runs after every other rule's findings are in and the directives have suppressed theirs (`unused-disable`). */
    afterSuppression?: boolean;
  };
  /**
   * Gathers what the rule needs of one take while it is linted (plain data, kept in `summary.data[id]`): work done
   * here runs on the worker threads, not in the one corpus pass after them.
   */
  collect?(ctx: RuleContext, summary: TakeSummary): unknown;
  checkCorpus(entries: CorpusEntry[]): CorpusReport[];
}

export type Rule = TakeRule | CorpusRule;

/** Tells corpus rules from take rules. */
export function isCorpusRule(rule: Rule): rule is CorpusRule {
  return rule.meta.scope === 'corpus';
}

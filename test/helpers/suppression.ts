// Lints takes the way the hosts do (every rule, then the corpus stage), for the inline-directive tests.
import { RULES, byPosition, lint, lintCorpus, type Finding, type SymposiumFile } from '../../server/src/core';
import { SPELLERS, symposiumFor } from './rule-cases';

/** Every finding of each take, take rules and corpus rules together, after the directives have suppressed theirs. */
export function lintLikeHosts(files: Record<string, string>, config?: SymposiumFile): Record<string, Finding[]> {
  const symposium = symposiumFor(config);
  const results = Object.entries(files).map(([name, text]) => ({
    name,
    result: lint(text, { rules: RULES, symposium, filePath: `/symposium/${name}`, spellers: SPELLERS }),
  }));
  const corpus = lintCorpus(
    results.map((r) => ({ summary: r.result.summary, settings: r.result.settings })),
    RULES,
  );
  return Object.fromEntries(results.map((r) => [r.name, [...r.result.findings, ...(corpus.get(`/symposium/${r.name}`) ?? [])].sort(byPosition)]));
}

/** One take's findings of the given rules, as `rule "text"` lines for readable assertions. */
export function described(text: string, findings: Finding[], rules: readonly string[]): string[] {
  return findings.filter((f) => rules.includes(f.ruleId)).map((f) => `${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))}`);
}

// Words a symposium makes acceptable by using them: a word three takes use is the field's vocabulary, not a typo.
import type { Finding, TakeSummary } from './types';

/** How many takes must use a word for the symposium to accept it: the take itself and at least two others. */
export const SHARED_WORD_TAKES = 3;

/** The unknown words (spelling's `corpusWord`s) that at least SHARED_WORD_TAKES takes of one symposium use. */
export function sharedWords(summaries: Iterable<TakeSummary>): Set<string> {
  const takes = new Map<string, number>();
  const shared = new Set<string>();
  for (const s of summaries) {
    for (const word of s.unknownWords ?? []) {
      const n = (takes.get(word) ?? 0) + 1;
      takes.set(word, n);
      if (n >= SHARED_WORD_TAKES) shared.add(word);
    }
  }
  return shared;
}

/** A take's findings without those about words the symposium accepts. */
export function waiveSharedWords(findings: Finding[], shared: ReadonlySet<string>): Finding[] {
  if (shared.size === 0 || !findings.some((f) => f.corpusWord !== undefined && shared.has(f.corpusWord))) return findings;
  return findings.filter((f) => f.corpusWord === undefined || !shared.has(f.corpusWord));
}

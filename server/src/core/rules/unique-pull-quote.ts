// Rule unique-pull-quote: No two takes of a symposium share a pull-quote.
import type { CorpusRule } from '../rule';
import { collected, listFiles, reportShared, type Keyed } from '../corpus-groups';
import type { TakeSummary } from '../types';
import { normalizeForComparison } from '../text';

export const rule: CorpusRule = {
  meta: {
    id: 'unique-pull-quote',
    category: 'corpus',
    description: 'No two takes of a symposium share a pull-quote',
    rationale:
      'Identical pull-quotes on the landing page read as a copy-paste error. Quote marks, dashes, white space, case and final punctuation are ignored. Each of the takes is reported, pointing at the others.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'two takes with “Talks will resume.”',
      valid: 'each take with its own pull-quote',
    },
    scope: 'corpus',
  },
  // The pull-quote's comparison key, made while the take is linted (on a worker thread in the CLI).
  collect: (_ctx, summary) => pullQuoteKey(summary),
  // Groups the takes by pull-quote and reports every take of a pull-quote seen more than once.
  checkCorpus(entries) {
    return reportShared(
      entries,
      ({ summary }) => collected<Keyed>(summary, 'unique-pull-quote') ?? pullQuoteKey(summary),
      (others, total) => `The same pull-quote runs in ${listFiles(others, total)}`,
      'the same pull-quote in another take',
    );
  },
};

/** The pull-quote folded for comparison, with where it stands; undefined without one. */
function pullQuoteKey(summary: TakeSummary): Keyed | undefined {
  return summary.pullQuote && summary.pullQuoteRange ? { key: normalizeForComparison(summary.pullQuote), ...summary.pullQuoteRange } : undefined;
}

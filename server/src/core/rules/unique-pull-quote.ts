// Rule unique-pull-quote: No two takes of a symposium share a pull-quote.
import type { CorpusRule } from '../rule';
import { listFiles, reportShared } from '../corpus-groups';
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
  // Groups the takes by pull-quote and reports every take of a pull-quote seen more than once.
  checkCorpus(entries) {
    return reportShared(
      entries,
      ({ summary }) =>
        summary.pullQuote && summary.pullQuoteRange ? { key: normalizeForComparison(summary.pullQuote), ...summary.pullQuoteRange } : undefined,
      (others, total) => `The same pull-quote runs in ${listFiles(others, total)}`,
      'the same pull-quote in another take',
    );
  },
};

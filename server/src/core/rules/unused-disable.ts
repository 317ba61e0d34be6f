// Rule unused-disable: An inline directive disables something that was reported.
import type { CorpusReport, CorpusRule } from '../rule';
import type { Directive, DirectiveRule, Edit } from '../types';

export const rule: CorpusRule = {
  meta: {
    id: 'unused-disable',
    category: 'structure',
    description: 'An inline directive disables something that was reported',
    rationale:
      'A `<!-- commentary-lint-disable… -->` comment that suppresses nothing hides nothing today and will hide a real problem tomorrow. The rule runs last, after every other rule of the take and of its symposium (corpus rules included) and after the directives have suppressed their findings, and reports each rule id of a directive that suppressed no finding, each `enable` that re-enables nothing, and each rule id that is not a commentary-lint rule. An id naming a rule that is off for the take is not reported. The suggestion removes the id, or the whole comment line when nothing in it is of use. It is a suggestion, not a `--fix`: `--fix` works take by take before the corpus rules have run, so it cannot know whether a directive is needed. Its own findings cannot be suppressed by a directive: set it to `off` in `symposium.json` instead.',
    severity: 'info',
    fixable: false,
    hasSuggestions: true,
    options: {},
    examples: {
      invalid: '<!-- commentary-lint-disable-next-line doubled-word -->\nA paragraph with no doubled word.',
      valid: '<!-- commentary-lint-disable-next-line doubled-word -->\nA paragraph with the the doubled word.',
    },
    scope: 'corpus',
    minTakes: 1,
    afterSuppression: true,
  },
  // Reports, take by take, the directive rules that were of no use once every finding was in.
  checkCorpus(entries) {
    const out: CorpusReport[] = [];
    for (const { summary } of entries) {
      for (const d of summary.directives ?? []) {
        const useless = d.rules.filter(isUseless);
        for (const r of useless) {
          const whole = useless.length === d.rules.length;
          const edits = whole ? [{ ...d.removal, text: '' }] : [removeId(d, r)];
          out.push({
            filePath: summary.filePath,
            message: messageFor(d, r),
            start: r.start,
            end: r.end,
            suggestions: [{ message: whole ? 'Remove the directive' : `Remove ‘${r.id}’ from the directive`, edits }],
            tags: ['unnecessary'],
          });
        }
      }
    }
    return out;
  },
};

/** True when a directive rule is reported: not a rule, or a rule that ran and it suppressed nothing. */
function isUseless(r: DirectiveRule): boolean {
  return !r.known || (r.active && !r.used);
}

/** What is wrong with one rule of a directive, in the words of its kind. */
function messageFor(d: Directive, r: DirectiveRule): string {
  if (!r.known) return `‘${r.id}’ is not a commentary-lint rule: this directive cannot disable it`;
  const what = r.id === undefined ? 'no problem' : `no ‘${r.id}’ problem`;
  switch (d.kind) {
    case 'disable-next-line':
      return `Unused directive: ${what} is reported on the next line`;
    case 'disable':
      return `Unused directive: ${what} is reported before it is enabled again`;
    case 'disable-file':
      return `Unused directive: ${what} is reported in this take`;
    default:
      return r.id === undefined ? 'Unused directive: no rule is disabled here' : `Unused directive: ‘${r.id}’ is not disabled here`;
  }
}

/** Deletes one id and the separator before it (after it, for the first id). */
function removeId(d: Directive, r: DirectiveRule): Edit {
  const k = d.rules.indexOf(r);
  if (k > 0) return { start: d.rules[k - 1].end, end: r.end, text: '' };
  return { start: r.start, end: d.rules[k + 1].start, text: '' };
}

// Rule byline-affiliation: The byline names an institution (`at`, `of`, `with` …).
import { ACRONYM_PATTERN, COPULA_VERBS, INSTITUTION_PATTERN } from '../lexicon';
import type { TakeRule } from '../rule';
import { sentenceEnd } from '../sentences';
import type { Report } from '../types';

export const rule: TakeRule = {
  meta: {
    id: 'byline-affiliation',
    category: 'byline',
    description: 'The byline names an institution (`at`, `of`, `with` …)',
    rationale:
      'Readers judge a take by who wrote it and where they work; the landing page prints the affiliation beside the name. The byline passes when its first sentence names a capitalised affiliation after `at`, `of`, `with`, `for` or `from`, or when any of its sentences names an institution (`University`, `Institute`, `Center`, `Council`, `Brookings` …) or something capitalised after `at` or `with`. Each person of a co-authored byline is checked on their own sentence. A byline whose verb says what the contributor does rather than is (`holds the Korea Chair`, `writes a weekly newsletter`) or whose role carries an acronym or a proper name (`NATO secretary general`, `Portugal’s minister of defence`, `a journalist based in Singapore`) or names a former post (`a former U.S. ambassador to China`) passes; one that does not open with `<Name> is …` is left to `byline-form` and `byline-person`.',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'Ana Ruiz is a writer.',
      valid: 'Ana Ruiz is a research fellow at the Lowy Institute.',
    },
  },
  // Looks, for each person the byline introduces, for a named institution after their verb.
  check({ take }) {
    const byline = take.byline;
    if (!byline) return [];
    const out: Report[] = [];
    const seen = new Set<number>();
    for (const person of byline.people) {
      const { verb, role, affiliation } = person;
      if (!verb || seen.has(verb.start) || !COPULA_VERBS.has(verb.text)) continue;
      seen.add(verb.start);
      if (affiliation && /\p{Lu}|\p{N}/u.test(affiliation.text)) continue;
      if (role && (ACRONYM_PATTERN.test(role.text) || PROPER_OR_FORMER.test(role.text))) continue;
      const afterVerb = take.text.slice(verb.end, sentenceEnd(take.text, verb.end));
      const rest = take.text.slice(verb.end, byline.end);
      if (INSTITUTION_PATTERN.test(rest) || NAMED_PLACE.test(afterVerb) || (byline.people.length === 1 && NAMED_PLACE.test(rest))) continue;
      const where = [affiliation, role].find((span) => span && span.end > span.start) ?? person.name;
      out.push({
        message: 'The byline names no institution: add where the contributor works ("… at the <Institution>")',
        start: where.start,
        end: where.end,
      });
    }
    return out;
  },
};

/** A former post, or a proper name after the role's first word (`a former envoy`, `Portugal’s minister`, `a journalist based in Singapore`): the place is named or past. */
const PROPER_OR_FORMER = /(?<![\p{L}\p{N}])(?:former|retired)(?![\p{L}\p{N}])|^\p{Lu}\p{Ll}+['’]s\s|\s\p{Lu}/u;

/** `at` or `with` followed by a capitalised name (`at Seoul National`, `with CSIS`), anywhere in the byline. */
const NAMED_PLACE = /\b(?:at|with)\s+(?:the\s+)?\p{Lu}/u;

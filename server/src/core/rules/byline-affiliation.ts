// Rule byline-affiliation: The byline names an institution (`at`, `of`, `with` …).
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'byline-affiliation',
    category: 'byline',
    description: 'The byline names an institution (`at`, `of`, `with` …)',
    rationale:
      'Readers judge a take by who wrote it and where they work; the landing page prints the affiliation beside the name. The byline passes when its first sentence names a capitalised affiliation after `at`, `of`, `with`, `for` or `from`, or when any of its sentences names an institution (`University`, `Institute`, `Center`, `Council`, `Brookings` …) or something capitalised after `at` or `with`. A byline that does not open with `<Name> is …` is left to `byline-form` and `byline-person`.',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'Ana Ruiz is a writer.',
      valid: 'Ana Ruiz is a research fellow at the Lowy Institute.',
    },
  },
  // Looks for a named institution after the byline's verb.
  check({ take }) {
    const byline = take.byline;
    if (!byline?.name || !byline.verb) return [];
    if (byline.affiliation && /\p{Lu}|\p{N}/u.test(byline.affiliation.text)) return [];
    const afterVerb = take.text.slice(byline.verb.end, byline.end);
    if (INSTITUTION_WORD.test(afterVerb) || NAMED_PLACE.test(afterVerb)) return [];
    const where = [byline.affiliation, byline.role].find((span) => span && span.end > span.start) ?? byline;
    return [
      {
        message: 'The byline names no institution: add where the contributor works ("… at the <Institution>")',
        start: where.start,
        end: where.end,
      },
    ];
  },
};

/** Capitalised words that name an institution wherever they appear in a byline. */
const INSTITUTION_NAMES =
  'University|College|Institute|Institution|Center|Centre|Council|Foundation|School|Society|Forum|Academy|Agency|Association|Department|Ministry|Endowment|Fund|Program|Programme|Project|Initiative|Committee|Commission|Bureau|Laboratory|Lab|Service|Corporation|Company|Bank|Trust|Network|Alliance|Group|Associates|Partners|Consulting|Office|Embassy|Senate|Congress|Parliament|Assembly|Navy|Army|Times|Post|Journal|Review|Magazine|Daily|Herald|Tribune|News|Interest|Brookings|RAND|Carnegie|Chatham House|Cato|Stimson';

const INSTITUTION_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${INSTITUTION_NAMES})(?![\\p{L}\\p{N}])`, 'u');

/** `at` or `with` followed by a capitalised name (`at Seoul National`, `with CSIS`), anywhere in the byline. */
const NAMED_PLACE = /\b(?:at|with)\s+(?:the\s+)?\p{Lu}/u;

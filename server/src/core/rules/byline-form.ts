// Rule byline-form: The byline is a sentence of the form `<Name> is <role> …` ending in a period.
import type { TakeRule } from '../rule';
import type { Byline, Report } from '../types';
import { FIRST_PERSON_BYLINE } from '../parser/byline';
import { words } from '../text';

export const rule: TakeRule = {
  meta: {
    id: 'byline-form',
    category: 'byline',
    description: 'The byline is a sentence of the form `<Name> is <role> …` ending in a period',
    rationale:
      'The byline introduces the contributor in one or more sentences: their name (honorifics and ranks such as Dr., Amb. or Gen. (ret.) may come first, post-nominals such as Jr. or Ph.D. after it, and an appositive such as `, a former envoy,` before the verb), a verb (`is`, `are`, `was`, `serves as`, `holds`, `writes` …), a role, and a period at the end. Co-authors may share one sentence (`A and B are …`) or have one each. A byline in the first person is left to `byline-person`.',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'Ana Ruiz, Lowy Institute',
      valid: 'Ana Ruiz is a research fellow at the Lowy Institute.',
    },
  },
  // Checks the byline's name-and-verb opening, its role and its final period.
  check({ take }) {
    const byline = take.byline;
    if (!byline) return [];
    const out: Report[] = [];
    const verbs = new Set<number>();
    if (byline.people.length === 0 || byline.people.some((p) => !p.verb)) {
      if (!FIRST_PERSON_BYLINE.test(byline.text)) out.push(shapeless(byline));
    }
    for (const { name, verb, role } of byline.people) {
      if (!verb || verbs.has(verb.start) || (role && /[\p{L}\p{N}]/u.test(role.text))) continue;
      verbs.add(verb.start);
      out.push({ message: `Say what ${name.text} ${verb.text}: the byline has no role after "${verb.text}"`, start: name.start, end: verb.end });
    }
    const period = missingPeriod(byline);
    if (period) out.push(period);
    return out;
  },
};

const SHORT_BYLINE_WORDS = 8;
const OPENING_WORDS = 5;

/** Reports a byline that does not open with `<Name> is …`: all of a short one, the first few words of a long one. */
function shapeless(byline: Byline): Report {
  const all = words(byline.text);
  const last = all.length > SHORT_BYLINE_WORDS ? all[OPENING_WORDS - 1] : undefined;
  const end = last ? byline.start + last.index + last.word.length : byline.end;
  return {
    message: 'Start the byline with the contributor\'s name and a verb: "<Name> is <role> …"',
    start: byline.start,
    end,
  };
}

/** Reports a byline whose last sentence does not end in a period (closing quotes and brackets may follow it). */
function missingPeriod(byline: Byline): Report | undefined {
  if (/\.["”’')\]]*$/.test(byline.text)) return undefined;
  const end = byline.end;
  const lowSurrogate = /[\uDC00-\uDFFF]$/.test(byline.text);
  return { message: 'End the byline with a period', start: end - (lowSurrogate ? 2 : 1), end };
}

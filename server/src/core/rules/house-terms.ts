// Rule house-terms: The house's terms are used instead of the forms `terms` lists.
import type { HouseStyle } from '../config/types';
import type { TakeRule } from '../rule';
import { escapeRegExp } from '../text';
import type { Report } from '../types';

export const rule: TakeRule = {
  meta: {
    id: 'house-terms',
    category: 'body',
    description: "The house's terms are used instead of the forms `terms` lists",
    rationale:
      '`terms` in `symposium.json` maps a form to avoid to the house form: `{"towards": "toward", "health care": "healthcare", "Xi Jin-ping": "Xi Jinping"}`. Each form is found on word boundaries in the prose (not in text the symposium dictates). A form written in lowercase also matches its capitalised form at the start of a sentence, and the fix keeps that capital (`Towards` → `Toward`); a form with capitals (a name) matches only as written. The fix writes the house form. Runs only when `terms` is set.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    requiresConfig: 'terms',
    options: {},
    examples: {
      invalid: 'Talks moved towards a deal on health care. (terms: towards → toward, health care → healthcare)',
      valid: 'Talks moved toward a deal on healthcare.',
    },
  },
  // Finds every form to avoid in the prose and offers the house form.
  check({ prose, style }) {
    const matcher = matcherOf(style);
    if (!matcher) return [];
    const out: Report[] = [];
    for (const span of prose) {
      matcher.pattern.lastIndex = 0;
      for (let m = matcher.pattern.exec(span.text); m; m = matcher.pattern.exec(span.text)) {
        const found = m[0];
        const house = matcher.house.get(found) ?? matcher.house.get(found[0].toLowerCase() + found.slice(1));
        if (house === undefined || house === found) continue;
        const text = matcher.house.has(found) ? house : capitalised(house);
        const start = span.start + m.index;
        out.push({
          message: `Write "${text}", the house term, not "${found}"`,
          start,
          end: start + found.length,
          fix: [{ start, end: start + found.length, text }],
        });
      }
    }
    return out;
  },
};

/** The forms to avoid as one pattern, and each form's house form (lowercase forms also in their capitalised spelling). */
interface Matcher {
  pattern: RegExp;
  house: Map<string, string>;
}

const matchers = new WeakMap<HouseStyle, Matcher | null>();

/** Builds the matcher of a symposium's terms once. */
function matcherOf(style: HouseStyle): Matcher | null {
  let m = matchers.get(style);
  if (m === undefined) {
    const entries = Object.entries(style.terms).filter(([avoid, house]) => avoid.trim() && avoid !== house);
    m = entries.length === 0 ? null : build(entries);
    matchers.set(style, m);
  }
  return m;
}

/** One alternation of every form (longest first), whole words only; lowercase forms may open with a capital. */
function build(entries: Array<[string, string]>): Matcher {
  const house = new Map(entries);
  const forms = entries
    .map(([avoid]) => avoid)
    .sort((a, b) => b.length - a.length)
    .map((avoid) =>
      /^\p{Ll}/u.test(avoid) ? `[${escapeRegExp(avoid[0])}${escapeRegExp(avoid[0].toUpperCase())}]${escapeRegExp(avoid.slice(1))}` : escapeRegExp(avoid),
    );
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), house };
}

/** The house form with a capital first letter, for a form found at the start of a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

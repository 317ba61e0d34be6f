// Rule headline-dash: The series name is followed by a spaced en dash ( – ).
import type { TakeRule } from '../rule';
import type { Report } from '../types';

const EN_DASH = ' – ';

export const rule: TakeRule = {
  meta: {
    id: 'headline-dash',
    category: 'headline',
    description: 'The series name is followed by a spaced en dash ( – )',
    rationale:
      "The series' house style separates the series name from the rest of the headline with an en dash between single spaces, not a hyphen, a double hyphen, an em dash, a colon or an en dash without spaces. With `series` set in `symposium.json` the rule knows where the series ends and also reports a missing separator; without it, the first dash of the headline is taken as the separator. How many spaces surround the dash is left to `headline-punctuation`. When `symposium.json` has a `headline` template, the separator is the one the template writes after `{series}` (a colon in `{series}: Here’s What {contributor} Thinks`), and a template that puts no separator after the series (`{contributor}: {series}`) leaves the rule nothing to check. The fix rewrites the separator as the house or the template writes it.",
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'The Hanoi Summit - We Asked Ana Ruiz What Happens Next',
      valid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next',
    },
  },
  // Checks the separator the parser found after the series against the house's (or the template's) separator.
  check({ take, style }) {
    const h = take.headline;
    if (!h?.series) return [];
    const wanted = separatorOf(style.headline);
    if (wanted === undefined) return [];
    const shown = wanted === EN_DASH ? `a spaced en dash (${EN_DASH})` : `"${wanted.trim()}" as the headline template does`;
    const dash = h.dash;
    if (!dash) {
      if (!style.series) return [];
      const gap = /^\s*/.exec(take.text.slice(h.series.end, h.end))![0];
      if (h.series.end + gap.length >= h.end) return [];
      const end = h.series.end + gap.length;
      const report: Report = {
        message: `Put ${shown} after the series name "${h.series.text}"`,
        start: h.series.end,
        end,
        fix: [{ start: h.series.end, end, text: wanted }],
      };
      return [report];
    }
    const mark = /\S+/.exec(dash.text)!;
    const want = /\S+/.exec(wanted)!;
    const spacedBefore = mark.index > 0;
    const spacedAfter = mark.index + mark[0].length < dash.text.length;
    if (mark[0] === want[0] && spacedBefore === want.index > 0 && spacedAfter === want.index + want[0].length < wanted.length) return [];
    const start = dash.start + mark.index;
    const end = start + mark[0].length;
    const what = mark[0] !== want[0] ? `"${mark[0]}"` : mark[0] === '–' ? 'an en dash without spaces' : `"${mark[0]}" spaced differently`;
    return [{ message: `Use ${shown} after the series name, not ${what}`, start, end, fix: [{ start: dash.start, end: dash.end, text: wanted }] }];
  },
};

/** The separator the template writes right after `{series}`; the spaced en dash without a template; undefined when the template puts none there. */
function separatorOf(template: string | undefined): string | undefined {
  if (!template) return EN_DASH;
  const at = template.indexOf('{series}');
  if (at < 0) return undefined;
  const sep = /^\s*(?:[–—―‒]|-{1,3}|:)\s*/.exec(template.slice(at + '{series}'.length));
  return sep && sep[0].trim() ? sep[0] : undefined;
}

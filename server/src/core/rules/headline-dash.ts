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
      "The series' house style separates the series name from the rest of the headline with an en dash between single spaces, not a hyphen, a double hyphen, an em dash, a colon or an en dash without spaces. With `series` set in `symposium.json` the rule knows where the series ends and also reports a missing separator; without it, the first dash of the headline is taken as the separator. How many spaces surround the dash is left to `headline-punctuation`. The fix rewrites the separator as ` – `.",
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'The Hanoi Summit - We Asked Ana Ruiz What Happens Next',
      valid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next',
    },
  },
  // Checks the separator the parser found after the series.
  check({ take, style }) {
    const h = take.headline;
    if (!h?.series) return [];
    const dash = h.dash;
    if (!dash) {
      if (!style.series) return [];
      const gap = /^\s*/.exec(take.text.slice(h.series.end, h.end))![0];
      if (h.series.end + gap.length >= h.end) return [];
      const end = h.series.end + gap.length;
      const report: Report = {
        message: `Put a spaced en dash (${EN_DASH}) after the series name "${h.series.text}"`,
        start: h.series.end,
        end,
        fix: [{ start: h.series.end, end, text: EN_DASH }],
      };
      return [report];
    }
    const mark = /\S+/.exec(dash.text)!;
    const spacedBefore = mark.index > 0;
    const spacedAfter = mark.index + mark[0].length < dash.text.length;
    if (mark[0] === '–' && spacedBefore && spacedAfter) return [];
    const start = dash.start + mark.index;
    const end = start + mark[0].length;
    const what = mark[0] === '–' ? 'an en dash without spaces' : `"${mark[0]}"`;
    return [
      {
        message: `Use a spaced en dash (${EN_DASH}) after the series name, not ${what}`,
        start,
        end,
        fix: [{ start: dash.start, end: dash.end, text: EN_DASH }],
      },
    ];
  },
};

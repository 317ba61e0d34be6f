// Rule headline-template: The headline follows the symposium's headline template with the contributor's name.
import type { TakeRule } from '../rule';
import { contributorOf, expectedHeadline, headlineKey, seriesLengthIn, seriesOf } from '../headline-shape';

export const rule: TakeRule = {
  meta: {
    id: 'headline-template',
    category: 'headline',
    description: "The headline follows the symposium's headline template with the contributor's name",
    rationale:
      "Every take of a symposium carries the same headline with only the contributor's bare name changed (no honorific); readers and the landing page rely on it. The template's `{series}` is the configured `series` and `{contributor}` the name found in the headline, else the byline's. Differences that another headline rule owns are left to it, so that fixes never fight: the separator after the series (`headline-dash`), a final period and doubled spaces (`headline-punctuation`) and letter case (`headline-case`, which takes the template's casing when the words match). Everything else must match exactly, apostrophes and quote marks included. The fix rebuilds the whole headline from the template; there is no fix when no name can be found. Runs only when `headline` is set in `symposium.json`.",
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    requiresConfig: 'headline',
    options: {},
    examples: {
      invalid: 'Hanoi Summit: Ana Ruiz on What Happens Next',
      valid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next in U.S.-North Korea Relations',
    },
  },
  // Compares the headline with the filled-in template, folding what the other headline rules own.
  check({ take, style }) {
    const h = take.headline;
    if (!h || !style.headline) return [];
    const expected = expectedHeadline(take, style);
    if (!expected) {
      const missing = contributorOf(take) ? 'series name' : "contributor's name";
      return [
        { message: `The headline does not follow the template "${style.headline}", and no ${missing} was found to fill it in`, start: h.start, end: h.end },
      ];
    }
    const seriesLength = seriesLengthIn(h.text, seriesOf(take, style));
    if (headlineKey(h.text, seriesLength) === headlineKey(expected.text, expected.seriesLength)) return [];
    return [
      {
        message: `The headline does not follow the symposium's template: expected "${expected.text}"`,
        start: h.start,
        end: h.end,
        fix: [{ start: h.start, end: h.end, text: expected.text }],
      },
    ];
  },
};

// Rule headline-template: The headline follows the symposium's headline template with the contributor's name.
import type { TakeRule } from '../rule';
import type { Headline, Report } from '../types';
import { contributorOf, expectedHeadline, headlineKey, seriesLengthIn, seriesOf } from '../headline-shape';

export const rule: TakeRule = {
  meta: {
    id: 'headline-template',
    category: 'headline',
    description: "The headline follows the symposium's headline template with the contributor's name",
    rationale:
      "Every take of a symposium carries the same headline with only the contributor's bare name changed (no honorific); readers and the landing page rely on it. The template's `{series}` is the configured `series` and `{contributor}` the name found in the headline, else the byline's. Differences that another headline rule owns are left to it, so that fixes never fight: the separator after the series (`headline-dash`), a final period and doubled spaces (`headline-punctuation`) and letter case (`headline-case`, which takes the template's casing when the words match). Everything else must match exactly, apostrophes and quote marks included. The fix rebuilds the whole headline from the template; there is no fix when no name can be found. Honorifics, ranks and post-nominals in the headline (`We Asked Gen. (ret.) Vincent Brooks`) are reported on their own, with a fix that drops them: the headline carries the bare name, the byline the title. Runs only when `headline` is set in `symposium.json`.",
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
    const titles = honorificReports(h);
    const bare = withoutTitles(take.text, h);
    const seriesLength = seriesLengthIn(bare, seriesOf(take, style));
    if (bare === expected.text || headlineKey(bare, seriesLength) === headlineKey(expected.text, expected.seriesLength)) return titles;
    return [
      ...titles,
      {
        message: `The headline does not follow the symposium's template: expected "${expected.text}"`,
        start: h.start,
        end: h.end,
        fix: [{ start: h.start, end: h.end, text: expected.text }],
      },
    ];
  },
};

/** Honorifics and post-nominals around the headline's names: the headline carries bare names, so each is reported with a fix that drops it. */
function honorificReports(h: Headline): Report[] {
  const out: Report[] = [];
  for (const n of h.contributors) {
    if (n.honorific)
      out.push({
        message: `Drop "${n.honorific.text}" from the headline: it carries the contributor's bare name (the byline may keep the title)`,
        start: n.honorific.start,
        end: n.bare.start,
        fix: [{ start: n.honorific.start, end: n.bare.start, text: '' }],
      });
    if (n.suffix)
      out.push({
        message: `Drop "${n.suffix.text}" from the headline: it carries the contributor's bare name (the byline may keep it)`,
        start: n.bare.end,
        end: n.end,
        fix: [{ start: n.bare.end, end: n.end, text: '' }],
      });
  }
  return out;
}

/** The headline's text with those honorifics and post-nominals left out, to compare the rest with the template. */
function withoutTitles(text: string, h: Headline): string {
  let out = '';
  let at = h.start;
  for (const n of h.contributors) {
    out += text.slice(at, n.bare.start);
    if (n.honorific) out = out.slice(0, out.length - (n.bare.start - n.honorific.start));
    out += n.bare.text;
    at = n.end;
  }
  return out + text.slice(at, h.end);
}

// Rule headline-case: The headline is in title case (Chicago or AP, per `headlineCase`).
import type { HouseStyle } from '../config/types';
import type { TakeRule } from '../rule';
import type { Headline, Report, Take } from '../types';
import { expectedHeadline, headlineKey, seriesLengthIn, seriesOf } from '../headline-shape';
import { nameKey } from '../parser/names';
import { headlineWords } from '../headline-words';
import { keptPerKey } from '../kept';
import { titleCased, type HeadlineWord, type TitleCaseStyle } from '../titlecase';

const STYLE_NAMES: Record<TitleCaseStyle, string> = { chicago: 'Chicago', ap: 'AP' };

export const rule: TakeRule = {
  meta: {
    id: 'headline-case',
    category: 'headline',
    description: 'The headline is in title case (Chicago or AP, per `headlineCase`)',
    rationale:
      "Headlines use title case: major words capitalised (`Is`, `Be`, `It`, `What` included); articles, coordinating conjunctions and prepositions lowercase unless first, last or first after the series dash or a colon. Chicago lowercases all prepositions; AP capitalises prepositions and conjunctions of four letters or more (`With`, `From`, `About`). Words written with capitals past the first letter, digits or periods (`U.S.`, `DPRK`, `McCain`, `iPhone`) and the contributor's name are left alone (except that a name word written in lowercase or all in capitals is written as the byline writes it); in a compound only the first part is judged unless the whole compound is lowercase (`long-term` → `Long-Term`, but `Jong-un` stays). Words that may be adverbs or particles (`up`, `so`, `yet`, `like`, `since`) are not reported, and a capitalised preposition is only reported before a noun phrase, so `Weigh In on` passes. When the symposium has a headline template and the headline matches it but for letter case, the template's casing is expected instead (the series is written as configured in any case). Set `headlineCase` to `off` to disable. The fix rewrites one word at a time.",
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'The Hanoi Summit – We asked Ana Ruiz what happens next In Korea',
      valid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next in Korea',
    },
  },
  // Compares each headline word with the template's casing, or with the title-case rules.
  check({ take, style }) {
    const h = take.headline;
    if (!h || style.headlineCase === 'off') return [];
    const words = headlineWords(h.text);
    const names = h.contributors.map((n) => ({ start: n.start - h.start, end: n.end - h.start }));
    const template = templateCasing(take, style, h, words);
    const seriesLength = style.series ? seriesLengthIn(h.text, style.series) : -1;
    const series = seriesLength > 0 ? seriesWords(style.series!) : [];
    const out: Report[] = [];
    const bylineName = nameCasing(take);
    const dictated = templateWords(style.headline);
    words.forEach((word, k) => {
      let wanted: string | undefined;
      let why: string;
      if (names.some((name) => word.start >= name.start && word.end <= name.end)) {
        wanted = bylineName?.get(word.text);
        why = 'as the byline writes the name';
      } else if (template) {
        wanted = template[k];
        why = 'as in the headline template';
      } else if (dictated.has(word.text)) {
        return;
      } else if (word.end <= seriesLength && series[k]?.text.toLowerCase() === word.text.toLowerCase()) {
        wanted = series[k].text;
        why = 'as the series is written';
      } else {
        wanted = titleCased(word, words[k + 1], style.headlineCase as TitleCaseStyle);
        why = `in ${STYLE_NAMES[style.headlineCase as TitleCaseStyle]} title case`;
      }
      if (wanted === undefined || wanted === word.text) return;
      const start = h.start + word.start;
      const end = h.start + word.end;
      out.push({ message: `Write "${wanted}", not "${word.text}", ${why}`, start, end, fix: [{ start, end, text: wanted }] });
    });
    return out;
  },
};

/**
 * The byline's spelling of headline name words written in lowercase or in capitals, when the byline names the
 * same person (`mai linh tran`, `MAI LINH TRAN` → `Mai Linh Tran`); the name is otherwise left exactly as written.
 */
function nameCasing(take: Take): Map<string, string> | undefined {
  const out = new Map<string, string>();
  take.headline?.contributors.forEach((n, k) => {
    const written = take.byline?.people[k]?.name.bare.text;
    if (written) addNameCasing(out, n.bare.text, written);
  });
  return out.size > 0 ? out : undefined;
}

/** Adds the byline's casing of each word of one headline name, when both name the same person. */
function addNameCasing(out: Map<string, string>, inHeadline: string, inByline: string): void {
  if (inHeadline === inByline || nameKey(inHeadline) !== nameKey(inByline)) return;
  const theirs = inByline.split(/\s+/);
  inHeadline.split(/\s+/).forEach((word, k) => {
    const written = theirs[k];
    if (!written || written === word || written.toLowerCase() !== word.toLowerCase()) return;
    const lowercase = /^\p{Ll}/u.test(word) && /^\p{Lu}/u.test(written);
    const shouted = word.length > 1 && word === word.toUpperCase() && written !== written.toUpperCase();
    if (lowercase || shouted) out.set(word, written);
  });
}

/** The series name's words (one list per series: every take of a symposium asks for the same one). */
const seriesWords = keptPerKey(headlineWords);

/** The words each template writes itself (not its placeholders), as written. */
const wordsOfTemplate = keptPerKey((template: string) => new Set(headlineWords(template.replace(/\{series\}|\{contributor\}/g, ' ')).map((w) => w.text)));

/** The words the template writes itself: never reported, whatever their case. */
function templateWords(template: string | undefined): Set<string> {
  return template ? wordsOfTemplate(template) : new Set();
}

/**
 * The template's spelling of each headline word, when the headline matches the filled-in template but for
 * case (and what headline-dash and headline-punctuation own); undefined otherwise.
 */
function templateCasing(take: Take, style: HouseStyle, h: Headline, words: HeadlineWord[]): string[] | undefined {
  const expected = expectedHeadline(take, style);
  if (!expected) return undefined;
  if (expected.text === h.text) return words.map((w) => w.text);
  if (headlineKey(h.text, seriesLengthIn(h.text, seriesOf(take, style))) !== headlineKey(expected.text, expected.seriesLength)) return undefined;
  const wanted = headlineWords(expected.text);
  if (wanted.length !== words.length || wanted.some((w, k) => w.text.toLowerCase() !== words[k].text.toLowerCase())) return undefined;
  return wanted.map((w) => w.text);
}

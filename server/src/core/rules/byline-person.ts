// Rule byline-person: The byline is written in the third person.
import type { TakeRule } from '../rule';
import { sentences } from '../sentences';

export const rule: TakeRule = {
  meta: {
    id: 'byline-person',
    category: 'byline',
    description: 'The byline is written in the third person',
    rationale:
      'Bylines speak about the contributor, not as them: `Ana Ruiz is …`, not `I am …`. The rule reports a byline that opens with `I am`, `I’m` or `My name is`, or whose first sentence says `I`, `me`, `my` or `myself`. A capital `I` after a capitalised word (`World War I`, `Phase I`) or followed by a period (an initial) is not taken for the pronoun.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'I am a research fellow at the Lowy Institute.',
      valid: 'Ana Ruiz is a research fellow at the Lowy Institute.',
    },
  },
  // Finds the first first-person word in the byline's first sentence.
  check({ take }) {
    const byline = take.byline;
    if (!byline) return [];
    const first = firstSentence(byline.text, byline.start);
    if (!first) return [];
    const opening = FIRST_PERSON_OPENING.exec(first.text);
    const hit = opening ?? firstPronoun(first.text);
    if (!hit) return [];
    const start = first.start + hit.index;
    return [
      {
        message: `Write the byline in the third person ("<Name> is …"), not "${hit[0]}"`,
        start,
        end: start + hit[0].length,
      },
    ];
  },
};

const ENDS_WITH_INITIAL = /(?<![\p{L}\p{N}])\p{Lu}\.$/u;

/** The byline's first sentence, not cut short after a middle initial (`Harry J. Kazianis`), which `sentences` splits on. */
function firstSentence(text: string, base: number): { start: number; text: string } | undefined {
  const all = sentences(text, base);
  if (all.length === 0) return undefined;
  let k = 0;
  while (k + 1 < all.length && ENDS_WITH_INITIAL.test(all[k].text)) k++;
  return { start: all[0].start, text: text.slice(all[0].start - base, all[k].end - base) };
}

const FIRST_PERSON_OPENING = /^(?:I\s+am|I['’]m|My\s+name\s+is)(?![\p{L}\p{N}])/u;

const PRONOUN = /(?<![\p{L}\p{N}'’.-])(?:I(?:['’](?:m|ve|d|ll))?|me|my|myself|My)(?![\p{L}\p{N}'’-])/gu;
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}]*\s+$/u;

/** The first first-person pronoun of a sentence, skipping `War I`, `Phase I`, initials (`I.`) and a `My` inside a title. */
function firstPronoun(sentence: string): RegExpExecArray | undefined {
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(sentence); m; m = PRONOUN.exec(sentence)) {
    if (m.index > 0 && m[0] === 'My') continue;
    if (m[0] === 'I' && sentence[m.index + 1] === '.') continue;
    if (m.index > 0 && m[0] === 'I' && CAPITALISED_WORD_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    return m;
  }
  return undefined;
}

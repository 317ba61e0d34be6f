// Rule editors-note-text: The editor's note is the symposium's configured boilerplate.
import type { TakeRule } from '../rule';
import type { Report } from '../types';

export const rule: TakeRule = {
  meta: {
    id: 'editors-note-text',
    category: 'editors-note',
    description: "The editor's note is the symposium's configured boilerplate",
    rationale:
      "The editor's note is identical in every take of a symposium, character for character (typos in the configured text included: they are the symposium's, not the take's). The fix replaces the text after the label with the configured `editorsNote`. Typography rules do not check configured boilerplate, so their fixes never fight this one. Runs only when `editorsNote` is set.",
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    requiresConfig: 'editorsNote',
    options: {},
    examples: {
      invalid: 'Editor’s Note: See more takes here.',
      valid: 'Editor’s Note: (the exact configured text)',
    },
  },
  // Compares the text after the label with the configured boilerplate, character for character.
  check({ take, style }) {
    const note = take.editorsNote;
    const expected = style.editorsNote?.trim();
    if (!note || !expected) return [];
    const actual = note.body.text;
    if (actual === expected) return [];
    const replacement = { start: note.body.start, end: note.body.end, text: expected };
    if (actual === '') {
      const insertion = { start: note.end, end: note.end, text: ` ${expected}` };
      return [
        { message: "The editor's note has no text after its label; expected the symposium's note", start: note.label.start, end: note.end, fix: [insertion] },
      ];
    }
    const report: Report = { message: describeDifference(actual, expected), start: note.body.start, end: note.body.end, fix: [replacement] };
    return [report];
  },
};

const WORDS_SHOWN = 4;

/** Says briefly where the note first departs from the configured text, quoting a few words of each. */
export function describeDifference(actual: string, expected: string): string {
  if (collapse(actual) === collapse(expected)) return "The editor's note differs from the symposium's note in white space only";
  if (expected.startsWith(actual) && /^\s/.test(expected.slice(actual.length))) {
    return `The editor's note stops short of the symposium's note: "${excerpt(expected, actual.length)}" is missing at the end`;
  }
  if (actual.startsWith(expected) && /^\s/.test(actual.slice(expected.length))) {
    return `The editor's note runs past the symposium's note: "${excerpt(actual, expected.length)}" is extra at the end`;
  }
  let at = 0;
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at++;
  while (at > 0 && !/\s/.test(actual[at - 1])) at--;
  const got = excerpt(actual, at);
  const want = excerpt(expected, at);
  return `The editor's note differs from the symposium's note at "${got}" (expected "${want}")`;
}

/** Folds runs of white space to one space, to tell white-space-only differences apart. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A few words of `text` from offset `at`, with an ellipsis when more follow. */
function excerpt(text: string, at: number): string {
  const all = text.slice(at).trim().split(/\s+/);
  const shown = all.slice(0, WORDS_SHOWN).join(' ');
  return all.length > WORDS_SHOWN ? `${shown} …` : shown;
}

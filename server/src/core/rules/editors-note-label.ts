// Rule editors-note-label: The editor's note starts with exactly `Editor’s Note:` in the house quote style.
import type { TakeRule } from '../rule';
import type { Report } from '../types';

export const rule: TakeRule = {
  meta: {
    id: 'editors-note-label',
    category: 'editors-note',
    description: "The editor's note starts with exactly `Editor’s Note:` in the house quote style",
    rationale:
      "The label is part of the series' furniture and must read `Editor’s Note:` (or `Editor's Note:` when `quotes` is `straight`), with that capitalisation and a colon, followed by one space. The fix rewrites a sloppy label (`Editors note -`, `EDITOR'S NOTE:`, `Editor’s Note :`) and the space after it.",
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'Editors note - Looking for more opinions?',
      valid: 'Editor’s Note: Looking for more opinions?',
    },
  },
  // Compares the note's label, and the space after it, with the house form.
  check({ take, style }) {
    const note = take.editorsNote;
    if (!note) return [];
    const expected = style.quotes === 'straight' ? "Editor's Note:" : 'Editor’s Note:';
    const label = note.label.text.trimEnd();
    const labelEnd = note.label.start + label.length;
    const hasBody = note.body.end > note.body.start;
    const gap = take.text.slice(labelEnd, note.body.start);
    const separator = hasBody ? ' ' : '';
    const out: Report[] = [];
    if (label !== expected) {
      out.push({
        message: label ? `Write the label as "${expected}", not "${label}"` : `Start the editor's note with "${expected}"`,
        start: note.label.start,
        end: labelEnd,
        fix: [{ start: note.label.start, end: note.body.start, text: expected + separator }],
      });
    } else if (gap !== separator) {
      out.push({
        message: gap === '' ? `Put one space after "${expected}"` : `Put exactly one space after "${expected}"`,
        start: labelEnd,
        end: note.body.start,
        fix: [{ start: labelEnd, end: note.body.start, text: separator }],
      });
    }
    return out;
  },
};

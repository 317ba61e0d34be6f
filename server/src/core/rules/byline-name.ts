// Rule byline-name: The name in the byline is the contributor named in the headline.
import type { TakeRule } from '../rule';
import { sameName } from '../names-compare';

export const rule: TakeRule = {
  meta: {
    id: 'byline-name',
    category: 'byline',
    description: 'The name in the byline is the contributor named in the headline',
    rationale:
      'Headline and byline must name the same person. An honorific (Dr., Prof., Amb. …) in the byline is allowed, and so is a middle initial (`Harry J. Kazianis` for `Harry Kazianis`); case, accents and punctuation are ignored. Suggestions offer to change either name to the other. Runs only when both names are found.',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    options: {},
    examples: {
      invalid: 'We Asked Ana Ruiz …  /  Anna Ruiz is a fellow at …',
      valid: 'We Asked Ana Ruiz …  /  Dr. Ana Ruiz is a fellow at …',
    },
  },
  // Compares the byline's bare name with the headline's and offers to align either one.
  check({ take }) {
    const inByline = take.byline?.name?.bare;
    const inHeadline = take.headline?.contributor?.bare;
    if (!inByline || !inHeadline || sameName(inByline.text, inHeadline.text)) return [];
    return [
      {
        message: `The byline names "${inByline.text}" but the headline names "${inHeadline.text}"`,
        start: inByline.start,
        end: inByline.end,
        related: [{ start: inHeadline.start, end: inHeadline.end, message: 'named in the headline' }],
        suggestions: [
          { message: "Use the headline's name in the byline", edits: [{ start: inByline.start, end: inByline.end, text: inHeadline.text }] },
          { message: "Use the byline's name in the headline", edits: [{ start: inHeadline.start, end: inHeadline.end, text: inByline.text }] },
        ],
      },
    ];
  },
};

// Rule required-parts: Every take has its six parts: headline, pull-quote, editor's note, body, byline and image credit.
import type { HouseStyle } from '../config/types';
import type { TakeRule } from '../rule';
import { PART_ORDER, PART_LABELS, type PartKind, type Report, type Take } from '../types';
import { contributorOf, expectedHeadline } from '../headline-shape';

export const rule: TakeRule = {
  meta: {
    id: 'required-parts',
    category: 'structure',
    description: "Every take has its six parts: headline, pull-quote, editor's note, body, byline and image credit",
    rationale:
      "A take that lacks a part cannot be published: the landing page shows the headline, pull-quote and byline of every take, and the image credit is a legal requirement. Each missing part is reported where it belongs: at the start of the paragraph that should follow it (after the last part that comes before it in the order headline, pull-quote, editor's note, body, byline, image credit), or at the end of the take when nothing follows. The message says what the part looks like, using the symposium's headline template, editor's note and image credit when they are configured.",
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: 'The Hanoi Summit – We Asked Ana Ruiz What Happens Next\nEditor’s Note: …\n(body)\nAna Ruiz is a fellow at the Lowy Institute.\nImage: Reuters',
      valid: '(the same take with its pull-quote line after the headline)',
    },
  },
  // Reports each missing part at the place it belongs.
  check({ take, style }) {
    const out: Report[] = [];
    for (const kind of PART_ORDER) {
      const present = kind === 'body' ? take.body.length > 0 : take[kind] !== undefined;
      if (present) continue;
      const at = insertionPoint(take, kind);
      out.push({ message: `Missing ${PART_LABELS[kind]}: ${whatItLooksLike(kind, take, style)}`, start: at, end: at });
    }
    return out;
  },
};

/** Where a missing part belongs: the start of the paragraph after the last earlier part, or that part's end. */
function insertionPoint(take: Take, kind: PartKind): number {
  const rank = PART_ORDER.indexOf(kind);
  const duplicates = new Set(take.duplicates);
  let anchor = -1;
  take.parts.forEach((part, k) => {
    if (!duplicates.has(part) && PART_ORDER.indexOf(part.kind) < rank) anchor = k;
  });
  if (anchor < 0) return take.paragraphs[0]?.start ?? (take.bom ? 1 : 0);
  return take.parts[anchor + 1]?.start ?? take.parts[anchor].end;
}

/** What a missing part should look like, with the symposium's own text where it is configured. */
function whatItLooksLike(kind: PartKind, take: Take, style: HouseStyle): string {
  const [open, close] = style.quotes === 'straight' ? ['"', '"'] : ['“', '”'];
  const apostrophe = style.quotes === 'straight' ? "'" : '’';
  const name = contributorOf(take) ?? '<Name>';
  switch (kind) {
    case 'headline':
      return `the take opens with a headline line such as "${headlineExample(take, style)}"`;
    case 'pullQuote':
      return `after the headline, add a line with one or two sentences from the body in double quotes (${open}…${close})`;
    case 'editorsNote':
      return `before the body, add a line "Editor${apostrophe}s Note: ${style.editorsNote ?? '…'}"`;
    case 'body':
      return "after the editor's note, add the commentary itself: 3 to 8 paragraphs, one per line";
    case 'byline':
      return `after the body, add a line such as "${name} is <role> at <institution>"`;
    case 'imageCredit':
      return `end the take with a line such as "Image: ${style.imageCredit ?? 'Reuters'}"`;
  }
}

/** The headline a take should carry: the filled-in template when possible, else its general shape. */
function headlineExample(take: Take, style: HouseStyle): string {
  const filled = expectedHeadline(take, style);
  if (filled) return filled.text;
  const series = style.series ?? '<Series>';
  if (style.headline) return style.headline.replace(/\{series\}/g, series).replace(/\{contributor\}/g, '<Name>');
  return `${series} – We Asked <Name> <Question>`;
}

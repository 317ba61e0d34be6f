// Rule image-credit: The take ends with an image credit `Image: <credit>`.
import type { TakeRule } from '../rule';
import type { ImageCredit, Report } from '../types';

export const rule: TakeRule = {
  meta: {
    id: 'image-credit',
    category: 'image',
    description: 'The take ends with an image credit `Image: <credit>`',
    rationale:
      'The last line credits the picture that runs with the take, as `Image: Reuters`. The fix normalises the label, its colon and the space after it (`image - Reuters`, `IMAGE:Reuters` and `Photo: AP` become `Image: Reuters` and `Image: AP`), and drops a period after the credit. An empty credit is reported without a fix. When `imageCredit` is configured, a different credit is reported with a suggestion to use the configured one. A missing or misplaced credit line is left to `required-parts` and `part-order`.',
    severity: 'error',
    fixable: true,
    hasSuggestions: true,
    options: {},
    examples: {
      invalid: 'image - Reuters',
      valid: 'Image: Reuters',
    },
  },
  // Checks the label, the credit, its final period and, when configured, the credit itself.
  check({ take, style }) {
    const image = take.imageCredit;
    if (!image) return [];
    const out: Report[] = [];
    const label = labelReport(take.text, image);
    if (label) out.push(label);
    const credit = image.credit;
    if (!/[\p{L}\p{N}]/u.test(credit.text)) {
      out.push({ message: 'Name the agency or photographer after "Image:"', start: image.label.start, end: image.end });
      return out;
    }
    const configured = style.imageCredit?.trim();
    const period = configured?.endsWith('.') ? undefined : strayPeriod(credit.text);
    if (period !== undefined) {
      const at = credit.start + period;
      out.push({ message: 'Drop the period after the image credit', start: at, end: credit.end, fix: [{ start: at, end: credit.end, text: '' }] });
    }
    const shown = period === undefined ? credit.text : credit.text.slice(0, period);
    if (configured && collapse(shown) !== collapse(configured)) {
      out.push({
        message: `Credit the image to "${configured}", as this symposium does, not "${shown}"`,
        start: credit.start,
        end: credit.start + shown.length,
        suggestions: [
          { message: `Use the symposium's credit "${configured}"`, edits: [{ start: credit.start, end: credit.start + shown.length, text: configured }] },
        ],
      });
    }
    return out;
  },
};

const LABEL = 'Image:';

/** Reports a label other than `Image:`, or anything but one space between it and the credit. */
function labelReport(text: string, image: ImageCredit): Report | undefined {
  const label = image.label.text.trimEnd();
  const labelEnd = image.label.start + label.length;
  const hasCredit = image.credit.end > image.credit.start;
  const separator = hasCredit ? ' ' : '';
  const gap = text.slice(labelEnd, image.credit.start);
  if (label !== LABEL) {
    const fix = [{ start: image.label.start, end: image.credit.start, text: LABEL + separator }];
    return { message: `Write the label as "${LABEL}", not "${label}"`, start: image.label.start, end: labelEnd, fix };
  }
  if (gap === separator) return undefined;
  return {
    message: `Put one space after "${LABEL}"`,
    start: labelEnd,
    end: image.credit.start,
    fix: [{ start: labelEnd, end: image.credit.start, text: separator }],
  };
}

/** Where a final period to drop starts in a credit, unless it closes an abbreviation (`U.S.`, `Inc.`). */
function strayPeriod(credit: string): number | undefined {
  const m = /\.+$/.exec(credit);
  if (!m) return undefined;
  if (m[0].length === 1 && /(?:(?<![\p{L}\p{N}])\p{L}\.\p{L}|(?<![\p{L}\p{N}])(?:Inc|Ltd|Co|Corp|Jr|Sr|Dept|Bros))\.$/u.test(credit)) return undefined;
  return m.index;
}

/** Folds runs of white space, which `doubled-space` reports on its own. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

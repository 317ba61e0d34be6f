// Which text the typography rules may check: everything but what another rule or the symposium owns.
import type { HouseStyle } from './config/types';
import type { EditorsNote, ImageCredit, Span, Take } from './types';

/**
 * The headline belongs to the headline rules, labels to their part's rule, and configured
 * boilerplate to the symposium; typography rules skip them so fixes never fight each other.
 */
export function proseSpans(take: Take, style: HouseStyle): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    if (end > start) out.push({ start, end, text: take.text.slice(start, end) });
  };
  for (const part of take.parts) {
    if (part.kind === 'headline') continue;
    if (part.kind === 'editorsNote') {
      if (!style.editorsNote) push((part as EditorsNote).body.start, part.end);
      continue;
    }
    if (part.kind === 'imageCredit') {
      push((part as ImageCredit).credit.start, part.end);
      continue;
    }
    push(part.start, part.end);
  }
  return out;
}

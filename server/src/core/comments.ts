// The take's text as the rules that search it whole should see it: comment lines are no part of the take.
import type { Take } from './types';

const blanked = new WeakMap<Take, string>();

/** The take's text with every comment line turned to spaces (offsets kept), so a word in a comment is never found. */
export function textWithoutComments(take: Take): string {
  if (take.comments.length === 0) return take.text;
  let text = blanked.get(take);
  if (text === undefined) {
    const pieces: string[] = [];
    let at = 0;
    for (const c of take.comments) {
      pieces.push(take.text.slice(at, c.start), ' '.repeat(c.end - c.start));
      at = c.end;
    }
    pieces.push(take.text.slice(at));
    blanked.set(take, (text = pieces.join('')));
  }
  return text;
}

// Reads a byline: the contributor's name, the verb, the role and the affiliation.
import type { Byline, Paragraph } from '../types';
import { BYLINE_START } from './classify';
import { personName } from './names';
import { firstSentenceEnd } from './sentence-end';
import { sub } from './span';

/** Where the affiliation ends: before `, and a …`, `, where …`, a semicolon or a bracket. */
const AFFILIATION_CUT =
  /,?\s+and\s+(?:a|an|the|also|is|has|was|serves|teaches|previously|formerly)\b|,\s+(?:where|which|who|a|an|and|previously|formerly)\b|;|\s+\(/;
/** The word that joins role and institution: `at`, else `of`/`with`/`for`/`from` before a name or `the`. */
const AT = /\s+at\s+/;
const OF = /\s+(?:of|with|for|from)\s+(?=\p{Lu}|the\s)/u;

/** Reads name, verb, role and affiliation out of a byline paragraph. */
export function parseByline(p: Paragraph): Byline {
  const b: Byline = { ...p, kind: 'byline' };
  const m = BYLINE_START.exec(p.text);
  if (!m) return b;
  b.name = personName(m[1], p.start);
  const verbAt = m[0].length - m[2].length;
  b.verb = sub(p, verbAt, m[0].length);
  let roleStart = m[0].length;
  while (roleStart < p.text.length && /\s/.test(p.text[roleStart])) roleStart++;
  let end = firstSentenceEnd(p.text, roleStart);
  while (end > roleStart && /[.!?\s]/.test(p.text[end - 1])) end--;
  if (end <= roleStart) return b;
  const sentence = p.text.slice(roleStart, end);
  const sep = AT.exec(sentence) ?? OF.exec(sentence);
  if (!sep) {
    b.role = sub(p, roleStart, end);
    return b;
  }
  b.role = sub(p, roleStart, roleStart + sep.index);
  const affStart = roleStart + sep.index + sep[0].length;
  const rest = p.text.slice(affStart, end);
  const cut = AFFILIATION_CUT.exec(rest);
  const affEnd = affStart + (cut ? cut.index : rest.length);
  if (affEnd > affStart) b.affiliation = sub(p, affStart, affEnd);
  return b;
}

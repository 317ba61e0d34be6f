// Compares and lists people's names the way an editor does: byline-name, unique-contributor and the headline rules share it.
import { foldName } from './parser/names';

/**
 * A comparison key for a bare name (the parser has split honorifics off): case, accents and punctuation folded,
 * and middle initials dropped, so `Harry J. Kazianis` and `Harry Kazianis` are the same person.
 * Initials are kept when dropping them would leave fewer than two words (`J. Smith`).
 */
export function nameCompareKey(name: string): string {
  const key = foldName(name);
  if (!hasShortInnerWord(key)) return key;
  const tokens = key.split(' ');
  const kept = tokens.filter((t, k) => k === 0 || k === tokens.length - 1 || !/^\p{L}$/u.test(t));
  return kept.length >= 2 ? kept.join(' ') : key;
}

/** True when a folded name has a word of one or two units between two others (a middle initial, perhaps): most names have none. */
function hasShortInnerWord(key: string): boolean {
  for (let i = key.indexOf(' '); i >= 0;) {
    const next = key.indexOf(' ', i + 1);
    if (next < 0) return false;
    if (next - i - 1 <= 2) return true;
    i = next;
  }
  return false;
}

/** True when two names are the same person's name as far as text can tell. */
export function sameName(a: string, b: string): boolean {
  return nameCompareKey(a) === nameCompareKey(b);
}

/** Lists names the way a headline does: `A`, `A and B`, `A, B and C`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** True when two lists name the same people, in any order. */
export function samePeople(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(nameCompareKey));
  return b.every((n) => keys.has(nameCompareKey(n)));
}

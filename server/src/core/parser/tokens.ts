// Splits the opening of a headline or byline into word tokens with offsets, commas and colons apart.

/** A word or a punctuation mark, with its offsets inside the text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** True for punctuation split off the end of a word (`,` `;` `:` `?` `!`): it separates names, it is not part of them. */
function isTrailing(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 63 || code === 33;
}
/** Tokens of `text` from `from` to `to`, at most `max` (white-space separated; a trailing comma, semicolon, colon, ? or ! is its own token). */
export function tokenize(text: string, from = 0, to = text.length, max = 40): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to && out.length < max; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    let cut = end;
    while (cut > m.index && isTrailing(text.charCodeAt(cut - 1))) cut--;
    if (cut === m.index) cut = end;
    out.push({ text: text.slice(m.index, cut), start: m.index, end: cut });
    for (let k = cut; k < end; k++) out.push({ text: text[k], start: k, end: k + 1 });
  }
  return out;
}

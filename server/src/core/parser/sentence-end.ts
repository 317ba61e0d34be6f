// Finds where a byline-like sentence ends, without stopping at initials and abbreviations (`U.S. Institute`).

/** A word before a period that does not end a sentence: initials, honorifics, common abbreviations. */
const ABBREVIATION_BEFORE =
  /(?:^|[\s(])(?:(?:\p{L}\.)+\p{L}?|\p{Lu}|Dr|Prof|Amb|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov|Lt|Col|Adm|Capt|Jr|Sr|Inc|Ltd|Co|Corp|No|Univ|Dept|vs|etc|approx)$/u;
/** Words that start a new sentence even right after an abbreviation (`… in the U.S. He is …`). */
const SENTENCE_STARTER = /^\s+(?:He|She|They|His|Her|Their|I|My|Previously|Before|Prior|Earlier|Formerly|Currently|Follow|Contact|You)\b/;

/** Where the sentence that starts at `from` ends: after its final punctuation, or at the end of the text. */
export function firstSentenceEnd(text: string, from: number): number {
  const stop = /[.!?]+(?=["”’)]*(?:\s|$))/g;
  stop.lastIndex = from;
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length) return end;
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(from, m.index - 40), m.index)) && !SENTENCE_STARTER.test(text.slice(end, end + 20)))
      continue;
    return end;
  }
  return text.length;
}

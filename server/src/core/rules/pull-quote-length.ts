// Rule pull-quote-length: The pull-quote is short: at most `pullQuote.maxWords` words (default 40) and two sentences.
import type { TakeRule } from '../rule';
import { countWords } from '../text';
import { sentences } from '../sentences';

/** A sentence piece that ends in an initialism (`the U.S.`), which `sentences()` may cut before a capitalised word. */
const ENDS_IN_INITIALISM = /(?:^|[\s(“"‘'])(?:\p{L}\.){2,}$/u;
/** Words that really open a new sentence after an initialism (`… to the U.S. He stayed.`). */
const SENTENCE_OPENER = /^(?:He|She|They|It|We|I|You|This|That|These|Those|There|But|And|Yet|So|Now|Then|Still)\b/;

export const rule: TakeRule = {
  meta: {
    id: 'pull-quote-length',
    category: 'pull-quote',
    description: 'The pull-quote is short: at most `pullQuote.maxWords` words (default 40) and two sentences',
    rationale:
      'A pull-quote is displayed large on the landing page; a long one is cut off. The word limit comes from `pullQuote.maxWords` in `symposium.json`, the sentence limit from the `maxSentences` option. Words are counted as an editor counts them (`U.S.-North` and `tit-for-tat` are one word each), and abbreviations such as `U.S.` and `Dr.` do not end a sentence.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {
      maxSentences: {
        type: 'integer',
        default: 2,
        minimum: 1,
        description: 'Most sentences a pull-quote may have',
      },
    },
    examples: {
      invalid: '“One. Two. Three sentences are too many.”',
      valid: '“One sentence is plenty.”',
    },
  },
  // Counts the words and sentences inside the marks against the limits.
  check({ take, style, options }) {
    const q = take.pullQuote;
    if (!q) return [];
    const maxWords = style.pullQuote.maxWords;
    const maxSentences = typeof options.maxSentences === 'number' ? options.maxSentences : 2;
    const wordCount = countWords(q.inner.text);
    const sentenceCount = countSentences(q.inner.text);
    if (wordCount <= maxWords && sentenceCount <= maxSentences) return [];
    const words = `${wordCount} word${wordCount === 1 ? '' : 's'}`;
    const sents = `${sentenceCount} sentence${sentenceCount === 1 ? '' : 's'}`;
    return [
      {
        message: `The pull-quote has ${words} and ${sents}; keep it to at most ${maxWords} words and ${maxSentences} sentence${maxSentences === 1 ? '' : 's'}`,
        start: q.inner.start,
        end: q.inner.end,
      },
    ];
  },
};

/** Counts sentences, joining the pieces `sentences()` cuts after an initialism or before a lowercase word. */
function countSentences(text: string): number {
  const pieces = sentences(text);
  let count = 0;
  pieces.forEach((piece, k) => {
    const prev = pieces[k - 1];
    const continues = prev && ((ENDS_IN_INITIALISM.test(prev.text) && !SENTENCE_OPENER.test(piece.text)) || /^\p{Ll}/u.test(piece.text));
    if (!continues) count++;
  });
  return count;
}

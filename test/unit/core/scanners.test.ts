// The fast scanners agree with their definitions: countWords with the word walker, headlineWords with its pattern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from '../../../server/src/core';
import { countWordsUpTo, words } from '../../../server/src/core/text';
import { headlineWords, headlineWordsByPattern } from '../../../server/src/core/headline-words';
import { pick, rng, type Random } from '../../helpers/fuzz';

/** Units that exercise every branch: letters (accented, decomposed, astral), digits, joiners, dashes, quotes, spaces. */
const ALPHABET = [...'aBé7\'’.-–—:?!," “”‘(\t\n\u00a0', 'e\u0301', '𝐀', '😀', '  '];

/** A random string of `n` pieces of the alphabet. */
function randomText(r: Random, n: number): string {
  return Array.from({ length: n }, () => pick(r, ALPHABET)).join('');
}

test('countWords counts the words the word walker finds, and countWordsUpTo stops just past its limit', () => {
  const r = rng(7);
  for (let k = 0; k < 3000; k++) {
    const text = randomText(r, 1 + Math.floor(r() * 40));
    const n = words(text).length;
    assert.equal(countWords(text), n, JSON.stringify(text));
    assert.equal(countWordsUpTo(text, 2), Math.min(n, 3), JSON.stringify(text));
  }
});

test('headlineWords splits as its pattern does: words, forced words and pauses', () => {
  const r = rng(11);
  const headlines = [
    'The Hanoi Summit – We Asked Ana Ruiz What Happens Next',
    'U.S.-Korea Talks: What Now?',
    'After Kim Leaves, Who Speaks for the North?',
    "Don't Give Up — Not Yet.",
    'The Lisbon Round - We Asked Jae-won O’Hanlon What Comes Next',
    'Over, and Out: 2019’s Lessons',
  ];
  for (let k = 0; k < 3000; k++) headlines.push(randomText(r, 1 + Math.floor(r() * 30)));
  for (const h of headlines) assert.deepEqual(headlineWords(h), headlineWordsByPattern(h), JSON.stringify(h));
});

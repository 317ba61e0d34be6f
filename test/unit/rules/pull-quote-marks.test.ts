import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText } from '../../../server/src/core';
import { ruleCases, symposiumFor } from '../../helpers/rule-cases';
import { take, TEST_CONFIG } from '../../helpers/take-builder';

const WORDS = 'A ministry that must publish its release schedule a week in advance cannot easily deny that a sudden drop in the river was its doing';
const STRAIGHT = { quotes: 'straight' as const };

ruleCases('pull-quote-marks', {
  valid: [
    { name: 'the default take', text: take(), config: TEST_CONFIG },
    { name: 'straight marks in a curly house style are quote-style’s business', text: take({ pullQuote: `"${WORDS}."` }) },
    { name: 'curly marks in a straight house style are quote-style’s business', text: take({ pullQuote: `“${WORDS}.”` }), config: STRAIGHT },
    { name: 'a nested quotation in single quotes', text: take({ pullQuote: '“If they do not, the ‘shared river’ rhetoric will ring hollow.”' }) },
    { name: 'a nested quotation that ends the pull-quote', text: take({ pullQuote: '“Every minister called it a ‘shared river.’”' }) },
    { name: 'a question mark inside', text: take({ pullQuote: '“What should outsiders do?”' }) },
    { name: 'no final punctuation at all', text: take({ pullQuote: `“${WORDS}”` }) },
    { name: 'no pull-quote is required-parts’ business', text: take({ pullQuote: null }) },
    { name: 'an apostrophe at the end of a word inside', text: take({ pullQuote: '“The farmers’ losses are the accord’s real test.”' }) },
  ],
  invalid: [
    {
      name: 'no marks at all: the paragraph before the editor’s note',
      text: take({ pullQuote: `⟦${WORDS}.⟧` }),
      messages: ['Wrap the pull-quote in double quotation marks (“…”)'],
      output: take({ pullQuote: `“${WORDS}.”` }),
    },
    {
      name: 'no marks, straight house style, a nested quotation inside',
      text: take({ pullQuote: '⟦The "shared river" rhetoric will ring hollow.⟧' }),
      config: STRAIGHT,
      output: take({ pullQuote: `"The 'shared river' rhetoric will ring hollow."` }),
    },
    {
      name: 'no opening mark',
      text: take({ pullQuote: `⟦⟧${WORDS}.”` }),
      messages: ['Open the pull-quote with a quotation mark “'],
      output: take({ pullQuote: `“${WORDS}.”` }),
    },
    {
      name: 'no closing mark',
      text: take({ pullQuote: `“${WORDS}.⟦⟧` }),
      messages: ['Close the pull-quote with a quotation mark ”'],
      output: take({ pullQuote: `“${WORDS}.”` }),
    },
    {
      name: 'no closing mark after a nested quotation',
      text: take({ pullQuote: '“Every minister called it a ‘shared river.’⟦⟧' }),
      output: take({ pullQuote: '“Every minister called it a ‘shared river.’”' }),
    },
    {
      name: 'single quotes as the outer pair, nested double quotes inside',
      text: take({ pullQuote: '⟦‘⟧If they do not, the “shared river” rhetoric will ring hollow.⟦’⟧' }),
      messages: [
        'Open the pull-quote with a double quotation mark “, not the single ‘',
        'Close the pull-quote with a double quotation mark ”, not the single ’',
      ],
      output: take({ pullQuote: '“If they do not, the ‘shared river’ rhetoric will ring hollow.”' }),
    },
    {
      name: 'straight single quotes',
      text: take({ pullQuote: `⟦'⟧${WORDS}.⟦'⟧` }),
      output: take({ pullQuote: `“${WORDS}.”` }),
    },
    {
      name: 'a closing mark where the opening one belongs',
      text: take({ pullQuote: `⟦”⟧${WORDS}.”` }),
      messages: ['Open the pull-quote with “, not ”'],
      output: take({ pullQuote: `“${WORDS}.”` }),
    },
    {
      name: 'guillemets',
      text: take({ pullQuote: `⟦«⟧${WORDS}.⟦»⟧` }),
      output: take({ pullQuote: `“${WORDS}.”` }),
    },
    {
      name: 'the period outside the closing mark',
      text: take({ pullQuote: `“${WORDS}”⟦.⟧` }),
      messages: ['Put the final "." inside the closing quotation mark'],
      output: take({ pullQuote: `“${WORDS}.”` }),
    },
    {
      name: 'a period after a quotation that already ends with a question mark, straight marks',
      text: take({ pullQuote: '"What should outsiders do?"⟦.⟧' }),
      config: STRAIGHT,
      messages: ['Drop the "." after the closing quotation mark'],
      output: take({ pullQuote: '"What should outsiders do?"' }),
    },
    {
      name: 'a closing mark that may belong to a quotation inside: no fix',
      text: take({ pullQuote: '“Data alone will not refill the lake,” the minister said.⟦⟧' }),
      output: null,
    },
  ],
});

test('pull-quote-marks and quote-style fix a pull-quote together without fighting', () => {
  const broken = [`'${WORDS}'.`, `”${WORDS}“.`, `"${WORDS}.`, `${WORDS}."`, `‘${WORDS}.”`, `"${WORDS}”.`, `«${WORDS}»`];
  for (const [quotes, open, close] of [
    ['curly', '“', '”'],
    ['straight', '"', '"'],
  ] as const) {
    for (const line of broken) {
      const fixed = fixText(take({ pullQuote: line }), { symposium: symposiumFor({ quotes }), only: ['pull-quote-marks', 'quote-style'] });
      const result = fixed.output.split('\n')[1];
      assert.equal(result.slice(0, 1) + result.slice(-1), open + close, `${quotes}: ${line} → ${result}`);
      assert.equal(result.slice(1, -1).replace(/\.$/, ''), WORDS, `${quotes}: ${line} → ${result}`);
      assert.deepEqual(
        fixed.result.findings.filter((f) => f.fix),
        [],
      );
    }
  }
});

import { ruleCases } from '../../helpers/rule-cases';
import { take, TEST_CONFIG } from '../../helpers/take-builder';

const FORTY = Array.from({ length: 40 }, (_, k) => (k === 0 ? 'Water' : 'water')).join(' ');

ruleCases('pull-quote-length', {
  valid: [
    { name: 'the default take', text: take(), config: TEST_CONFIG },
    { name: 'exactly forty words', text: take({ pullQuote: `“${FORTY}.”` }) },
    {
      name: 'two sentences',
      text: take({ pullQuote: '“Critics are right that data alone will not refill the Tonle Sap. But they underestimate what transparency changes.”' }),
    },
    { name: 'abbreviations do not end sentences', text: take({ pullQuote: '“The U.S. Congress and Dr. Lim agree. The U.S.-Japan fund will stay.”' }) },
    { name: 'hyphenated words count once', text: take({ pullQuote: `“${FORTY.split(' ').slice(2).join(' ')} tit-for-tat U.S.-North.”` }) },
    { name: 'a higher word limit from the symposium', text: take({ pullQuote: `“${FORTY} ${FORTY}.”` }), config: { pullQuote: { maxWords: 80 } } },
    { name: 'three sentences allowed by the option', text: take({ pullQuote: '“One. Two. Three.”' }), options: { maxSentences: 3 } },
    { name: 'an ellipsis inside a sentence', text: take({ pullQuote: '“It is over... or is it? Nobody knows.”' }) },
  ],
  invalid: [
    {
      name: 'forty-one words',
      text: take({ pullQuote: `“⟦${FORTY} more.⟧”` }),
      messages: ['The pull-quote has 41 words and 1 sentence; keep it to at most 40 words and 2 sentences'],
    },
    {
      name: 'three sentences',
      text: take({ pullQuote: '“⟦Fishing fleets follow the fish. The fish follow the cold water. The cold water is moving north.⟧”' }),
      messages: ['17 words and 3 sentences'],
    },
    {
      name: 'a lower word limit from the symposium',
      text: take({ pullQuote: '"⟦Critics are right that data alone will not refill the Tonle Sap.⟧"' }),
      config: { pullQuote: { maxWords: 10 } },
      messages: ['12 words and 1 sentence; keep it to at most 10 words'],
    },
    {
      name: 'one sentence allowed by the option',
      text: take({ pullQuote: '“⟦Critics are right. But they underestimate what transparency changes.⟧”' }),
      options: { maxSentences: 1 },
      messages: ['at most 40 words and 1 sentence'],
    },
    {
      name: 'an unquoted long pull-quote: the whole paragraph',
      text: take({ pullQuote: `⟦${FORTY} ${FORTY}.⟧` }),
      messages: ['80 words'],
    },
  ],
});

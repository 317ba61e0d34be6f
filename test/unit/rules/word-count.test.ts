import { ruleCases } from '../../helpers/rule-cases';
import { P1, P2, P3, P4, take } from '../../helpers/take-builder';

// The known-length paragraphs make a 255-word body; P5 adds a fifth for the long cases.
const P5 =
  'Washington, for its part, has reopened an embassy in Honiara and promised a coast guard presence. Both are welcome. Neither will matter much unless the people who staff them stay long enough to learn the names of the harbour masters and the clan leaders whose land the new roads must cross.';
const BODY = [P1, P2, P3, P4];

ruleCases('word-count', {
  valid: [
    { name: 'a 306-word body under the default 300–900', text: take({ body: [...BODY, P5] }) },
    { name: 'a 255-word body under 200–300', text: take({ body: BODY }), config: { words: { min: 200, max: 300 } } },
    { name: 'exactly at the maximum', text: take({ body: BODY }), config: { words: { min: 100, max: 255 } } },
    { name: 'exactly at the minimum', text: take({ body: BODY }), config: { words: { min: 255, max: 900 } } },
    { name: 'no body is left to required-parts', text: take({ body: null }) },
    { name: 'CRLF and blank lines between paragraphs', text: take({ body: [...BODY, P5] }, '\r\n\r\n') },
  ],
  invalid: [
    {
      name: 'short body: reported on its first paragraph',
      text: take({ body: [`⟦${P1}⟧`, P2, P3, P4] }),
      messages: ['Body has 255 words; this symposium asks for 300–900'],
    },
    {
      name: 'long body: from the first word past the limit to the end of its paragraph',
      text: take({ body: [P1, P2, P3.replace('keeps a modern', '⟦keeps a modern').concat('⟧'), P4] }),
      config: { words: { min: 100, max: 200 } },
      messages: ['Body has 255 words; this symposium asks for 100–200'],
    },
    {
      name: 'the limit falls at the end of a paragraph: the whole next one is excess',
      text: take({ body: [P1, P2, `⟦${P3}⟧`, P4] }),
      config: { words: { min: 100, max: 142 } },
    },
    {
      name: 'a one-paragraph body',
      text: take({ body: [`⟦${P4}⟧`] }),
      messages: ['Body has 46 words'],
    },
  ],
});

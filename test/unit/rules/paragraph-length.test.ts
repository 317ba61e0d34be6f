import { ruleCases } from '../../helpers/rule-cases';
import { P1, P2, P3, P4, take } from '../../helpers/take-builder';

// Paragraphs of known length (76, 66, 67 and 46 words), so the counts below do not move when the default take changes.
const BODY = [P1, P2, P3, P4];
const RUN_TOGETHER = `${P1} ${P2} ${P3}`;

ruleCases('paragraph-length', {
  valid: [
    { name: 'paragraphs under the default 200', text: take({ body: BODY }) },
    { name: 'a 209-word paragraph under max 209', text: take({ body: [RUN_TOGETHER, P4] }), options: { max: 209 } },
    { name: 'the longest paragraph exactly at max', text: take({ body: BODY }), options: { max: 76 } },
    { name: 'no body', text: take({ body: null }) },
    { name: 'CRLF', text: take({ body: BODY }, '\r\n'), options: { max: 80 } },
  ],
  invalid: [
    {
      name: 'three paragraphs run together, default max 200',
      text: take({ body: [`${P1} ${P2} ${P3.replace('keeps a modern', '⟦keeps a modern')}⟧`, P4] }),
      messages: ['Paragraph has 209 words; the most is 200'],
    },
    {
      name: 'three paragraphs over a lower max',
      text: take({
        body: [
          P1.replace('ministers must decide', '⟦ministers must decide').concat('⟧'),
          P2.replace('refuse.', '⟦refuse.⟧'),
          P3.replace('wet season.', '⟦wet season.⟧'),
          P4,
        ],
      }),
      options: { max: 65 },
      messages: ['Paragraph has 76 words; the most is 65', 'Paragraph has 66 words', 'Paragraph has 67 words'],
    },
    {
      name: 'max 1 leaves the first word alone',
      text: take({ body: [`The ⟦${P4.slice('The '.length)}⟧`] }),
      options: { max: 1 },
    },
  ],
});

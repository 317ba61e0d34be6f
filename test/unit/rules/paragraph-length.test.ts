import { ruleCases } from '../../helpers/rule-cases';
import { take } from '../../helpers/take-builder';

// Paragraphs of their own (76, 66, 67 and 46 words), so the counts below do not move when the default take changes.
const P1 =
  'The harbour at Port Moresby has changed more in five years than in the fifty before them. Cranes financed by three different governments now stand within sight of one another, each painted in the colours of its donor, and the dockworkers joke that they can tell which embassy is in favour by which crane is working. The joke is less funny in the capital, where ministers must decide whose terms to accept for the next berth.';
const P2 =
  'Australia still has the deepest ties, built on schools, churches and a shared army history. But depth is not the same as attention. For most of the last decade Canberra treated the islands as a settled question, and the loans it offered came with conditions that took years to negotiate. Beijing offered speed instead, and speed, for a government facing an election, is hard to refuse.';
const P3 =
  'None of this means the region is choosing sides. Island leaders have said plainly that they want every partner at the table and none of them in charge. The test of that stance will come when the projects need repairs, when the warranties end and someone must pay for the spare parts, the engineers and the dredging that keeps a modern port open through the wet season.';
const P4 =
  'The outside powers would do well to listen. A partner that funds maintenance, trains local technicians and publishes its contracts will earn more loyalty than one that cuts ribbons. That is a modest ambition, but in the Pacific modest ambitions kept are remembered for a generation.';
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

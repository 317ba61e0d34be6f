import { ruleCases } from '../../helpers/rule-cases';
import { take } from '../../helpers/take-builder';

// A body of its own (76, 66, 67 and 46 words: 255 in all), so the counts below do not move when the default take changes.
const P1 =
  'The harbour at Port Moresby has changed more in five years than in the fifty before them. Cranes financed by three different governments now stand within sight of one another, each painted in the colours of its donor, and the dockworkers joke that they can tell which embassy is in favour by which crane is working. The joke is less funny in the capital, where ministers must decide whose terms to accept for the next berth.';
const P2 =
  'Australia still has the deepest ties, built on schools, churches and a shared army history. But depth is not the same as attention. For most of the last decade Canberra treated the islands as a settled question, and the loans it offered came with conditions that took years to negotiate. Beijing offered speed instead, and speed, for a government facing an election, is hard to refuse.';
const P3 =
  'None of this means the region is choosing sides. Island leaders have said plainly that they want every partner at the table and none of them in charge. The test of that stance will come when the projects need repairs, when the warranties end and someone must pay for the spare parts, the engineers and the dredging that keeps a modern port open through the wet season.';
const P4 =
  'The outside powers would do well to listen. A partner that funds maintenance, trains local technicians and publishes its contracts will earn more loyalty than one that cuts ribbons. That is a modest ambition, but in the Pacific modest ambitions kept are remembered for a generation.';
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

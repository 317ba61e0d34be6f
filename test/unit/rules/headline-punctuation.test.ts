import { ruleCases } from '../../helpers/rule-cases';
import { take, TEST_CONFIG } from '../../helpers/take-builder';

const HEADLINE = 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River';

ruleCases('headline-punctuation', {
  valid: [
    { name: 'the default take', text: take(), config: TEST_CONFIG },
    { name: 'a question mark', text: take({ headline: 'Water Wars – We Asked Ana Ruiz: Can the Delta Survive?' }) },
    { name: 'an exclamation mark', text: take({ headline: 'Water Wars – We Asked Ana Ruiz, and She Said No!' }) },
    { name: 'the period of an abbreviation', text: take({ headline: 'Water Wars – We Asked Ana Ruiz About Dams Built by the U.S.' }) },
    { name: 'an ellipsis', text: take({ headline: 'Water Wars – We Asked Ana Ruiz What Comes Next...' }) },
    { name: 'no headline', text: take({ headline: null }) },
    { name: 'doubled spaces in the body are doubled-space’s business', text: take({ body: ['The  accord is short.', 'Another  one.', 'Third.'] }) },
  ],
  invalid: [
    {
      name: 'a final period',
      text: take({ headline: `${HEADLINE}⟦.⟧` }),
      messages: ['Drop the final period: a headline is not a sentence'],
      output: take(),
    },
    {
      name: 'doubled spaces',
      text: take({ headline: 'The Mekong Accord⟦  ⟧– We Asked Mai Linh Tran What Comes Next for the River' }),
      messages: ["Use one space, not 2, between the headline's words"],
      output: take(),
    },
    {
      name: 'both, and a tab run',
      text: take({ headline: 'The Mekong Accord – We Asked⟦ \t ⟧Mai Linh Tran What Comes Next⟦   ⟧for the River⟦.⟧' }),
      messages: ['not 3', 'not 3', 'Drop the final period'],
      output: take(),
    },
    {
      name: 'a period after a question mark',
      text: take({ headline: 'Water Wars – We Asked Ana Ruiz: Can the Delta Survive?⟦.⟧' }, '\r\n'),
      output: take({ headline: 'Water Wars – We Asked Ana Ruiz: Can the Delta Survive?' }, '\r\n'),
    },
    {
      name: 'no-break spaces count',
      text: take({ headline: 'The Mekong Accord –⟦\u00a0 ⟧We Asked Mai Linh Tran What Comes Next for the River' }),
      output: take(),
    },
  ],
});

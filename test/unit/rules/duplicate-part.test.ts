import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY, TEST_CONFIG, TEST_NOTE } from '../../helpers/take-builder';

const BYLINE = 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.';
const HEADLINE = 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River';
const PULL_QUOTE = '“A ministry that must publish its release schedule a week in advance cannot easily deny that a sudden drop in the river was its doing.”';
const [first, ...rest] = DEFAULT_BODY;

ruleCases('duplicate-part', {
  valid: [
    { name: 'the default take', text: take() },
    { name: 'with its symposium, blank lines between paragraphs', text: take({}, '\n\n'), config: TEST_CONFIG },
    { name: 'quoted paragraphs inside the body are body', text: take({ body: [first, '“Shared river” is what everyone said, and nobody meant.', ...rest] }) },
    {
      name: 'a body paragraph about photos is not an image credit',
      text: take({ body: [first, 'Photo opportunities at the signing hid the real quarrels.', ...rest] }),
    },
    {
      name: 'a body paragraph naming someone else is not a byline',
      text: take({ body: [...DEFAULT_BODY, 'Hun Manet is the prime minister of Cambodia, and he has said little.'] }),
    },
    { name: 'missing parts are not duplicates', text: take({ pullQuote: null, image: null }) },
  ],
  invalid: [
    {
      name: 'two image credits',
      text: take({ image: 'Image: Reuters\n⟦Image: AP⟧' }),
      messages: ['Second image credit: a take has one image credit and only the first is published'],
    },
    {
      name: 'two pull-quotes',
      text: take({ pullQuote: `${PULL_QUOTE}\n⟦“Evidence is what regional courts and donors have lacked.”⟧` }),
      messages: ['Second pull-quote'],
    },
    {
      name: 'the editor’s note pasted again at the end',
      text: take({ image: `Image: Reuters\n⟦Editor’s Note: ${TEST_NOTE}⟧` }),
      messages: ["Second editor's note, identical to the first"],
    },
    {
      name: 'the headline twice',
      text: take({ pullQuote: `⟦${HEADLINE}⟧` }),
      messages: ['Second headline, identical to the first'],
    },
    {
      name: 'the byline twice',
      text: take({ body: [...DEFAULT_BODY, BYLINE], byline: `⟦${BYLINE}⟧` }),
      messages: ['Second byline, identical to the first'],
    },
    {
      name: 'a second byline with an honorific, CRLF',
      text: take({ byline: `${BYLINE}\r\n⟦Dr. Mai Linh Tran is a fellow at the Delta Trust.⟧` }, '\r\n'),
      messages: ['Second byline: a take has one byline'],
    },
  ],
});

import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY, TEST_CONFIG, TEST_NOTE } from '../../helpers/take-builder';

const BYLINE = 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.';
const PULL_QUOTE = '“A ministry that must publish its release schedule a week in advance cannot easily deny that a sudden drop in the river was its doing.”';
const NOTE = `Editor’s Note: ${TEST_NOTE}`;

ruleCases('required-parts', {
  valid: [
    { name: 'the default take', text: take() },
    { name: 'the default take with its symposium', text: take(), config: TEST_CONFIG },
    { name: 'CRLF line endings and a BOM', text: '\uFEFF' + take({}, '\r\n') },
    { name: 'blank-line separated paragraphs, no final newline', text: take({}, '\n\n').trimEnd() },
    {
      name: 'a pull-quote without marks is still a pull-quote',
      text: take({ pullQuote: 'A ministry that must publish its release schedule cannot deny a sudden drop.' }),
    },
    { name: 'parts out of order are all present', text: take({ byline: 'Image: Reuters', image: BYLINE }) },
    {
      name: 'a byline with an honorific and two sentences',
      text: take({ byline: 'Dr. Mai Linh Tran is director of the Delta Program at the Institute for Water Policy. She is based in Singapore.' }),
    },
  ],
  invalid: [
    {
      name: 'no pull-quote: reported at the editor’s note',
      text: take({ pullQuote: null, editorsNote: `⟦⟧${NOTE}` }),
      messages: ['Missing pull-quote: after the headline, add a line with one or two sentences from the body in double quotes (“…”)'],
    },
    {
      name: 'no image credit: reported at the end of the byline',
      text: take({ image: null, byline: `${BYLINE}⟦⟧` }),
      messages: ['Missing image credit: end the take with a line such as "Image: Reuters"'],
    },
    {
      name: 'no byline: reported at the image credit, with the headline’s name',
      text: take({ byline: null, image: '⟦⟧Image: Reuters' }),
      messages: ['Missing byline: after the body, add a line such as "Mai Linh Tran is <role> at <institution>"'],
    },
    {
      name: 'no headline: reported at the first line, with the filled-in template',
      text: take({ headline: null, pullQuote: `⟦⟧${PULL_QUOTE}` }),
      config: TEST_CONFIG,
      messages: ['Missing headline: the take opens with a headline line such as "The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River"'],
    },
    {
      name: 'no editor’s note and no body: both at the byline',
      text: take({ editorsNote: null, body: null, byline: `⟦⟧⟦⟧${BYLINE}` }),
      messages: ["Missing editor's note", 'Missing body'],
    },
    {
      name: 'the configured editor’s note is quoted in the message',
      text: take({ editorsNote: null, body: [`⟦⟧${DEFAULT_BODY[0]}`, ...DEFAULT_BODY.slice(1)] }),
      config: TEST_CONFIG,
      messages: [`Missing editor's note: before the body, add a line "Editor’s Note: ${TEST_NOTE}"`],
    },
    {
      name: 'a lone body paragraph: three parts before it, two after',
      text: `⟦⟧⟦⟧⟦⟧${DEFAULT_BODY[0]}⟦⟧⟦⟧\n`,
      messages: ['Missing headline', 'Missing pull-quote', "Missing editor's note", 'Missing byline', 'Missing image credit'],
    },
    {
      name: 'an empty file: everything at 0',
      text: '⟦⟧⟦⟧⟦⟧⟦⟧⟦⟧⟦⟧',
      messages: ['Missing headline', 'Missing pull-quote', "Missing editor's note", 'Missing body', 'Missing byline', 'Missing image credit'],
    },
    {
      name: 'straight house style: the pull-quote example uses straight marks',
      text: take({ pullQuote: null, editorsNote: `⟦⟧Editor's Note: ${TEST_NOTE}` }),
      config: { quotes: 'straight' },
      messages: ['in double quotes ("…")'],
    },
  ],
});

import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY, TEST_CONFIG, TEST_NOTE } from '../../helpers/take-builder';

const BYLINE = 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.';
const HEADLINE = 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River';
const PULL_QUOTE = '“A ministry that must publish its release schedule a week in advance cannot easily deny that a sudden drop in the river was its doing.”';
const NOTE = `Editor’s Note: ${TEST_NOTE}`;
const [first, ...rest] = DEFAULT_BODY;

ruleCases('part-order', {
  valid: [
    { name: 'the default take', text: take() },
    { name: 'with its symposium, CRLF', text: take({}, '\r\n'), config: TEST_CONFIG },
    { name: 'missing parts are not out of order', text: take({ pullQuote: null, byline: null }) },
    { name: 'a repeated image credit is duplicate-part’s business', text: take({ image: 'Image: Reuters\nImage: AP' }) },
    { name: 'a pull-quote twice in the header', text: take({ pullQuote: `${PULL_QUOTE}\n“Evidence is what courts have lacked.”` }) },
    { name: 'a body paragraph that quotes someone, after the body began', text: take({ body: [first, '“Shared river” is what everyone said.', ...rest] }) },
  ],
  invalid: [
    {
      name: 'byline below the image credit',
      text: take({ byline: 'Image: Reuters', image: `⟦${BYLINE}⟧` }),
      messages: ['The byline is out of place: it belongs after the body and before the image credit'],
    },
    {
      name: 'byline above the body',
      text: take({ editorsNote: `${NOTE}\n⟦${BYLINE}⟧`, byline: null }),
      messages: ['The byline is out of place: it belongs after the body and before the image credit'],
    },
    {
      name: 'pull-quote after the editor’s note',
      text: take({ pullQuote: null, editorsNote: `${NOTE}\n⟦${PULL_QUOTE}⟧` }),
      messages: ["The pull-quote is out of place: it belongs after the headline and before the editor's note"],
    },
    {
      name: 'image credit right after the headline',
      text: take({ headline: `${HEADLINE}\n⟦Image: Reuters⟧`, image: null }),
      messages: ['The image credit is out of place: it belongs last, after the byline'],
    },
    {
      name: 'a body paragraph after the image credit',
      text: take({ body: rest, image: `Image: Reuters\n⟦${first}⟧` }),
      messages: ["This body paragraph is out of place: it belongs after the editor's note and before the byline"],
    },
    {
      name: 'headline below the pull-quote',
      text: take({ headline: PULL_QUOTE, pullQuote: `⟦${HEADLINE}⟧` }),
      messages: ['The headline is out of place: it belongs first, before the pull-quote'],
    },
    {
      name: 'editor’s note at the end, and the byline below the image credit',
      text: take({ editorsNote: null, byline: 'Image: Reuters', image: `⟦${BYLINE}⟧\n⟦${NOTE}⟧` }),
      messages: ['The byline is out of place', "The editor's note is out of place: it belongs after the pull-quote and before the body"],
    },
    {
      name: 'image credit pasted above the byline and again below it',
      text: take({ byline: `Image: Reuters\n⟦${BYLINE}⟧` }),
      messages: ['The byline is out of place'],
    },
  ],
});

import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY, TEST_CONFIG } from '../../helpers/take-builder';

const [first, ...rest] = DEFAULT_BODY;

ruleCases('doubled-space', {
  valid: [
    { name: 'the default take', text: take() },
    { name: 'CRLF line endings', text: take({}, '\r\n') },
    { name: 'a single no-break space and a single tab', text: take({ body: [`The gauge at Pakse fell 2\u00A0m in a week,\tthen rose. ${first}`, ...rest] }) },
    { name: 'blank-line separated paragraphs', text: take().replace(/\n/g, '\n\n') },
    {
      name: 'trailing white space when `trailing` is off',
      text: take({ body: [`${first}  `, ...rest], byline: 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.\t' }),
      options: { trailing: false },
    },
    {
      name: 'a run inside the headline is left to the headline rules',
      text: take({ headline: 'The Mekong Accord – We Asked Mai Linh Tran What Comes  Next for the River' }),
    },
    {
      name: 'configured boilerplate is not prose',
      text: take({ editorsNote: 'Editor’s Note: Looking for more views  on the river? Read them here.' }),
      config: { ...TEST_CONFIG, editorsNote: 'Looking for more views  on the river? Read them here.' },
    },
  ],
  invalid: [
    {
      name: 'a doubled space in the body',
      text: take({ body: [`The accord was signed in Vientiane ⟦ ⟧last month. ${first}`, ...rest] }),
      messages: ['Use one space, not 2 white space characters in a row'],
      output: take({ body: [`The accord was signed in Vientiane last month. ${first}`, ...rest] }),
    },
    {
      name: 'runs mixing no-break spaces and tabs, in the pull-quote and the byline',
      text: take({
        pullQuote: '“Evidence is what regional courts and ⟦\u00A0\t⟧donors have lacked.”',
        byline: 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy⟦\t\t⟧in Singapore.',
      }),
      output: take({
        pullQuote: '“Evidence is what regional courts and donors have lacked.”',
        byline: 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.',
      }),
    },
    {
      name: 'trailing white space on a body line and on the headline',
      text: take({ headline: 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River⟦ ⟧', body: [`${first}⟦ \t⟧`, ...rest] }),
      messages: ['end of the line', 'end of the line'],
      output: take(),
    },
    {
      name: 'indentation at the start of a line',
      text: take({ body: [`⟦    ⟧${first}`, ...rest], image: '⟦\t⟧Image: Reuters' }),
      messages: ['start of the line', 'start of the line'],
      output: take(),
    },
    {
      name: 'a line of white space only between blank-line separated paragraphs',
      text: take().replace(`\n${first}`, `\n⟦   ⟧\n${first}`),
      messages: ['empty line'],
      output: take().replace(`\n${first}`, `\n\n${first}`),
    },
    {
      name: 'trailing white space before CRLF',
      text: take({ byline: 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.⟦  ⟧' }, '\r\n'),
      output: take({}, '\r\n'),
    },
    {
      name: 'trailing and leading white space with old Mac line breaks (CR alone)',
      text: take({ byline: '⟦ ⟧Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.⟦\t⟧' }, '\r'),
      output: take({}, '\r'),
    },
  ],
});

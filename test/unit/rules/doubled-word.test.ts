import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY } from '../../helpers/take-builder';

const [first, ...rest] = DEFAULT_BODY;

ruleCases('doubled-word', {
  valid: [
    { name: 'the default take', text: take() },
    { name: 'punctuation between the words', text: take({ body: [`Now, now, the ministers said: wait. Wait for what? ${first}`, ...rest] }) },
    {
      name: 'words that may repeat by default',
      text: take({ body: [`The delegates had had enough, and they knew that that was the end. ${first}`, ...rest] }),
    },
    { name: 'numbers and names', text: take({ body: [`Rows 12 12 and 14 of the table; the gauge near Walla Walla is older. ${first}`, ...rest] }) },
    {
      name: 'a word inside a longer one or a hyphenated one',
      text: take({ body: [`the theory of tit-for-tat tat-ting; Jong-un’s envoy; don’t don ${first}`, ...rest] }),
    },
    {
      name: 'an allowed word from the options',
      text: take({ body: [`It was a very very long night in Vientiane. ${first}`, ...rest] }),
      options: { allow: 'very' },
    },
    { name: 'the headline is not prose', text: take({ headline: 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next Next for the River' }) },
  ],
  invalid: [
    {
      name: 'the the',
      text: take({ body: [`Farmers of the⟦ the⟧ delta pay the price. ${first}`, ...rest] }),
      messages: ['Remove the repeated word "the"'],
      output: take({ body: [`Farmers of the delta pay the price. ${first}`, ...rest] }),
    },
    {
      name: 'case is ignored at a sentence start',
      text: take({ body: [`The⟦ the⟧ accord is thin. ${first}`, ...rest] }),
      output: take({ body: [`The accord is thin. ${first}`, ...rest] }),
    },
    {
      name: 'three in a row and a run of spaces',
      text: take({ body: [`The test comes in⟦ in⟧⟦ in⟧ March, when the reservoirs are⟦   are⟧ lowest. ${first}`, ...rest] }),
      output: take({ body: [`The test comes in March, when the reservoirs are lowest. ${first}`, ...rest] }),
    },
    {
      name: 'apostrophes and hyphens inside the word, in the pull-quote',
      text: take({ pullQuote: '“They don’t⟦ don’t⟧ share real-time⟦ real-time⟧ data yet.”' }),
      output: take({ pullQuote: '“They don’t share real-time data yet.”' }),
    },
    {
      name: 'a word the default allows, once the option is emptied',
      text: take({ body: [`The envoys had⟦ had⟧ enough. ${first}`, ...rest] }),
      options: { allow: '' },
      output: take({ body: [`The envoys had enough. ${first}`, ...rest] }),
    },
    {
      name: 'in the byline',
      text: take({ byline: 'Mai Linh Tran is a senior research fellow at⟦ at⟧ the Institute for Water Policy in Singapore.' }),
      output: take(),
    },
  ],
});

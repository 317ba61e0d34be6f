import { ruleCases } from '../../helpers/rule-cases';
import { take, TEST_CONFIG } from '../../helpers/take-builder';

const AP = { headlineCase: 'ap' as const };

ruleCases('headline-case', {
  valid: [
    { name: 'the default take', text: take() },
    { name: 'the default take with its template', text: take(), config: TEST_CONFIG },
    { name: 'the default take in AP style', text: take(), config: AP },
    {
      name: 'the Hanoi shape in Chicago style',
      text: take({ headline: 'The Hanoi Summit – We Asked Lee Jae-won What Happens Next in U.S.-North Korea Relations' }),
    },
    {
      name: 'the Hanoi shape in AP style',
      text: take({ headline: 'The Hanoi Summit – We Asked Lee Jae-won What Happens Next in U.S.-North Korea Relations' }),
      config: AP,
    },
    {
      name: 'a particle before a preposition, a name with a lowercase second part',
      text: take({ headline: 'Water Wars – We Asked Ana Ruiz Whether Kim Jong-un Will Weigh In on the Deal' }),
    },
    { name: 'Is, It and a final preposition', text: take({ headline: 'Water Wars – We Asked Seán O’Hanlon What the Deal Is For and Whether It Holds Up' }) },
    {
      name: 'words with inner capitals, digits and periods',
      text: take({ headline: 'Water Wars – We Asked Ana McKay Whether the DPRK’s iPhone Ban and 5G Rules Matter to the U.S.' }),
    },
    { name: 'AP capitalises long prepositions', text: take({ headline: 'Water Wars – We Asked Ana Ruiz What Comes After the Summit With Seoul' }), config: AP },
    {
      name: 'name particles in the contributor’s name and elsewhere',
      text: take({ headline: 'Water Wars – We Asked Ursula de la Cruz What Lula da Silva Wants' }),
    },
    { name: 'a word after a colon and a comma before a capital', text: take({ headline: 'Water Wars – Sanctions Over, Talks Begin: A Look at the Delta' }) },
    {
      name: 'a compound whose later part is lowercase is left as written',
      text: take({ headline: 'Water Wars – We Asked Ana Ruiz Why Long-term Deals Fail' }),
    },
    { name: 'off', text: take({ headline: 'water wars – we asked ana ruiz what comes next' }), config: { headlineCase: 'off' } },
    { name: 'no headline', text: take({ headline: null }) },
  ],
  invalid: [
    {
      name: 'a sentence-case template: its own words are never reported, even when the headline strays from it',
      text: take({ headline: 'The Mekong Accord: here’s what Mai Linh Tran thinks will happen ⟦next⟧' }),
      config: { series: 'The Mekong Accord', headline: '{series}: here’s what {contributor} thinks will happen' },
      output: take({ headline: 'The Mekong Accord: here’s what Mai Linh Tran thinks will happen Next' }),
    },
    {
      name: 'the template’s casing is expected when the words match',
      text: take({ headline: 'The Mekong Accord – We ⟦asked⟧ Mai Linh Tran ⟦what⟧ ⟦comes⟧ ⟦next⟧ ⟦For⟧ the River' }),
      config: TEST_CONFIG,
      messages: ['Write "Asked", not "asked", as in the headline template', 'Write "What"', 'Write "Comes"', 'Write "Next"', 'Write "for", not "For"'],
      output: take(),
    },
    {
      name: 'a capitalised preposition before a name, Chicago',
      text: take({ headline: 'Water Wars – We Asked Ana Ruiz What Happens Next ⟦In⟧ Korea' }),
      messages: ['Write "in", not "In", in Chicago title case'],
      output: take({ headline: 'Water Wars – We Asked Ana Ruiz What Happens Next in Korea' }),
    },
    {
      name: 'About before an article: lowercase in Chicago',
      text: take({ headline: 'Water Wars – We Asked Ana Ruiz ⟦About⟧ the Delta' }),
      output: take({ headline: 'Water Wars – We Asked Ana Ruiz about the Delta' }),
    },
    {
      name: 'with: capitalised in AP',
      text: take({ headline: 'Water Wars – We Asked Ana Ruiz What Comes Next ⟦with⟧ Seoul' }),
      config: AP,
      messages: ['Write "With", not "with", in AP title case'],
      output: take({ headline: 'Water Wars – We Asked Ana Ruiz What Comes Next With Seoul' }),
    },
    {
      name: 'lowercase it, is, be',
      text: take({ headline: 'Water Wars – We Asked Ana Ruiz Whether ⟦it⟧ ⟦is⟧ Too Late to ⟦be⟧ Hopeful' }),
      output: take({ headline: 'Water Wars – We Asked Ana Ruiz Whether It Is Too Late to Be Hopeful' }),
    },
    {
      name: 'first word, first word after the dash, last word',
      text: take({ headline: '⟦water⟧ Wars – ⟦we⟧ Asked Ana Ruiz What the Deal Is ⟦for⟧' }),
      output: take({ headline: 'Water Wars – We Asked Ana Ruiz What the Deal Is For' }),
    },
    {
      name: 'an all-lowercase compound and a capitalised article',
      text: take({ headline: 'Water Wars – We Asked Ana Ruiz Why ⟦long-term⟧ Deals Fail in ⟦The⟧ End' }),
      output: take({ headline: 'Water Wars – We Asked Ana Ruiz Why Long-Term Deals Fail in the End' }),
    },
    {
      name: 'a lowercase name is written as the byline writes it',
      text: take({ headline: 'The Mekong Accord – We Asked ⟦mai⟧ ⟦linh⟧ ⟦tran⟧ What Comes Next for the River' }),
      config: TEST_CONFIG,
      messages: ['Write "Mai", not "mai", as the byline writes the name'],
      output: take(),
    },
    {
      name: 'the configured series is written as configured',
      text: take({ headline: 'The Delta ⟦At⟧ ⟦A⟧ Crossroads – We Asked Ana Ruiz What Comes Next' }),
      config: { series: 'The Delta at a Crossroads' },
      messages: ['as the series is written', 'as the series is written'],
      output: take({ headline: 'The Delta at a Crossroads – We Asked Ana Ruiz What Comes Next' }),
    },
  ],
});

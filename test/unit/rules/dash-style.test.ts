import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY } from '../../helpers/take-builder';

const [first, second, ...rest] = DEFAULT_BODY;
const SPACED = { dashes: 'spaced' as const };
/** The default body with its one closed em dash spaced, for the spaced house style. */
const spacedBody = [first, second.replace('evidence—and', 'evidence — and'), ...rest];

ruleCases('dash-style', {
  valid: [
    { name: 'the default take', text: take() },
    {
      name: 'hyphens in words and closed en dashes in ranges',
      text: take({
        body: [`Kim Jong-un, the U.S.-North talks and tit-for-tat moves; 300–900 words, the 1950–53 war, a Paris–Hanoi flight. ${first}`, second, ...rest],
      }),
    },
    {
      name: 'minus signs and spaced marks between numbers',
      text: take({ body: [`Nights fell to -5 degrees; the vote went 3 - 1, and the 1950 – 53 war ended. ${first}`, second, ...rest] }),
    },
    {
      name: 'em dashes opening and ending a paragraph, and a 2-em dash',
      text: take({
        body: [`—and so the talks began. The minister of ——— province stayed away. ${first}`, second, ...rest.slice(0, -1), `${rest[rest.length - 1]} Unless—`],
      }),
    },
    { name: 'an interruption before a closing quote', text: take({ body: [`“We were going to—” the envoy began, and stopped. ${first}`, second, ...rest] }) },
    {
      name: 'spaced house style',
      text: take({
        body: [`The data — sorry, the schedule — is late; “We were going to —” she said, and “— no,” he replied. ${first}`, ...spacedBody.slice(1)],
      }),
      config: SPACED,
    },
    {
      name: 'the headline dash belongs to headline-dash',
      text: take({ headline: 'The Mekong Accord - We Asked Mai Linh Tran What Comes Next for the River' }),
    },
  ],
  invalid: [
    {
      name: 'a spaced hyphen used as a dash',
      text: take({ body: [`The accord⟦ - ⟧signed last month⟦ - ⟧was a start. ${first}`, second, ...rest] }),
      messages: ['Use an em dash without spaces "—" instead of a spaced hyphen " - "'],
      output: take({ body: [`The accord—signed last month—was a start. ${first}`, second, ...rest] }),
    },
    {
      name: 'double hyphens, spaced and closed',
      text: take({ body: [`Data⟦ -- ⟧and evidence⟦--⟧matter. ${first}`, second, ...rest] }),
      messages: ['double hyphen "--"', 'double hyphen "--"'],
      output: take({ body: [`Data—and evidence—matter. ${first}`, second, ...rest] }),
    },
    {
      name: 'a spaced em dash in the closed house style, in the pull-quote',
      text: take({ pullQuote: '“Data alone⟦ — ⟧however complete⟦ —⟧will not refill the lake.”' }),
      messages: ['Close up the em dash', 'Close up the em dash'],
      output: take({ pullQuote: '“Data alone—however complete—will not refill the lake.”' }),
    },
    {
      name: 'a spaced en dash used as a dash, in the byline',
      text: take({ byline: 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy⟦ – ⟧a think tank in Singapore.' }),
      messages: ['spaced en dash'],
      output: take({ byline: 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy—a think tank in Singapore.' }),
    },
    {
      name: 'a double hyphen ending a paragraph',
      text: take({ body: [first, second, ...rest.slice(0, -1), `${rest[rest.length - 1]} Unless⟦--⟧`] }),
      output: take({ body: [first, second, ...rest.slice(0, -1), `${rest[rest.length - 1]} Unless—`] }),
    },
    {
      name: 'spaced house style: closed dashes and hyphens are spaced',
      text: take({
        body: [
          first,
          `Over time, that record becomes evidence⟦—⟧and evidence is what courts lack⟦--⟧and donors⟦ - ⟧too. “We were going to⟦—⟧” she said.`,
          ...rest,
        ],
      }),
      config: SPACED,
      messages: [
        'Space the em dash',
        'spaced em dash " — " instead of a double hyphen',
        'spaced em dash " — " instead of a spaced hyphen',
        'Space the em dash',
      ],
      output: take({
        body: [first, 'Over time, that record becomes evidence — and evidence is what courts lack — and donors — too. “We were going to —” she said.', ...rest],
      }),
    },
  ],
});

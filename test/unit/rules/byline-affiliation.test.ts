import { ruleCases } from '../../helpers/rule-cases';
import { take } from '../../helpers/take-builder';

const REALISTIC_BYLINES = [
  'Dr. John Hemmings is Director of the Asia Studies Centre at the Henry Jackson Society and an adjunct fellow at the Pacific Forum. He is based in London.',
  'Amb. Joseph DeTrani was the Special Envoy for Six Party Talks with North Korea.',
  'Prof. Kim Sung-han is dean of the Graduate School of International Studies at Korea University.',
  'Harry J. Kazianis is director of defense studies at the Center for the National Interest and executive editor of The National Interest.',
];

ruleCases('byline-affiliation', {
  valid: [
    { name: 'the default take', text: take() },
    ...REALISTIC_BYLINES.map((byline) => ({ name: byline.slice(0, 40), text: take({ byline }) })),
    { name: 'an acronym after “with”', text: take({ byline: 'Mai Linh Tran is a senior associate with CSIS.' }) },
    { name: 'an institution without a preposition', text: take({ byline: 'Mai Linh Tran is a Mekong Policy Forum fellow.' }) },
    {
      name: 'the institution in the second sentence',
      text: take({ byline: 'Mai Linh Tran is a hydrologist. She has advised the Asian Development Bank since 2015.' }),
    },
    { name: 'a first-person byline is left to byline-person', text: take({ byline: 'I am a hydrologist.' }) },
    { name: 'a journalist based in a named city', text: take({ byline: 'Mai Linh Tran is a freelance journalist based in Vientiane.' }) },
    { name: 'a former post', text: take({ byline: 'Mai Linh Tran is a former Vietnamese ambassador to Laos.' }) },
    { name: 'a role with an acronym', text: take({ byline: 'Mai Linh Tran was MRC secretary general.' }) },
    { name: 'a verb that says what she does', text: take({ byline: 'Mai Linh Tran writes a weekly newsletter on river shipping.' }) },
    {
      name: 'co-authors, each with an institution in their own sentence',
      text: take({
        headline: 'The Mekong Accord – We Asked Mai Linh Tran and Ana Ruiz What Comes Next for the River',
        byline: 'Mai Linh Tran is a fellow at the Delta Institute. Ana Ruiz is a lecturer at Can Tho University.',
      }),
    },
  ],
  invalid: [
    {
      name: 'a role and no institution',
      text: take({ byline: 'Mai Linh Tran is ⟦a freelance writer⟧.' }),
      messages: ['The byline names no institution'],
    },
    {
      name: 'a role with no place and no institution, then another sentence',
      text: take({ byline: 'Dr. Mai Linh Tran is ⟦a hydrologist⟧. She writes on water.' }),
    },
    {
      name: 'a lower-case “at” phrase names nothing',
      text: take({ byline: 'Mai Linh Tran is a lecturer at ⟦a university in the delta⟧.' }),
    },
    {
      name: 'co-authors: the second has no institution',
      text: take({
        headline: 'The Mekong Accord – We Asked Mai Linh Tran and Ana Ruiz What Comes Next for the River',
        byline: 'Mai Linh Tran is a fellow at the Delta Institute. Ana Ruiz is ⟦a freelance writer⟧.',
      }),
    },
    {
      name: 'a former role, no institution',
      text: take({ byline: 'Mai Linh Tran was ⟦a negotiator in the 1995 talks⟧.' }),
    },
  ],
});

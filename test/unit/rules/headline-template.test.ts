import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText } from '../../../server/src/core';
import { ruleCases, symposiumFor } from '../../helpers/rule-cases';
import { take, TEST_CONFIG } from '../../helpers/take-builder';

const DEFAULT_HEADLINE = 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River';

ruleCases('headline-template', {
  valid: [
    { name: 'the default take', text: take(), config: TEST_CONFIG },
    { name: 'without a template the rule does not run', text: take({ headline: 'Anything at All' }) },
    {
      name: 'a hyphen after the series is headline-dash’s business',
      text: take({ headline: 'The Mekong Accord - We Asked Mai Linh Tran What Comes Next for the River' }),
      config: TEST_CONFIG,
    },
    {
      name: 'a colon after the series is headline-dash’s business',
      text: take({ headline: 'The Mekong Accord: We Asked Mai Linh Tran What Comes Next for the River' }),
      config: TEST_CONFIG,
    },
    {
      name: 'a final period and doubled spaces are headline-punctuation’s business',
      text: take({ headline: 'The Mekong Accord –  We Asked Mai Linh Tran  What Comes Next for the River.' }),
      config: TEST_CONFIG,
    },
    {
      name: 'letter case is headline-case’s business',
      text: take({ headline: 'The Mekong accord – We asked Mai Linh Tran what comes next For The River' }),
      config: TEST_CONFIG,
    },
    {
      name: 'a name with a curly apostrophe and an accent, as in the byline',
      text: take({
        headline: 'The Mekong Accord – We Asked Seán O’Hanlon What Comes Next for the River',
        byline: 'Seán O’Hanlon is a fellow at the Delta Trust.',
      }),
      config: TEST_CONFIG,
    },
    { name: 'no headline is required-parts’ business', text: take({ headline: null }), config: TEST_CONFIG },
    {
      name: 'the Hanoi shape, with U.S.-North in the template',
      text: take({ headline: 'The Hanoi Summit – We Asked Lee Jae-won What Happens Next in U.S.-North Korea Relations' }),
      config: { series: 'The Hanoi Summit', headline: '{series} – We Asked {contributor} What Happens Next in U.S.-North Korea Relations' },
    },
  ],
  invalid: [
    {
      name: 'other wording',
      text: take({ headline: '⟦The Mekong Accord – We Asked Mai Linh Tran What Happens Next for the Delta⟧' }),
      config: TEST_CONFIG,
      messages: [`The headline does not follow the symposium's template: expected "${DEFAULT_HEADLINE}"`],
      output: take(),
    },
    {
      name: 'an honorific in the headline: the headline carries the bare name',
      text: take({ headline: 'The Mekong Accord – We Asked ⟦Dr. ⟧Mai Linh Tran What Comes Next for the River' }),
      config: TEST_CONFIG,
      messages: ['Drop "Dr." from the headline'],
      output: take(),
    },
    {
      name: 'a rank with (ret.) in the headline, the byline keeps it',
      text: take({
        headline: 'The Mekong Accord – We Asked ⟦Gen. (ret.) ⟧Mai Linh Tran What Comes Next for the River',
        byline: 'Gen. (ret.) Mai Linh Tran is a senior fellow at the Institute for Water Policy.',
      }),
      config: TEST_CONFIG,
      messages: ['Drop "Gen. (ret.)" from the headline'],
      output: take({ byline: 'Gen. (ret.) Mai Linh Tran is a senior fellow at the Institute for Water Policy.' }),
    },
    {
      name: 'co-authors, one with a post-nominal in the headline',
      text: take({
        headline: 'The Mekong Accord – We Asked Mai Linh Tran and Robert Gallucci⟦, Jr.⟧ What Comes Next for the River',
        byline: 'Mai Linh Tran and Robert Gallucci, Jr., are fellows at the Institute for Water Policy.',
      }),
      config: TEST_CONFIG,
      messages: ['Drop "Jr." from the headline'],
      output: take({
        headline: 'The Mekong Accord – We Asked Mai Linh Tran and Robert Gallucci What Comes Next for the River',
        byline: 'Mai Linh Tran and Robert Gallucci, Jr., are fellows at the Institute for Water Policy.',
      }),
    },
    {
      name: 'no name in the headline: the byline’s bare name is used',
      text: take({ headline: '⟦Mekong Accord: Where the River Goes⟧', byline: 'Prof. Mai Linh Tran is a fellow at the Delta Trust.' }),
      config: TEST_CONFIG,
      output: take({ headline: DEFAULT_HEADLINE, byline: 'Prof. Mai Linh Tran is a fellow at the Delta Trust.' }),
    },
    {
      name: 'the series left out',
      text: take({ headline: '⟦We Asked Mai Linh Tran What Comes Next for the River⟧' }),
      config: TEST_CONFIG,
      output: take(),
    },
    {
      name: 'no name anywhere: no fix',
      text: take({ headline: '⟦What Comes Next for the River⟧', byline: 'I am a hydrologist at the Delta Trust.' }),
      config: TEST_CONFIG,
      messages: ["no contributor's name was found to fill it in"],
      output: null,
    },
    {
      name: 'apostrophes are compared exactly',
      text: take({ headline: "⟦The Mekong Accord – We Asked Mai Linh Tran What's Next for the River⟧" }),
      config: { ...TEST_CONFIG, headline: '{series} – We Asked {contributor} What’s Next for the River' },
      output: take({ headline: 'The Mekong Accord – We Asked Mai Linh Tran What’s Next for the River' }),
    },
    {
      name: 'a misspelt series, CRLF',
      text: take({ headline: '⟦The Mekong Acord – We Asked Mai Linh Tran What Comes Next for the River⟧' }, '\r\n'),
      config: TEST_CONFIG,
      output: take({}, '\r\n'),
    },
  ],
});

const HEADLINE_RULES = ['headline-template', 'headline-dash', 'headline-case', 'headline-punctuation'];

test('the four headline rules fix a sloppy headline together without fighting', () => {
  const sloppy = [
    'the mekong accord -  we asked dr. mai linh tran what comes next for the river.',
    'The Mekong Accord:We Asked Mai Linh Tran What Comes Next For The River.',
    'The Mekong Accord  —  We asked Mai Linh Tran what comes next  for the river',
    'Mekong: what next?',
    'THE MEKONG ACCORD – WE ASKED MAI LINH TRAN WHAT COMES NEXT FOR THE RIVER',
  ];
  for (const headline of sloppy) {
    const fixed = fixText(take({ headline }), { symposium: symposiumFor(TEST_CONFIG), only: HEADLINE_RULES });
    assert.equal(fixed.output, take(), headline);
    assert.deepEqual(fixed.result.findings, [], headline);
  }
});

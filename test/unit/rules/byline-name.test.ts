import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase, ruleCases } from '../../helpers/rule-cases';
import { take, TEST_CONFIG, TEST_SERIES } from '../../helpers/take-builder';

const config = TEST_CONFIG;
const headline = (name: string) => `${TEST_SERIES} – We Asked ${name} What Comes Next for the River`;
const byline = (name: string) => `${name} is a senior research fellow at the Institute for Water Policy in Singapore.`;

ruleCases('byline-name', {
  valid: [
    { name: 'the default take', text: take(), config },
    { name: 'an honorific in the byline', text: take({ byline: byline('Dr. Mai Linh Tran') }), config },
    { name: 'case, accents and apostrophes folded', text: take({ headline: headline('Seán O’Hanlon'), byline: byline("Sean O'Hanlon") }), config },
    { name: 'a middle initial in the byline', text: take({ headline: headline('Harry Kazianis'), byline: byline('Harry J. Kazianis') }), config },
    { name: 'a hyphenated given name and an honorific', text: take({ headline: headline('Kim Sung-han'), byline: byline('Prof. Kim Sung-han') }), config },
    { name: 'no byline: nothing to compare', text: take({ byline: null }), config },
    { name: 'no template configured, the name read after “We Asked”', text: take({ byline: byline('Amb. Mai Linh Tran') }) },
    {
      name: 'co-authors in the other order, with a rank',
      text: take({ headline: headline('Mai Linh Tran and Lan Vo'), byline: 'Col. (ret.) Lan Vo and Mai Linh Tran are fellows at the Delta Institute.' }),
      config,
    },
    {
      name: 'co-authors, one sentence each',
      text: take({
        headline: headline('Mai Linh Tran and Lan Vo'),
        byline: 'Mai Linh Tran is a fellow at the Delta Institute. Lan Vo holds the River Chair at Can Tho University.',
      }),
      config,
    },
  ],
  invalid: [
    {
      name: 'a different spelling',
      text: take({ headline: `${TEST_SERIES} – We Asked Mai Linh Tran What Comes Next for the River`, byline: byline('⟦Mai Lin Tran⟧') }),
      config,
      messages: ['The byline names "Mai Lin Tran" but the headline names "Mai Linh Tran"'],
      suggested: [take({ byline: byline('Mai Linh Tran') })],
    },
    {
      name: 'another person, with an honorific kept out of the range',
      text: take({ byline: byline('Dr. ⟦Lan Vo⟧') }),
      config,
      suggested: [take({ byline: byline('Dr. Mai Linh Tran') })],
    },
    {
      name: 'a hyphen dropped from a given name',
      text: take({ headline: headline('Kim Sung-han'), byline: byline('⟦Kim Sung Han⟧') }),
      config,
      suggested: [take({ headline: headline('Kim Sung-han'), byline: byline('Kim Sung-han') })],
    },
    {
      name: 'co-authors: the byline names only one of them',
      text: take({ headline: headline('Mai Linh Tran and Lan Vo'), byline: byline('⟦Mai Linh Tran⟧') }),
      config,
      messages: ['The byline names "Mai Linh Tran" but the headline names "Mai Linh Tran and Lan Vo"'],
      suggested: [take({ headline: headline('Mai Linh Tran and Lan Vo'), byline: byline('Mai Linh Tran and Lan Vo') })],
    },
    {
      name: 'co-authors: a third person in the byline',
      text: take({ headline: headline('Mai Linh Tran and Lan Vo'), byline: '⟦Mai Linh Tran, Lan Vo and Ana Ruiz⟧ are fellows at the Delta Institute.' }),
      config,
      messages: ['The byline names "Mai Linh Tran, Lan Vo and Ana Ruiz" but the headline names "Mai Linh Tran and Lan Vo"'],
    },
    {
      name: 'family name missing in the byline',
      text: take({ byline: byline('⟦Mai Linh⟧') }),
      config,
    },
  ],
});

test('byline-name: points at the headline and offers to change either name', () => {
  const text = take({ byline: byline('Dr. Lan Vo') });
  const [finding] = lintCase('byline-name', { text, config });
  const named = text.indexOf('Mai Linh Tran');
  assert.deepEqual(finding.related, [{ start: named, end: named + 'Mai Linh Tran'.length, message: 'named in the headline' }]);
  assert.deepEqual(
    finding.suggestions?.map((s) => s.message),
    ["Use the headline's name in the byline", "Use the byline's name in the headline"],
  );
  const [edit] = finding.suggestions[1].edits;
  const changed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  assert.equal(changed, take({ headline: headline('Lan Vo'), byline: byline('Dr. Lan Vo') }));
});

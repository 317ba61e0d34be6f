import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleCases, symposiumFor } from '../../helpers/rule-cases';
import { take } from '../../helpers/take-builder';
import { NO_SEED, readSeed } from '../../helpers/seed';
import { lintText, parseTake } from '../../../server/src/core';
import { rule } from '../../../server/src/core/rules/byline-form';
import { DEFAULT_STYLE } from '../../../server/src/core/config/types';

const REALISTIC_BYLINES = [
  'Dr. John Hemmings is Director of the Asia Studies Centre at the Henry Jackson Society and an adjunct fellow at the Pacific Forum. He is based in London.',
  'Amb. Joseph DeTrani was the Special Envoy for Six Party Talks with North Korea.',
  'Prof. Kim Sung-han is dean of the Graduate School of International Studies at Korea University.',
  'Harry J. Kazianis is director of defense studies at the Center for the National Interest and executive editor of The National Interest.',
];

ruleCases('byline-form', {
  valid: [
    { name: 'the default take', text: take() },
    ...REALISTIC_BYLINES.map((byline) => ({ name: byline.slice(0, 40), text: take({ byline }) })),
    { name: 'a final period inside closing quotes', text: take({ byline: 'Mai Linh Tran is the author of “The Long Dry Season.”' }) },
    { name: 'a first-person byline is left to byline-person', text: take({ byline: 'I am a hydrologist at the Mekong River Institute.' }) },
    { name: 'no byline is left to required-parts', text: take({ byline: null }) },
    { name: 'an apostrophe in the name, CRLF', text: take({ byline: 'Seán O’Hanlon serves as a senior fellow at the Lowy Institute.' }, '\r\n') },
  ],
  invalid: [
    {
      name: 'no final period',
      text: take({ byline: 'Mai Linh Tran is a senior research fellow at the Institute for Water Polic⟦y⟧' }),
      messages: ['End the byline with a period'],
    },
    {
      name: 'the second sentence has no period',
      text: take({ byline: 'Dr. Mai Linh Tran is a senior fellow at the Institute for Water Policy. She is based in Singapor⟦e⟧' }),
    },
    {
      name: 'a comma where the period belongs',
      text: take({ byline: 'Mai Linh Tran was a visiting scholar at Chulalongkorn University⟦,⟧' }),
    },
    {
      name: 'no role after the verb',
      text: take({ byline: '⟦Mai Linh Tran is⟧.' }),
      messages: ['no role after "is"'],
    },
  ],
});

/** Lints a byline the parser does not recognise yet, as if it had: the rule's own handling of a shapeless byline. */
function shapelessReports(bylineText: string) {
  const text = take({ byline: bylineText });
  const parsed = parseTake(text);
  const line = parsed.paragraphs[parsed.paragraphs.length - 2];
  const byline = { ...line, kind: 'byline' as const, people: [] };
  const ctx = { text, take: { ...parsed, byline, body: parsed.body.filter((p) => p.start !== line.start) }, style: DEFAULT_STYLE, options: {}, prose: [] };
  return rule.check(ctx).map((r) => ({ range: text.slice(r.start, r.end), message: r.message }));
}

test('byline-form: a short byline that does not open with a name and a verb is reported whole', () => {
  const reports = shapelessReports('Mai Linh Tran, Institute for Water Policy.');
  assert.deepEqual(
    reports.map((r) => r.range),
    ['Mai Linh Tran, Institute for Water Policy.'],
  );
  assert.match(reports[0].message, /Start the byline with the contributor's name and a verb/);
});

test('byline-form: a long shapeless byline is reported on its first words', () => {
  const reports = shapelessReports('Senior research fellow, Institute for Water Policy, Singapore, and adviser to the delegation.');
  assert.deepEqual(
    reports.map((r) => r.range),
    ['Senior research fellow, Institute for'],
  );
});

test('the Hanoi seed: no finding on its editor’s note, byline or image credit', { skip: NO_SEED }, () => {
  const text = readSeed();
  const editorsNote = /^Editor’s Note: (.*)$/m.exec(text)?.[1];
  assert.ok(editorsNote, 'the seed has an editor’s note');
  const symposium = symposiumFor({
    series: 'The Hanoi Summit',
    headline: '{series} – We Asked {contributor} What Happens Next in U.S.-North Korea Relations',
    editorsNote,
    imageCredit: 'Reuters',
  });
  const only = [
    'editors-note-label',
    'editors-note-text',
    'byline-form',
    'byline-affiliation',
    'byline-name',
    'byline-person',
    'image-credit',
    'word-count',
    'paragraph-length',
  ];
  const result = lintText(text, { symposium, filePath: '/symposium/hanoi-zhu-feng.take', only });
  assert.equal(result.take.byline?.text, 'Zhu Feng is a professor at the Nanjing University in China.');
  assert.deepEqual(
    result.findings.map((f) => `${f.ruleId}: ${f.message}`),
    [],
  );
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleCases, lintCase } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY, TEST_CONFIG } from '../../helpers/take-builder';

const CLOSEST = 'A ministry that must publish its release schedule a week in advance cannot easily deny that a sudden drop in the river was its doing.';

ruleCases('pull-quote-in-body', {
  valid: [
    { name: 'the default take', text: take(), config: TEST_CONFIG },
    {
      name: 'two sentences in a row',
      text: take({ pullQuote: '“Critics are right that data alone will not refill the Tonle Sap. But they underestimate what transparency changes.”' }),
    },
    {
      name: 'case, straight quotes and a missing final period',
      text: take({ pullQuote: '"critics are right that data alone will not refill the tonle sap"' }),
    },
    {
      name: 'nested single quotes against double quotes in the body',
      text: take({ pullQuote: '“If they do not, the ‘shared river’ rhetoric will ring hollow.”' }),
    },
    {
      name: 'an ellipsis for words left out',
      text: take({ pullQuote: '“If the upstream operators keep to the schedule … the accord will have earned a measure of trust.”' }),
    },
    {
      name: 'three dots for words left out',
      text: take({ pullQuote: '"Fisheries ministries... now sit on the technical committee that reviews each release."' }),
    },
    {
      name: 'the end of one paragraph and the start of the next',
      text: take({ pullQuote: '“Evidence is what regional courts and donors have lacked. The next test comes in March.”' }),
    },
    { name: 'an unquoted pull-quote', text: take({ pullQuote: 'Less than they think.' }) },
    {
      name: 'straight apostrophes against curly ones',
      text: take({
        body: ['The river’s delta is what the accord’s critics mean.', ...DEFAULT_BODY.slice(1)],
        pullQuote: "“The river's delta is what the accord's critics mean.”",
      }),
    },
  ],
  invalid: [
    {
      name: 'reworded: the closest sentence is suggested',
      text: take({ pullQuote: '“⟦A ministry that publishes its release schedule in advance cannot deny that a drop in the river was its doing.⟧”' }),
      messages: ["The pull-quote's words do not appear in the body, where a pull-quote is lifted from"],
      suggested: [take({ pullQuote: `“${CLOSEST}”` })],
    },
    {
      name: 'a pull-quote from another take',
      text: take({ pullQuote: '“⟦The real test of the accord will come on a dark night, when a dam releases water and nobody is watching.⟧”' }),
      suggested: [take({ pullQuote: '“The next test comes in March, when the reservoirs are lowest and the pressure to hold water back is highest.”' })],
    },
    {
      name: 'a suggested sentence with a quotation gets single quotes',
      text: take({ pullQuote: '“⟦The shared river rhetoric rings hollow if they do not keep it.⟧”' }),
      suggested: [
        take({
          pullQuote:
            '“If they do not, the ‘shared river’ rhetoric will ring hollow, and the U.S. and Japanese funds tied to the agreement will be quietly withdrawn.”',
        }),
      ],
    },
    {
      name: 'nothing in common: no suggestion',
      text: take({ pullQuote: '“⟦Glaciers calve louder in spring.⟧”' }),
    },
    {
      name: 'pieces around an ellipsis out of order',
      text: take({ pullQuote: '"⟦The accord will have earned a measure of trust … if the upstream operators keep to the schedule.⟧"' }),
    },
  ],
});

test('pull-quote-in-body: no related sentence when nothing shares a word', () => {
  const text = take({ pullQuote: '“Glaciers calve louder in spring.”' });
  const [finding] = lintCase('pull-quote-in-body', { text });
  assert.equal(finding.related, undefined);
  assert.equal(finding.suggestions, undefined);
});

test('pull-quote-in-body: the related location is the closest sentence', () => {
  const text = take({ pullQuote: '“A ministry that publishes its release schedule in advance cannot deny that a drop in the river was its doing.”' });
  const [finding] = lintCase('pull-quote-in-body', { text });
  assert.equal(text.slice(finding.related![0].start, finding.related![0].end), CLOSEST);
  assert.equal(finding.related![0].message, 'closest body sentence');
});

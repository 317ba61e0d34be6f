import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleCases, lintCase, symposiumFor } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY } from '../../helpers/take-builder';
import { NO_SEED, readSeed } from '../../helpers/seed';
import { fixText } from '../../../server/src/core';

const [first, second, third, ...rest] = DEFAULT_BODY;
const STRAIGHT = { quotes: 'straight' as const };
const straightBody = [first, second, third.replace(/[“”]/g, '"'), ...rest];

ruleCases('quote-style', {
  valid: [
    { name: 'the default take', text: take() },
    {
      name: 'a quotation inside a quotation, apostrophes and a decade',
      text: take({
        body: [
          `The minister said, “We won’t sign what the envoy called ‘a final offer’ while the debts of the ’90s are unpaid,” and left. ${first}`,
          ...DEFAULT_BODY.slice(1),
        ],
      }),
    },
    {
      name: 'leading elisions, names and plural possessives',
      text: take({ body: [`Farmers sang rock ’n’ roll ’til dawn; the Joneses’ boat and Dr. O’Hanlon’s gauges survived. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'straight primes after digits are measurements, not quotes',
      text: take({ body: [`The new gauge sits 5'11" above the riverbed, and the old post is barely 6' tall. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'a dash before a quotation and a closing quote before a dash',
      text: take({ body: [`The plan was clear—“share the data”—and the ministries agreed to “publish weekly.” ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'straight house style with straight marks everywhere',
      text: take({ pullQuote: '"The politics will follow the numbers, as they usually do on this river."', body: straightBody }),
      config: STRAIGHT,
    },
    {
      name: 'the headline is left to the headline rules',
      text: take({ headline: 'The Mekong Accord – We Asked Mai Linh Tran What "Comes Next" for the River' }),
    },
  ],
  invalid: [
    {
      name: 'straight double quotes in the body',
      text: take({ body: [`The envoy called it ⟦"⟧a pause⟦"⟧, not a collapse. ${first}`, ...DEFAULT_BODY.slice(1)] }),
      messages: ['Use an opening curly quote “ instead of "', 'Use a closing curly quote ” instead of "'],
      output: take({ body: [`The envoy called it “a pause”, not a collapse. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'straight marks of a nested quotation and an apostrophe',
      text: take({ body: [`⟦"⟧We can⟦'⟧t sign what the delegates called ⟦'⟧a blank cheque,⟦'⟧⟦"⟧ she said. ${first}`, ...DEFAULT_BODY.slice(1)] }),
      messages: ['opening curly quote “', 'curly apostrophe ’', 'opening single curly quote ‘', 'closing single curly quote ’', 'closing curly quote ”'],
      output: take({ body: [`“We can’t sign what the delegates called ‘a blank cheque,’” she said. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'curly marks turned the wrong way',
      text: take({
        body: [`The operators ⟦”⟧promised⟦“⟧ more data, but they don⟦‘⟧t publish it as they did in the ⟦‘⟧90s. ${first}`, ...DEFAULT_BODY.slice(1)],
      }),
      messages: [
        'opening curly quote “ instead of ”',
        'closing curly quote ” instead of “',
        'curly apostrophe ’ instead of ‘',
        'curly apostrophe ’ instead of ‘',
      ],
      output: take({ body: [`The operators “promised” more data, but they don’t publish it as they did in the ’90s. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'straight leading elisions become apostrophes, not opening quotes',
      text: take({ body: [`Radio stations played rock ⟦'⟧n⟦'⟧ roll from the ⟦'⟧80s ⟦'⟧til the dams closed. ${first}`, ...DEFAULT_BODY.slice(1)] }),
      output: take({ body: [`Radio stations played rock ’n’ roll from the ’80s ’til the dams closed. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'straight pull-quote marks while the body is curly',
      text: take({ pullQuote: '⟦"⟧Evidence is what regional courts and donors have lacked.⟦"⟧' }),
      output: take({ pullQuote: '“Evidence is what regional courts and donors have lacked.”' }),
    },
    {
      name: 'apostrophe in the byline',
      text: take({ byline: "Mai Linh Tran is a senior fellow at the Institute for Water Policy, where she leads the delta team⟦'⟧s work." }),
      output: take({ byline: 'Mai Linh Tran is a senior fellow at the Institute for Water Policy, where she leads the delta team’s work.' }),
    },
    {
      name: 'straight house style: curly marks become straight',
      text: take({
        pullQuote: '⟦“⟧The politics will follow the numbers.⟦”⟧',
        body: [`The delta⟦’⟧s farmers call it ⟦“⟧the quiet year.⟦”⟧ ${first}`, second, third.replace(/[“”]/g, '"'), ...rest],
      }),
      config: STRAIGHT,
      messages: ['Use a straight quote " instead of “', 'Use a straight quote " instead of ”', "Use a straight quote or apostrophe ' instead of ’"],
      output: take({
        pullQuote: '"The politics will follow the numbers."',
        body: [`The delta's farmers call it "the quiet year." ${first}`, second, third.replace(/[“”]/g, '"'), ...rest],
      }),
    },
  ],
});

test('the Hanoi seed: only the two straight marks of its pull-quote line', { skip: NO_SEED }, () => {
  const text = readSeed();
  const findings = lintCase('quote-style', { text, config: {} });
  const pullQuoteLine = text.split('\n')[1];
  const lineStart = text.indexOf(pullQuoteLine);
  assert.deepEqual(
    findings.map((f) => [f.start, f.end, text.slice(f.start, f.end)]),
    [
      [lineStart, lineStart + 1, '"'],
      [lineStart + pullQuoteLine.length - 1, lineStart + pullQuoteLine.length, '"'],
    ],
  );
  const fixed = fixText(text, { symposium: symposiumFor({}), filePath: '/symposium/take.take', only: ['quote-style'] }).output;
  assert.equal(fixed.split('\n')[1], `“${pullQuoteLine.slice(1, -1)}”`);
  assert.equal(fixed.split('\n').slice(2).join('\n'), text.split('\n').slice(2).join('\n'), 'nothing else changes');
});

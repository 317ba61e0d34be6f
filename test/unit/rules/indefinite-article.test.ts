import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleFindings } from '../../helpers/samples';
import { ruleCases, type InvalidCase, type ValidCase } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY, TEST_CONFIG } from '../../helpers/take-builder';
import { NO_SEED, readSeed } from '../../helpers/seed';
import { lintText } from '../../../server/src/core';

const [first, ...rest] = DEFAULT_BODY;

/** A take whose first body paragraph opens with the given sentences. */
function body(sentences: string): string {
  return take({ body: [`${sentences} ${first}`, ...rest] });
}

/** A valid case: the sentences in the body of the default take. */
function ok(name: string, sentences: string): ValidCase {
  return { name, text: body(sentences) };
}

/** An invalid case: the sentences with ⟦ ⟧ around each wrong article, and the sentences as the fix leaves them. */
function bad(name: string, marked: string, fixed: string, messages?: string[]): InvalidCase {
  return { name, text: body(marked), output: body(fixed), ...(messages ? { messages } : {}) };
}

const NOTE = 'Looking for a hour of reading on the river after the accord? Read all 40 expert takes on what comes next here.';

ruleCases('indefinite-article', {
  valid: [
    { name: 'the default take', text: take() },
    ok('vowel and consonant sounds', 'It was an important step, a European idea and a university’s work.'),
    ok('silent h', 'It took an hour; an honest broker, an honour, an heir and an honorary consul were there.'),
    ok(
      'u, eu and o said as “you” or “w”',
      'a university, a unique chance, a union, a usual delay, a European, a eulogy, a one-time deal, a once-great port and a Ukrainian envoy',
    ),
    ok('initialisms read letter by letter', 'an MBA, an FBI agent, an NGO, an SUV, an LNG tanker, an X-ray, a U.S. envoy, a UN body, a US firm and a UK bank'),
    ok('acronyms read as words', 'a NATO summit, an ASEAN member, an OPEC decision, a UNESCO site and an OECD report'),
    ok('numbers by their spoken form', 'an 18-month truce, an 11th-hour deal, an 8 percent rise, a 1950s treaty and a 100-day plan'),
    ok('thousands', 'an 11,000-strong force, an 800-page report, a 1,000-page annex, a 180-degree turn and an 18,000-tonne ship'),
    ok('u-words said with a short u', 'an unusual, an unimportant, an uninformed and an unannounced visit; an upstream dam, an urban plan, an ultimatum'),
    ok('plurals and mixed capitals', 'an NGOs’ letter, an MEP, an mRNA vaccine, an iPhone, an MoU, a PhD, an MSc and a McKinsey study'),
    ok('model names before a number', 'a MiG-29, an Su-35, a Su-35 and an Il-76, but an F-16 and an SS-18'),
    ok('hyphenated and dotted forms', 'a U.S.-led effort, an EU-wide ban, a UN-backed plan, an F-16, a G20 summit, a U-turn and an in-depth review'),
    ok('a capital article opening sentences and quotes', 'An upstream dam is coming. “An honest answer,” he said. A European view: A useful one.'),
    ok('words said both ways are left alone', 'an historic, a historic, an hotel, a hotel, an herb garden and a herb garden'),
    ok('unknown capitals of five letters or more, and u-words no list knows', 'an RIMPAC drill, a RIMPAC drill, an Utrecht court and a Utrecht court'),
    ok('numbers that may be said either way', 'an 1800s map, a 1800s map, an 1,100-mile border and a 0.5 percent cut'),
    ok('a word in quotes or brackets after the article', 'an “European” idea, a (unnamed) official, an ‘Yes’ vote and a [important] note'),
    ok('letters used as words', 'the series a b c and an a priori claim; option a or b'),
    ok('a foreign a before a foreign article', 'As a French diplomat put it, “il y a un problème”; a Spanish one said “vamos a una crisis.”'),
    ok('a capital A inside a sentence is a label', 'Plan A is to wait, Plan B is to leave, and Type A officials prefer A over B. A or B?'),
    ok('a sentence-opening An before a name', 'An Nguyen argues the opposite. An Hoang agrees. An Tran paper is due.'),
    ok('a letter label after a tab', 'Options:\ta\tAppend the annex; b\tDrop it.'),
    ok('the end of a longer word or token', 'Korea an; Bogotá a; Q&A session; and/or a; <a id> and the U.S.A is not an article.'),
    { name: 'the headline is not checked', text: take({ headline: 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for a Upstream Dam' }) },
    {
      name: 'a configured editor’s note is dictated text',
      text: take({ editorsNote: `Editor’s Note: ${NOTE}` }),
      config: { ...TEST_CONFIG, editorsNote: NOTE },
    },
    ok(
      'real prose',
      'Hanoi was an object lesson: a one-sided summit, an honest disagreement and a unanimous verdict that an 18-month pause had been a useful, if uneasy, interlude. A U.S. negotiator called it an “acceptable” outcome; an EU diplomat, a historic one.',
    ),
  ],
  invalid: [
    bad('a before a vowel sound', 'It was ⟦a⟧ important step.', 'It was an important step.', ['Use "an" before "important", which starts with a vowel sound']),
    bad('an before a “you” sound', 'It was ⟦an⟧ European idea at ⟦an⟧ university.', 'It was a European idea at a university.', [
      'Use "a" before "European", which starts with a consonant sound',
      'Use "a" before "university"',
    ]),
    bad('a before silent h', 'It took ⟦a⟧ hour for ⟦a⟧ honest broker and ⟦a⟧ heir.', 'It took an hour for an honest broker and an heir.'),
    bad('an before h', 'It was ⟦an⟧ huge step and ⟦an⟧ heroic one.', 'It was a huge step and a heroic one.'),
    bad(
      'an before u, eu and o said as “you” or “w”',
      '⟦an⟧ unique chance, ⟦an⟧ union, ⟦an⟧ usual delay, ⟦an⟧ eulogy, ⟦an⟧ one-time deal, ⟦an⟧ once-great port and ⟦an⟧ Ukrainian envoy',
      'a unique chance, a union, a usual delay, a eulogy, a one-time deal, a once-great port and a Ukrainian envoy',
    ),
    bad(
      'a before initialisms said with a vowel',
      '⟦a⟧ MBA, ⟦a⟧ FBI agent, ⟦a⟧ NGO, ⟦a⟧ SUV, ⟦a⟧ LNG tanker and ⟦a⟧ X-ray',
      'an MBA, an FBI agent, an NGO, an SUV, an LNG tanker and an X-ray',
    ),
    bad(
      'an before initialisms said with a consonant',
      '⟦an⟧ U.S. envoy, ⟦an⟧ UN body, ⟦an⟧ US firm and ⟦an⟧ UK bank',
      'a U.S. envoy, a UN body, a US firm and a UK bank',
      ['Use "a" before "U.S."'],
    ),
    bad(
      'acronyms read as words',
      '⟦an⟧ NATO summit, ⟦a⟧ ASEAN member, ⟦a⟧ OPEC decision, ⟦an⟧ UNESCO site and ⟦a⟧ OECD report',
      'a NATO summit, an ASEAN member, an OPEC decision, a UNESCO site and an OECD report',
    ),
    bad(
      'numbers',
      '⟦a⟧ 18-month truce, ⟦a⟧ 11th-hour deal, ⟦a⟧ 8 percent rise, ⟦an⟧ 1950s treaty and ⟦an⟧ 100-day plan',
      'an 18-month truce, an 11th-hour deal, an 8 percent rise, a 1950s treaty and a 100-day plan',
      ['Use "an" before "18-month"', 'Use "an" before "11th-hour"', 'Use "an" before "8"', 'Use "a" before "1950s"', 'Use "a" before "100-day"'],
    ),
    bad('a capital article keeps its capital', '⟦A⟧ important step. ⟦An⟧ European view.', 'An important step. A European view.', ['Use "An"', 'Use "A"']),
    bad('inside an opening quote', '“⟦A⟧ honest answer,” he said.', '“An honest answer,” he said.'),
    bad('a sentence-opening An before a known “you” word', 'It ended. ⟦An⟧ Ukrainian envoy left.', 'It ended. A Ukrainian envoy left.'),
    bad('two spaces after the article: only the article changes', 'It was ⟦a⟧  important step.', 'It was an  important step.'),
    bad('hyphenated words after the article', '⟦a⟧ in-depth review and ⟦a⟧ all-out war', 'an in-depth review and an all-out war'),
    bad(
      'mixed capitals',
      '⟦a⟧ mRNA vaccine, ⟦a⟧ MSc, ⟦a⟧ IPv6 address, ⟦an⟧ PhD and ⟦a⟧ MEPs’ letter',
      'an mRNA vaccine, an MSc, an IPv6 address, a PhD and an MEPs’ letter',
    ),
    {
      name: 'in the byline',
      text: take({ byline: 'Mai Linh Tran is ⟦a⟧ associate professor at the Institute for Water Policy in Singapore.' }),
      output: take({ byline: 'Mai Linh Tran is an associate professor at the Institute for Water Policy in Singapore.' }),
    },
    {
      name: 'in the pull-quote',
      text: take({ pullQuote: '“⟦A⟧ honest schedule is ⟦an⟧ useful thing.”' }),
      output: take({ pullQuote: '“An honest schedule is a useful thing.”' }),
    },
    bad(
      'real prose',
      'Kim has ⟦a⟧ incentive to wait: ⟦an⟧ US offer of sanctions relief would be ⟦a⟧ unexpected gift, and ⟦a⟧ 11-hour summit is not ⟦an⟧ one-off event.',
      'Kim has an incentive to wait: a US offer of sanctions relief would be an unexpected gift, and an 11-hour summit is not a one-off event.',
    ),
  ],
});

test('indefinite-article reports nothing in the seed take', { skip: NO_SEED }, () => {
  const text = readSeed();
  const { findings } = lintText(text, { filePath: '/hanoi/hanoi-zhu-feng.take', only: ['indefinite-article'] });
  assert.deepEqual(
    findings.map((f) => `${text.slice(f.start, f.end)}: ${f.message}`),
    [],
  );
});

test('indefinite-article reports only the deliberate slip in the bundled samples', () => {
  const all = sampleFindings('indefinite-article');
  assert.ok(all.length > 20, 'the samples are there');
  for (const { file, found } of all) assert.deepEqual(found, file === 'jean-luc-ferrand-2.take' ? [`${file}: a`] : []);
});

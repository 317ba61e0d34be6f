import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleFindings } from '../../helpers/samples';
import { ruleCases, type InvalidCase } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY, TEST_CONFIG } from '../../helpers/take-builder';
import { NO_SEED, readSeed } from '../../helpers/seed';
import { LineIndex, lintText, parseSymposium } from '../../../server/src/core';

const [first, ...rest] = DEFAULT_BODY;
const PULL = 'A ministry that must publish its release schedule a week in advance';

/** The default take with a sentence put before its first paragraph. */
const withSentence = (sentence: string) => take({ body: [`${sentence} ${first}`, ...rest] });

/** A valid case: the sentence is not reported. */
const ok = (name: string, sentence: string) => ({ name, text: withSentence(sentence) });

/** An invalid case: `marked` carries ⟦ ⟧ around each reported word; `fixed` is the sentence after the first suggestion. */
const slip = (name: string, marked: string, fixed: string, messages?: string[]): InvalidCase => ({
  name,
  text: withSentence(marked),
  suggested: [withSentence(fixed)],
  ...(messages ? { messages } : {}),
});

ruleCases('verb-agreement', {
  valid: [
    { name: 'the default take', text: take() },
    ok('the base form after does not', 'That likeliness does not appear to be pressing.'),
    ok('will as a noun after the', 'The accord reflects the will of the people.'),
    ok('can as a noun', 'Street vendors in Vientiane sell can openers and rice.'),
    ok('to as a preposition after a verb that takes no infinitive', 'The ministry responds to pressures from the delta.'),
    ok('a question with do', 'Why do states matter?'),
    ok('a question with can', 'How can states act?'),
    ok('a sentence-initial modal', 'Will states act?'),
    ok('May as a month', 'The May elections were close, and in May Hanoi voted.'),
    ok('does without not', 'Mediation is what it does best.'),
    ok('did without not', 'The river flooded, as it did last year.'),
    ok('an adverb after will', 'I will always defend the accord.'),
    ok('to and a plural noun after a word that takes no infinitive', 'The guide to makes and models of river barges is long.'),
    ok('put after a modal: also a base form', 'Seoul will put the plan to a vote.'),
    ok('read after a modal', 'Diplomats might read the text differently.'),
    ok('cost after a modal', 'The ban will cost Hanoi dearly.'),
    ok('hit after a modal', 'Sanctions could hit Phnom Penh hard.'),
    ok('set after a modal', 'The ministers should set the terms.'),
    ok('cut after a modal', 'The operators must cut releases in March.'),
    ok('let after a modal', 'Beijing won’t let the matter rest.'),
    ok('spread after a modal', 'The drought can spread south.'),
    ok('political will as a subject', 'Political will remains the missing ingredient.'),
    ok('military might as a subject', 'China’s military might grows every year, and Russian might remains formidable.'),
    ok('a possessive before will', 'Kim’s will prevailed in the end, and the farmers’ will matters too.'),
    ok('his will, a legal will', 'His will stated that the estate goes to charity; a living will says what doctors may do.'),
    ok('a trash can', 'A trash can sits at every gauge station.'),
    ok('inversion after only', 'Only then can talks resume.'),
    ok('inversion after nor', 'Data alone will not do it, nor can sanctions work alone.'),
    ok('a conditional should', 'Should talks fail, the delta will suffer.'),
    ok('a noun-like form after a modal', 'Not until next year will talks resume, and the dams could states nothing new.'),
    ok('a question with n’t', 'Why don’t states act?'),
    ok('agreed to talks', 'The parties agreed to talks in March.'),
    ok('going to and an adjective', 'Investment going to advanced economies rose.'),
    ok('promised to and an adjective', 'The aid promised to displaced families never came.'),
    ok('a hyphenated compound', 'The can-do spirit of the engineers would sought-after experts envy.'),
    ok('the U.S. before a modal with a base form', 'The U.S. will spread its bets.'),
    ok('a left, lost or won after a modal', 'They will left-align the table; the Korean will lost ground to the won.'),
    ok('not looked for: an adverb between the modal and the verb', 'Pyongyang will likely makes a move.'),
    ok('real prose with modals, do and to', 'Tokyo will have to decide whether it wants to lead, and what Seoul can do if the U.S. would rather wait.'),
    { name: 'the headline is not prose', text: take({ headline: 'The Mekong Accord – We Asked Mai Linh Tran Why It does not appears' }) },
    {
      name: 'the configured editor’s note is dictated, not checked',
      text: take({ editorsNote: 'Editor’s Note: Looking for more views? The river does not waits.' }),
      config: { ...TEST_CONFIG, editorsNote: 'Looking for more views? The river does not waits.' },
    },
  ],
  invalid: [
    slip('does not appears, from a real take', 'That likeliness does not ⟦appears⟧ to be pressing.', 'That likeliness does not appear to be pressing.', [
      'Use the base form "appear" after "does not", not "appears"',
    ]),
    slip('didn’t went, curly apostrophe', 'The envoy didn’t ⟦went⟧ to the summit.', 'The envoy didn’t go to the summit.', [
      'Use the base form "go" after "didn’t", not the past "went"',
    ]),
    slip("didn't went, straight apostrophe", "The envoy didn't ⟦went⟧ to the summit.", "The envoy didn't go to the summit."),
    slip('do not goes', 'The measures do not ⟦goes⟧ far enough.', 'The measures do not go far enough.'),
    slip('does not and a noun-like form', 'The accord does not ⟦needs⟧ more time.', 'The accord does not need more time.'),
    slip('did not and a regular past', 'Vientiane did not ⟦expected⟧ this.', 'Vientiane did not expect this.'),
    slip('can makes', 'Seoul can ⟦makes⟧ a difference.', 'Seoul can make a difference.'),
    slip('should helps', 'Washington should ⟦helps⟧ the delta.', 'Washington should help the delta.'),
    slip('could not and a regular past', 'The ministers could not ⟦agreed⟧ on anything.', 'The ministers could not agree on anything.'),
    slip('cannot goes', 'The deal cannot ⟦goes⟧ ahead.', 'The deal cannot go ahead.'),
    slip('can’t and a regular past', 'The regime can’t ⟦afforded⟧ to lose.', 'The regime can’t afford to lose.'),
    slip("won't accepts", "Phnom Penh won't ⟦accepts⟧ that.", "Phnom Penh won't accept that."),
    slip('shouldn’t interferes', 'The donors shouldn’t ⟦interferes⟧ in the schedule.', 'The donors shouldn’t interfere in the schedule.'),
    slip('must knows', 'Every minister must ⟦knows⟧ this.', 'Every minister must know this.'),
    slip('must not forgets', 'We must not ⟦forgets⟧ the fishers.', 'We must not forget the fishers.'),
    slip('would and a regular past', 'It would ⟦helped⟧ if they had listened.', 'It would help if they had listened.'),
    slip('shall remains after it', 'It shall ⟦remains⟧ so.', 'It shall remain so.'),
    slip('may and an irregular past', 'The operators may ⟦went⟧ further.', 'The operators may go further.'),
    slip('might and has', 'The committee might ⟦has⟧ a say.', 'The committee might have a say.'),
    slip('will takes after a relative pronoun', 'This is a process that will ⟦takes⟧ years.', 'This is a process that will take years.'),
    slip('wants to goes', 'Kim wants to ⟦goes⟧ back to brinkmanship.', 'Kim wants to go back to brinkmanship.'),
    slip('is able to makes', 'The regime is able to ⟦makes⟧ missiles.', 'The regime is able to make missiles.'),
    slip('need to helps', 'Donors need to ⟦helps⟧ farmers.', 'Donors need to help farmers.'),
    slip('going to led', 'The talks are going to ⟦led⟧ nowhere.', 'The talks are going to lead nowhere.'),
    slip('decided not to helps', 'They decided not to ⟦helps⟧.', 'They decided not to help.'),
    slip('has to makes', 'The minister has to ⟦makes⟧ a decision.', 'The minister has to make a decision.'),
    slip('ought to and a regular past', 'Laos ought to ⟦published⟧ the schedule.', 'Laos ought to publish the schedule.'),
    slip('the U.S. before a modal', 'The U.S. should not ⟦interferes⟧.', 'The U.S. should not interfere.'),
    slip(
      'real prose: does not gives',
      'Even if Pyongyang does not ⟦gives⟧ up its arsenal, the talks will go on.',
      'Even if Pyongyang does not give up its arsenal, the talks will go on.',
    ),
    slip('a run of spaces', 'The accord does  not  ⟦appears⟧ final.', 'The accord does  not  appear final.'),
    {
      name: 'two slips in one paragraph and one in the pull-quote',
      text: take({ pullQuote: `“${PULL} cannot ⟦denies⟧ it.”`, body: [`Seoul can ⟦makes⟧ a difference, and Tokyo wants to ⟦helps⟧. ${first}`, ...rest] }),
      suggested: [
        take({ pullQuote: `“${PULL} cannot deny it.”`, body: [`Seoul can makes a difference, and Tokyo wants to helps. ${first}`, ...rest] }),
        take({ pullQuote: `“${PULL} cannot denies it.”`, body: [`Seoul can make a difference, and Tokyo wants to helps. ${first}`, ...rest] }),
        take({ pullQuote: `“${PULL} cannot denies it.”`, body: [`Seoul can makes a difference, and Tokyo wants to help. ${first}`, ...rest] }),
      ],
    },
  ],
});

const SEED_CONFIG = {
  series: 'The Hanoi Summit',
  headline: '{series} – We Asked {contributor} What Happens Next in U.S.-North Korea Relations',
  editorsNote:
    'Looking for more opinions on where we go after the Hanoi summit? Check out all 80 expert takes on where U.S-North Korea relations go next here.',
  imageCredit: 'Reuters',
};

test('verb-agreement reports the seed’s `does not appears` on line 4 and nothing else', { skip: NO_SEED }, () => {
  const text = readSeed();
  for (const config of [SEED_CONFIG, {}]) {
    const symposium = parseSymposium(JSON.stringify(config), '/hanoi/symposium.json', '/hanoi').symposium!;
    const { findings } = lintText(text, { symposium, filePath: '/hanoi/hanoi-zhu-feng.take', only: ['verb-agreement'] });
    const lines = new LineIndex(text);
    assert.deepEqual(
      findings.map((f) => [lines.position(f.start).line + 1, text.slice(f.start, f.end), f.suggestions?.[0]?.edits[0]?.text]),
      [[4, 'appears', 'appear']],
    );
  }
});

test('verb-agreement reports only the deliberate slip in the bundled samples', () => {
  const all = sampleFindings('verb-agreement');
  assert.ok(all.length > 20, 'the samples are there');
  for (const { file, found } of all) assert.deepEqual(found, file === 'jean-luc-ferrand-2.take' ? [`${file}: needs`] : []);
});

// spelling: dictionary words, names, jargon and the symposium's vocabulary pass; misspellings are reported, the well-known ones fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, sharedWords, waiveSharedWords, type Finding } from '../../../server/src/core';
import { ruleCases, symposiumFor, SPELLERS } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY } from '../../helpers/take-builder';

const US = { spelling: 'american' as const };
const GB = { spelling: 'british' as const };
/** A take whose first body paragraph is `p` (the others as usual). */
const para = (p: string) => take({ body: [p, ...DEFAULT_BODY.slice(1)] });

ruleCases('spelling', {
  valid: [
    { name: 'off without spelling', text: para('The talks will definately resume.') },
    { name: 'the default take, British', text: take(), config: GB },
    {
      name: 'places, names and jargon of the field',
      text: para(
        'Pyongyang and Washington resumed talks. Special Representative Biegun met his counterparts, and denuclearization, brinkmanship and multilateralism were on the table again.',
      ),
      config: US,
    },
    {
      name: 'capitalised institutions in either spelling',
      text: para('The Organisation for Economic Co-operation and Development and the Centre for European Reform both weighed in.'),
      config: US,
    },
    {
      name: 'a name that opens a sentence and stands elsewhere too',
      text: para('Biegun flew in on Monday. Nobody expected Biegun to stay long.'),
      config: US,
    },
    { name: 'a sentence-initial name from the vocabulary', text: para('Nonbyeon was quiet.'), config: { ...US, vocabulary: ['Nonbyeon'] } },
    { name: 'vocabulary entries in any case', text: para('The juche doctrine survived.'), config: { ...US, vocabulary: ['Juche'] } },
    {
      name: 'numbers, ordinals, abbreviations, addresses',
      text: para('In the 12th round, 4.5 percent of U.S. and DPRK officials wrote to press@example.org and read https://example.org/xyz-qqq.'),
      config: US,
    },
    { name: 'possessives and contractions', text: para('Kim’s envoys didn’t come; the countries’ leaders won’t say.'), config: US },
    { name: 'hyphenated compounds with prefixes', text: para('The re-activation of co-chairs and non-state, anti-ship, post-summit talks.'), config: US },
    { name: 'accents, inflections, closed compounds', text: para('The communiqué named the militaries, the hotlines and the icebreaking season.'), config: US },
    { name: 'an -ization noun from a verb the dictionary holds', text: para('Weaponization of trade followed.'), config: US },
    { name: 'a British word in a British house', text: para('The programme will realise its goals.'), config: GB },
    { name: 'the other dialect is left to dialect-spelling', text: para('The programme will realise its goals.'), config: US },
  ],
  invalid: [
    {
      name: 'well-known misspellings are fixed, keeping a capital',
      text: para('The talks will ⟦definately⟧ resume. ⟦Goverment⟧ officials say ⟦untill⟧ March, ⟦wich⟧ is late.'),
      config: US,
      messages: ['"definately" is misspelled: write "definitely"', '"Goverment" is misspelled: write "Government"'],
      output: para('The talks will definitely resume. Government officials say until March, which is late.'),
    },
    {
      name: 'run-together words',
      text: para('Most ⟦ofthe⟧ delegates left.'),
      config: US,
      output: para('Most of the delegates left.'),
    },
    {
      name: 'a word neither dictionary nor vocabulary holds',
      text: para('The envoy was ⟦flummoxified⟧ by the proposal.'),
      config: US,
      messages: ['"flummoxified" is not in the American English dictionary or the symposium\'s vocabulary'],
      output: null,
    },
    {
      name: 'a sentence-initial word that stands nowhere else',
      text: para('⟦Blorptastic⟧ outcomes are unlikely.'),
      config: GB,
      messages: ['"Blorptastic" is not in the British English dictionary'],
      output: null,
    },
    {
      name: 'a misspelled part of a compound',
      text: para('The ⟦anti-missle⟧ shield failed.'),
      config: US,
      output: null,
    },
  ],
});

test('spelling: the text the symposium dictates is not checked', () => {
  const note = 'Looking for more opinions? Check out all 80 expert takes on where U.S-North Korea relations go nextt here.';
  const text = take({ editorsNote: `Editor’s Note: ${note}` });
  const found = lintText(text, { symposium: symposiumFor({ ...US, editorsNote: note }), spellers: SPELLERS, only: ['spelling'] }).findings;
  assert.deepEqual(found, []);
});

test('spelling: a word at least three takes use is accepted by the corpus stage, and the summary lists it', () => {
  const symposium = symposiumFor(US);
  const lintOne = (p: string) => lintText(para(p), { symposium, spellers: SPELLERS, only: ['spelling'] });
  const a = lintOne('The kaesongization of the border went on.');
  const b = lintOne('Nobody wanted kaesongization then.');
  const c = lintOne('Some still fear kaesongization.');
  const d = lintOne('The talks will definately resume, said a zorbulating envoy.');
  assert.deepEqual(a.summary.unknownWords, ['kaesongization']);
  const shared = sharedWords([a.summary, b.summary, c.summary, d.summary]);
  assert.deepEqual([...shared], ['kaesongization']);
  assert.deepEqual(waiveSharedWords(a.findings, shared), []);
  const left = waiveSharedWords(d.findings, shared).map((f: Finding) => f.message);
  assert.equal(left.length, 2, 'a well-known misspelling and a word only one take uses are kept');
  assert.deepEqual(sharedWords([a.summary, b.summary]).size, 0, 'two takes are not enough');
});

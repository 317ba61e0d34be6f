import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleCases } from '../../helpers/rule-cases';
import { take, TEST_CONFIG, TEST_NOTE } from '../../helpers/take-builder';
import { describeDifference } from '../../../server/src/core/rules/editors-note-text';

const config = TEST_CONFIG;
const clean = take();
const TYPO_NOTE = 'Want more views on the river? Read all 40 takes on where U.S-Lao relations go next here.';

ruleCases('editors-note-text', {
  valid: [
    { name: 'the configured note', text: clean, config },
    { name: 'no editorsNote configured: the rule does not run', text: take({ editorsNote: 'Editor’s Note: Anything at all.' }) },
    {
      name: 'a deliberate typo in the configured note is kept',
      text: take({ editorsNote: `Editor’s Note: ${TYPO_NOTE}` }),
      config: { ...config, editorsNote: TYPO_NOTE },
    },
    { name: 'a sloppy label is left to editors-note-label', text: take({ editorsNote: `Editors note - ${TEST_NOTE}` }), config },
    { name: 'no editor’s note is left to required-parts', text: take({ editorsNote: null }), config },
    { name: 'CRLF and a BOM', text: `\uFEFF${take({}, '\r\n')}`, config },
  ],
  invalid: [
    {
      name: 'a different number',
      text: take({ editorsNote: `Editor’s Note: ⟦${TEST_NOTE.replace('40', '60')}⟧` }),
      config,
      messages: ['at "60 expert takes on …" (expected "40 expert takes on …")'],
      output: clean,
    },
    {
      name: 'the typo of the configured note “corrected” in the take',
      text: take({ editorsNote: `Editor’s Note: ⟦${TYPO_NOTE.replace('U.S-Lao', 'U.S.-Lao')}⟧` }),
      config: { ...config, editorsNote: TYPO_NOTE },
      messages: ['at "U.S.-Lao relations go next …" (expected "U.S-Lao relations go next …")'],
      output: take({ editorsNote: `Editor’s Note: ${TYPO_NOTE}` }),
    },
    {
      name: 'white space only',
      text: take({ editorsNote: `Editor’s Note: ⟦${TEST_NOTE.replace('accord? ', 'accord?  ')}⟧` }),
      config,
      messages: ['in white space only'],
      output: clean,
    },
    {
      name: 'the last sentence missing',
      text: take({ editorsNote: '⟦Looking for more views on the river after the accord?⟧'.replace(/^/, 'Editor’s Note: ') }),
      config,
      messages: ['stops short of the symposium\'s note: "Read all 40 expert …" is missing at the end'],
      output: clean,
    },
    {
      name: 'a label and nothing else',
      text: take({ editorsNote: '⟦Editor’s Note:⟧' }),
      config,
      messages: ['no text after its label'],
      output: clean,
    },
    {
      name: 'curly quotes put in by hand where the note has none',
      text: take({ editorsNote: `Editor’s Note: ⟦Looking for more “views” on the river after the accord? Read all 40 expert takes on what comes next here.⟧` }),
      config,
      messages: ['at "“views” on the river …" (expected "views on the river …")'],
      output: clean,
    },
  ],
});

test('editors-note-text: a note with extra words at the end', () => {
  assert.equal(describeDifference(`${TEST_NOTE} Thanks.`, TEST_NOTE), 'The editor\'s note runs past the symposium\'s note: "Thanks." is extra at the end');
});

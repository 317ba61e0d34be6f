import { ruleCases } from '../../helpers/rule-cases';
import { take, TEST_NOTE } from '../../helpers/take-builder';

const clean = take();

ruleCases('editors-note-label', {
  valid: [
    { name: 'the default take', text: clean },
    { name: 'straight apostrophe under a straight house style', text: take({ editorsNote: `Editor's Note: ${TEST_NOTE}` }), config: { quotes: 'straight' } },
    { name: 'CRLF line endings', text: take({}, '\r\n') },
    { name: 'no editor’s note at all is left to required-parts', text: take({ editorsNote: null }) },
    { name: 'a label with nothing after it', text: take({ editorsNote: 'Editor’s Note:' }) },
    { name: 'blank-line separated paragraphs', text: take({}, '\n\n') },
  ],
  invalid: [
    {
      name: 'no apostrophe, lower case, a hyphen for the colon',
      text: take({ editorsNote: `⟦Editors note -⟧ ${TEST_NOTE}` }),
      messages: ['Write the label as "Editor’s Note:", not "Editors note -"'],
      output: clean,
    },
    {
      name: 'capitals and a straight apostrophe under the curly default',
      text: take({ editorsNote: `⟦EDITOR'S NOTE:⟧ ${TEST_NOTE}` }),
      output: clean,
    },
    {
      name: 'a space before the colon and two after it',
      text: take({ editorsNote: `⟦Editor’s Note :⟧  ${TEST_NOTE}` }),
      output: clean,
    },
    {
      name: 'curly apostrophe under a straight house style',
      text: take({ editorsNote: `⟦Editor’s Note:⟧ ${TEST_NOTE}` }),
      config: { quotes: 'straight' },
      messages: [`Write the label as "Editor's Note:"`],
      output: take({ editorsNote: `Editor's Note: ${TEST_NOTE}` }),
    },
    {
      name: 'no space after the colon',
      text: take({ editorsNote: `Editor’s Note:⟦⟧${TEST_NOTE}` }),
      messages: ['Put one space after'],
      output: clean,
    },
    {
      name: 'a tab after the colon',
      text: take({ editorsNote: `Editor’s Note:⟦\t⟧${TEST_NOTE}` }),
      messages: ['Put exactly one space after'],
      output: clean,
    },
    {
      name: 'a period for the colon, label alone',
      text: take({ editorsNote: '⟦Editor’s note.⟧' }),
      output: take({ editorsNote: 'Editor’s Note:' }),
    },
  ],
});

import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY, TEST_CONFIG } from '../../helpers/take-builder';

const [first, second, third, ...rest] = DEFAULT_BODY;
/** The default body says `U.S.` once (third paragraph); this one says `US` there instead. */
const undottedBody = [first, second, third.replace('U.S.', 'US'), ...rest];
const NOTE = 'Read all 40 takes on where U.S-Mekong ties go next here.';

ruleCases('abbreviation-periods', {
  valid: [
    { name: 'the default take', text: take() },
    {
      name: 'every form dotted, with a hyphen, a possessive and at the end',
      text: take({
        body: [
          `Officials in the U.S. and the U.K. back the U.N. plan, and E.U. money follows the U.S.-led push; the U.S.’s role is modest. ${first}`,
          second,
          third,
          ...rest.slice(0, -1),
          `${rest[rest.length - 1]} The money still comes from the U.S.`,
        ],
      }),
    },
    { name: 'a take that writes US throughout is consistent', text: take({ body: undottedBody }) },
    {
      name: 'whole words only, currency and capitals left alone',
      text: take({ body: [`UNESCO, USAID and the EUR rate matter less than US$40 million. LET US BE CLEAR about it. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    { name: 'U.S.A. is another abbreviation', text: take({ body: [`The U.S.A. and the U.S. are the same country here. ${first}`, ...DEFAULT_BODY.slice(1)] }) },
    {
      name: 'configured boilerplate is not prose',
      text: take({ editorsNote: `Editor’s Note: ${NOTE}` }),
      config: { ...TEST_CONFIG, editorsNote: NOTE },
    },
    {
      name: 'only the configured abbreviations',
      text: take({ body: [`Donors in Washington, D.C. and the US will watch. ${first}`, ...undottedBody.slice(1)] }),
      options: { abbreviations: 'D.C.' },
    },
  ],
  invalid: [
    {
      name: 'a period lost before a hyphen',
      text: take({ body: [`Relations between the ⟦U.S⟧-Mekong partners cooled. ${first}`, ...DEFAULT_BODY.slice(1)] }),
      messages: ['Write "U.S." with all its periods, not "U.S"'],
      output: take({ body: [`Relations between the U.S.-Mekong partners cooled. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'a period lost before a space and at the end of the paragraph',
      text: take({
        body: [`The ⟦U.S⟧ role is small; the ⟦U.K⟧ ${first}`, second, third, ...rest.slice(0, -1), `${rest[rest.length - 1]} The money comes from the ⟦U.N⟧`],
      }),
      output: take({
        body: [`The U.S. role is small; the U.K. ${first}`, second, third, ...rest.slice(0, -1), `${rest[rest.length - 1]} The money comes from the U.N.`],
      }),
    },
    {
      name: 'the undotted form where the take writes the dotted one',
      text: take({ body: [`The ⟦US⟧-led talks and the ⟦US⟧’s partners back the ⟦UN⟧ plan that the U.N. drafted. ${first}`, ...DEFAULT_BODY.slice(1)] }),
      messages: ['Write "U.S." as elsewhere in this take, not "US"', 'U.S.', 'Write "U.N." as elsewhere in this take, not "UN"'],
      output: take({ body: [`The U.S.-led talks and the U.S.’s partners back the U.N. plan that the U.N. drafted. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'a sentence-final undotted form takes one period, not two',
      text: take({ body: [`Most of the aid comes from the ⟦US⟧. ${first}`, ...DEFAULT_BODY.slice(1)] }),
      output: take({ body: [`Most of the aid comes from the U.S. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'a partly dotted form makes the undotted one inconsistent too',
      text: take({ body: [`The ⟦U.S⟧-Lao deal and the ⟦US⟧ funds. ${first}`, second, third.replace('U.S.', '⟦US⟧'), ...rest] }),
      output: take({ body: [`The U.S.-Lao deal and the U.S. funds. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
    {
      name: 'an unconfigured editor’s note is prose',
      text: take({ editorsNote: 'Editor’s Note: Read all 40 takes on where ⟦U.S⟧-Mekong ties go next here.' }),
      output: take({ editorsNote: `Editor’s Note: ${NOTE.replace('U.S-', 'U.S.-')}` }),
    },
    {
      name: 'a configured abbreviation',
      text: take({ body: [`Donors in Washington, ⟦D.C⟧ will watch. ${first}`, ...DEFAULT_BODY.slice(1)] }),
      options: { abbreviations: 'D.C.,U.S.' },
      output: take({ body: [`Donors in Washington, D.C. will watch. ${first}`, ...DEFAULT_BODY.slice(1)] }),
    },
  ],
});

import { ruleCases } from '../../helpers/rule-cases';
import { take } from '../../helpers/take-builder';

ruleCases('byline-person', {
  valid: [
    { name: 'the default take', text: take() },
    {
      name: 'a later sentence may say more',
      text: take({ byline: 'Dr. John Hemmings is Director of the Asia Studies Centre at the Henry Jackson Society. He is based in London.' }),
    },
    {
      name: 'a Roman numeral after a capitalised word',
      text: take({ byline: 'Mai Linh Tran is a historian of World War I at the Institute for Water Policy.' }),
    },
    { name: 'a middle initial I.', text: take({ byline: 'Mai I. Tran is a senior fellow at the Institute for Water Policy.' }) },
    { name: '“My” inside a title', text: take({ byline: 'Mai Linh Tran is the author of “My River, Their Dams” and a fellow at the Lowy Institute.' }) },
    { name: 'no byline', text: take({ byline: null }) },
  ],
  invalid: [
    {
      name: 'opens with I am',
      text: take({ byline: '⟦I am⟧ a senior research fellow at the Institute for Water Policy.' }),
      messages: ['Write the byline in the third person ("<Name> is …"), not "I am"'],
    },
    {
      name: 'a contraction',
      text: take({ byline: '⟦I’m⟧ a senior research fellow at the Institute for Water Policy.' }),
    },
    {
      name: 'a first-person pronoun after a third-person opening',
      text: take({ byline: 'Mai Linh Tran is a senior fellow at the Institute for Water Policy, where ⟦I⟧ study dams.' }),
    },
    {
      name: 'my in the first sentence',
      text: take({ byline: 'Mai Linh Tran is a senior fellow at the Institute for Water Policy and ⟦my⟧ work is on dams.' }),
    },
    {
      name: 'a pronoun after a middle initial',
      text: take({ byline: 'Harry J. Kazianis is director of defense studies at the Center for the National Interest, where ⟦I⟧ write.' }),
    },
    {
      name: 'My name is',
      text: take({ byline: '⟦My name is⟧ Mai Linh Tran and I work at the Institute for Water Policy.' }),
    },
  ],
});

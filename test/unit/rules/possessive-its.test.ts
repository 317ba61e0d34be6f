import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY } from '../../helpers/take-builder';

const [first, ...rest] = DEFAULT_BODY;

ruleCases('possessive-its', {
  valid: [
    { name: 'the default take', text: take() },
    { name: 'possessive and contraction', text: take({ body: ['Its future is open, and it’s not too late.', ...rest] }) },
    { name: 'a word that starts with its', text: take({ body: ['The itsy detail and Itself matter.', ...rest] }) },
    { name: 'headline is left to the headline rules', text: take({ headline: 'The Mekong Accord – We Asked Its’ Writer' }) },
  ],
  invalid: [
    {
      name: 'curly apostrophe, from a real take',
      text: take({ body: [`the last resort it could rely on for ⟦its’⟧ survival. ${first}`, ...rest] }),
      messages: ['without an apostrophe'],
      output: take({ body: [`the last resort it could rely on for its survival. ${first}`, ...rest] }),
    },
    {
      name: 'straight apostrophe, capitalised, in the byline',
      text: take({ byline: "Mai Linh Tran is a fellow at the Institute for Water Policy. ⟦Its'⟧ director is Lan Vo." }),
      output: take({ byline: 'Mai Linh Tran is a fellow at the Institute for Water Policy. Its director is Lan Vo.' }),
    },
    {
      name: 'twice in one paragraph',
      text: take({ body: [`⟦its’⟧ aim and ⟦its’⟧ means. ${first}`, ...rest] }),
      output: take({ body: [`its aim and its means. ${first}`, ...rest] }),
    },
  ],
});

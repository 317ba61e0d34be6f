// house-terms: the forms `terms` lists become the house forms, on word boundaries, keeping a sentence-initial capital.
import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY } from '../../helpers/take-builder';

const TERMS = { terms: { towards: 'toward', 'health care': 'healthcare', 'Xi Jin-ping': 'Xi Jinping', 'per cent': 'percent' } };
const para = (p: string) => take({ body: [p, ...DEFAULT_BODY.slice(1)] });

ruleCases('house-terms', {
  valid: [
    { name: 'no terms configured', text: para('Talks moved towards a deal.') },
    { name: 'the house forms', text: para('Talks moved toward a deal on healthcare, Xi Jinping said; 4 percent agreed.'), config: TERMS },
    { name: 'only whole words', text: para('Untowardsness and towardship are not words, but neither is a match.'), config: TERMS },
    { name: 'a form with capitals matches only as written', text: para('The xi jin-ping error is someone else’s.'), config: TERMS },
  ],
  invalid: [
    {
      name: 'each form to avoid, a sentence-initial capital kept',
      text: para('⟦Towards⟧ noon, talks moved ⟦towards⟧ a deal on ⟦health care⟧, ⟦Xi Jin-ping⟧ said; 4 ⟦per cent⟧ agreed.'),
      config: TERMS,
      messages: ['Write "Toward", the house term, not "Towards"', 'Write "toward", the house term, not "towards"'],
      output: para('Toward noon, talks moved toward a deal on healthcare, Xi Jinping said; 4 percent agreed.'),
    },
  ],
});

// dialect-spelling: the other dialect's lowercase spellings become the house's; proper names are never touched.
import { ruleCases } from '../../helpers/rule-cases';
import { take, DEFAULT_BODY } from '../../helpers/take-builder';

const US = { spelling: 'american' as const };
const GB = { spelling: 'british' as const };
const para = (p: string) => take({ body: [p, ...DEFAULT_BODY.slice(1)] });
/** The default take's own British word, which an American house also reports. */
const KM = (body: string[]) => take({ body: [...body, ...DEFAULT_BODY.slice(1)] });

ruleCases('dialect-spelling', {
  valid: [
    { name: 'off without spelling', text: para('The programme will realise its goals.') },
    { name: 'British words in a British house', text: para('The programme will realise its colour and behaviour goals.'), config: GB },
    {
      name: 'capitalised proper names in an American house',
      text: KM([
        'The Organisation for Economic Co-operation and Development, the Royal Armoured Corps and the Harbour Commission met at the Centre for European Reform.',
      ]).replace('kilometres', 'kilometers'),
      config: US,
    },
    { name: 'American words in an American house', text: para('The program will realize its goals.').replace('kilometres', 'kilometers'), config: US },
    { name: 'words both dialects share', text: para('The license and the practice of defense…').replace('kilometres', 'kilometers'), config: US },
  ],
  invalid: [
    {
      name: 'British spellings in an American house (British dictionaries also hold `program`, the computing word, so the reverse leaves it)',
      text: para(
        'The ⟦programme⟧ will ⟦realise⟧ its goals: ⟦colour⟧, ⟦behaviour⟧, a ⟦catalogue⟧ of ⟦theatre⟧ and ⟦travelled⟧ envoys in ⟦grey⟧ suits; ⟦defence⟧ ⟦analysed⟧.',
      ).replace('kilometres', 'kilometers'),
      config: US,
      messages: ['Write "program", the American spelling, not "programme"'],
      output: para('The program will realize its goals: color, behavior, a catalog of theater and traveled envoys in gray suits; defense analyzed.').replace(
        'kilometres',
        'kilometers',
      ),
    },
    {
      name: 'American spellings in a British house',
      text: para('The program will ⟦realize⟧ its ⟦color⟧ and ⟦theater⟧ goals; ⟦traveled⟧ envoys.'),
      config: GB,
      messages: ['Write "realise", the British spelling, not "realize"'],
      output: para('The program will realise its colour and theatre goals; travelled envoys.'),
    },
    {
      name: 'the default take’s own kilometres',
      text: take().replace('kilometres', '⟦kilometres⟧'),
      config: US,
      output: take().replace('kilometres', 'kilometers'),
    },
  ],
});

// Rule dialect-spelling: A word spelled the other dialect's way is written in the house spelling.
import { houseForm } from '../dialect';
import { unknownWords } from '../unknown-words';
import type { TakeRule } from '../rule';
import type { Report } from '../types';

export const rule: TakeRule = {
  meta: {
    id: 'dialect-spelling',
    category: 'body',
    description: "A word spelled the other dialect's way is written in the house spelling",
    rationale:
      'With `spelling: american`, `programme`, `colour`, `behaviour`, `realise`, `catalogue`, `theatre`, `defence` and `travelled` become `program`, `color`, `behavior`, `realize`, `catalog`, `theater`, `defense` and `traveled`; with `spelling: british`, the other way round. Only lowercase words the house dictionary does not hold are looked at, so words inside a capitalised proper name (`Organisation for Economic Co-operation and Development`, `Royal Armoured Corps`, `Harbour Commission`) are never reported. The house form comes from a list of British/American endings and words (`-our`/`-or`, `-re`/`-er`, `-ise`/`-ize`, `-yse`/`-yze`, `-ogue`/`-og`, `-ence`/`-ense`, `-lled`/`-led`, `-mme`/`-m`, and whole words such as `grey`/`gray`, `cheque`/`check`, `manoeuvre`/`maneuver`; `server/src/core/lexicon/spelling.json`), and a candidate is used only when the house dictionary (Hunspell en-US or en-GB) holds it. The fix writes the house form. Runs only when `spelling` is `american` or `british`.',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    requiresConfig: 'spelling',
    options: {},
    examples: {
      invalid: 'The programme will realise its goals in the centre of the city. (spelling: american)',
      valid: 'The program will realize its goals in the center of the city. (spelling: american)',
    },
  },
  // Swaps each lowercase word the house dictionary lacks for its house form, when it has one.
  check({ prose, style, speller, take }) {
    if (!speller || style.spelling === 'off') return [];
    const dialect = style.spelling;
    const out: Report[] = [];
    for (const w of unknownWords(take, prose, speller)) {
      const word = w.text;
      if (!/^\p{Ll}[\p{Ll}’'-]*$/u.test(word)) continue;
      const house = houseForm(word, dialect, speller);
      if (house === undefined) continue;
      const name = dialect === 'american' ? 'American' : 'British';
      out.push({
        message: `Write "${house}", the ${name} spelling, not "${word}"`,
        start: w.start,
        end: w.end,
        fix: [{ start: w.start, end: w.end, text: house }],
      });
    }
    return out;
  },
};

// Rule pull-quote-marks: The pull-quote is wrapped in one pair of double quotes.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'pull-quote-marks',
    category: 'pull-quote',
    description: 'The pull-quote is wrapped in one pair of double quotes',
    rationale:
      'The pull-quote is printed as a quotation. It opens and closes with one pair of double quotation marks in the house quote style (curly “ ” or straight "), with any final punctuation inside the marks.',
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    options: {},
    examples: {
      invalid: '‘Sanctions alone will not bring Pyongyang back to the table.’',
      valid: '“Sanctions alone will not bring Pyongyang back to the table.”',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

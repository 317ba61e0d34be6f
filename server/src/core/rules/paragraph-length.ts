// Rule paragraph-length: A body paragraph has at most `max` words.
import type { TakeRule } from '../rule';
import type { Report } from '../types';
import { words, wordsIn } from '../text';

export const rule: TakeRule = {
  meta: {
    id: 'paragraph-length',
    category: 'body',
    description: 'A body paragraph has at most `max` words',
    rationale:
      'Online readers lose their place in very long paragraphs; consider splitting. The finding covers the words past the limit, so the excess is visible.',
    severity: 'info',
    fixable: false,
    hasSuggestions: false,
    options: {
      max: {
        type: 'integer',
        default: 200,
        minimum: 1,
        description: 'Most words one paragraph may have',
      },
    },
    examples: {
      invalid: '(one 250-word paragraph)',
      valid: '(two paragraphs of 125 words)',
    },
  },
  // Reports each body paragraph longer than `max` words, from its first word past the limit.
  check({ take, options }) {
    const max = typeof options.max === 'number' && options.max >= 1 ? Math.floor(options.max) : 200;
    const out: Report[] = [];
    for (const paragraph of take.body) {
      const count = wordsIn(paragraph);
      if (count <= max) continue;
      const first = words(paragraph.text)[max];
      out.push({
        message: `Paragraph has ${count} words; the most is ${max}, consider splitting it`,
        start: paragraph.start + first.index,
        end: paragraph.end,
      });
    }
    return out;
  },
};

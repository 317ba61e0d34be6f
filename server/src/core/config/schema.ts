// Builds the JSON Schema of `symposium.json` from the rule metadata: the shipped schema's source.
import { NOT_BLANK } from './validate';
import { MAX_GLOB_LENGTH, MAX_GLOB_STARS } from './glob';
import type { Rule } from '../rule';

export type JsonSchema = Record<string, unknown>;

const SEVERITY: JsonSchema = { type: 'string', enum: ['error', 'warning', 'info', 'off'], description: 'error, warning, info, or off' };

/** What a glob may be: matched in linear time, so hostile patterns cannot hang the linter. */
const GLOB_RULES = `*, **, ?, [a-z], {a,b} and \\ escapes; no extglobs; non-empty, at most ${MAX_GLOB_LENGTH} characters and ${MAX_GLOB_STARS} "*".`;

/** One glob from `symposium.json`. */
const GLOB: JsonSchema = { type: 'string', pattern: NOT_BLANK, maxLength: MAX_GLOB_LENGTH, format: 'glob' };

/** The schema of one rule's setting: a severity, or [severity, options]. */
function ruleSetting(rule: Rule): JsonSchema {
  const props: Record<string, JsonSchema> = {};
  for (const [name, o] of Object.entries(rule.meta.options)) {
    props[name] = {
      type: o.type,
      default: o.default,
      description: o.description,
      ...(o.enum ? { enum: o.enum } : {}),
      ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
    };
  }
  const description = `${rule.meta.description} (default: ${rule.meta.severity}${rule.meta.fixable ? ', fixable' : ''})`;
  return {
    description,
    anyOf: [
      SEVERITY,
      {
        type: 'array',
        items: [SEVERITY, { type: 'object', properties: props, additionalProperties: false }],
        minItems: 1,
        maxItems: 2,
      },
    ],
  };
}

/** The whole `symposium.json` schema, draft-07. */
export function buildSchema(rules: readonly Rule[]): JsonSchema {
  const ruleProps: Record<string, JsonSchema> = {};
  for (const r of rules) ruleProps[r.meta.id] = ruleSetting(r);
  const rulesSchema: JsonSchema = {
    type: 'object',
    description: 'Rule id to severity, or [severity, options]',
    properties: ruleProps,
    additionalProperties: false,
  };
  const text = (description: string): JsonSchema => ({ type: 'string', description });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'symposium.json',
    description: 'What every take of a commentary symposium shares, and how strictly commentary-lint checks it. Every key is optional.',
    type: 'object',
    // VS Code's own keywords: the file is JSONC, so its JSON support shows no warning for comments or trailing commas.
    allowComments: true,
    allowTrailingCommas: true,
    properties: {
      $schema: text('The schema this file follows'),
      series: text('The series name that opens every headline, e.g. "The Hanoi Summit"'),
      question: text('The question put to every contributor, shown on the landing page'),
      headline: { ...text('Headline template with {series} and {contributor} placeholders'), pattern: '\\{contributor\\}' },
      editorsNote: text("The editor's note boilerplate after the label, identical in every take"),
      imageCredit: text('The image credit every take carries, e.g. "Reuters"'),
      words: {
        type: 'object',
        description: 'Body word limits',
        properties: { min: { type: 'integer', minimum: 0, default: 300 }, max: { type: 'integer', minimum: 1, default: 900 } },
        additionalProperties: false,
      },
      pullQuote: {
        type: 'object',
        description: 'Pull-quote limits',
        properties: { maxWords: { type: 'integer', minimum: 1, default: 40 } },
        additionalProperties: false,
      },
      quotes: { type: 'string', enum: ['curly', 'straight'], default: 'curly', description: 'House quote style' },
      dashes: { type: 'string', enum: ['closed', 'spaced'], default: 'closed', description: 'Em dashes closed up (a—b) or spaced (a — b)' },
      headlineCase: { type: 'string', enum: ['chicago', 'ap', 'off'], default: 'chicago', description: 'Title-case style of headlines' },
      spelling: {
        type: 'string',
        enum: ['american', 'british', 'off'],
        default: 'off',
        description:
          'House spelling: the dictionary `spelling` checks words against (en-US or en-GB, from Hunspell via nspell) and the dialect `dialect-spelling` converts to; `off` turns both rules off',
      },
      terms: {
        type: 'object',
        description:
          'House terms for `house-terms` and `consistent-names`: the form to avoid → the house form, e.g. {"towards": "toward", "Xi Jin-ping": "Xi Jinping"}',
        additionalProperties: { type: 'string', pattern: NOT_BLANK },
      },
      vocabulary: {
        type: 'array',
        description: 'Words every take may use (names, places, jargon): `spelling` and `consistent-names` accept them',
        items: { type: 'string', pattern: NOT_BLANK },
      },
      rules: rulesSchema,
      overrides: {
        type: 'array',
        description: 'Rule settings for some takes only',
        items: {
          type: 'object',
          properties: {
            files: { type: 'array', items: GLOB, minItems: 1, description: `Globs relative to this file. ${GLOB_RULES}` },
            rules: rulesSchema,
          },
          required: ['files'],
          additionalProperties: false,
        },
      },
      ignore: { type: 'array', items: GLOB, description: `Globs of files not to lint, relative to this file. ${GLOB_RULES}` },
    },
    additionalProperties: false,
  };
}

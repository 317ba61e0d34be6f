// Checks a parsed `symposium.json` against the generated schema, pointing at the offending node.
import type { Node } from 'jsonc-parser';
import type { JsonSchema } from './schema';
import { globProblem } from './glob';

export interface SchemaProblem {
  message: string;
  offset: number;
  length: number;
}

/** The pattern of a string that must not be empty or blank. */
export const NOT_BLANK = '\\S';

/** Validates a JSON tree; returns every problem with the place it is at. */
export function validateTree(node: Node, schema: JsonSchema, path = ''): SchemaProblem[] {
  const s = keywords(schema);
  const here = path || 'the file';
  const problem = (message: string, n: Node = node): SchemaProblem => ({ message, offset: n.offset, length: n.length });
  if (s.anyOf) return validateAnyOf(node, s.anyOf, path);
  const type = jsonType(node);
  if (s.type && !(type === s.type || (s.type === 'number' && type === 'integer'))) {
    return [problem(`${here} must be ${article(s.type)}, not ${article(type)}`)];
  }
  if (s.enum && !s.enum.includes(node.value)) {
    return [problem(`${here} must be one of ${choiceList(s.enum)}, not ${JSON.stringify(node.value)}`)];
  }
  if (s.pattern && typeof node.value === 'string' && !new RegExp(s.pattern).test(node.value)) {
    return [problem(s.pattern === NOT_BLANK ? `${here} must not be empty` : `${here} must contain ${s.pattern.replace(/\\/g, '')}`)];
  }
  if (s.format === 'glob' && typeof node.value === 'string') {
    const why = globProblem(node.value);
    if (why) return [problem(`${here} ${why}`)];
  }
  if (s.maxLength !== undefined && typeof node.value === 'string' && node.value.length > s.maxLength) {
    return [problem(`${here} must be at most ${s.maxLength} characters long, not ${node.value.length}`)];
  }
  if (s.minimum !== undefined && typeof node.value === 'number' && node.value < s.minimum) {
    return [problem(`${here} must be at least ${s.minimum}, not ${node.value}`)];
  }
  if (type === 'object') return validateObject(node, s, path);
  if (type === 'array') return validateArray(node, s, path);
  return [];
}

/** Validates an object's keys: unknown ones, required ones, and each value. */
function validateObject(node: Node, s: Keywords, path: string): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const prop of node.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    seen.add(key);
    const sub = s.properties && Object.hasOwn(s.properties, key) ? s.properties[key] : s.additionalProperties;
    if (sub === false) out.push({ message: unknownKey(key, path, Object.keys(s.properties ?? {})), offset: keyNode.offset, length: keyNode.length });
    else if (isSchema(sub)) out.push(...validateTree(valueNode, sub, path ? `${path}.${/^[\w$-]+$/.test(key) ? key : JSON.stringify(key)}` : key));
  }
  for (const req of s.required ?? []) {
    if (!seen.has(req)) out.push({ message: `${path || 'the file'} is missing "${req}"`, offset: node.offset, length: 1 });
  }
  return out;
}

/** Validates an array's length and items (a list schema or a tuple). */
function validateArray(node: Node, s: Keywords, path: string): SchemaProblem[] {
  const items = node.children ?? [];
  const here = path || 'the file';
  if (s.minItems !== undefined && items.length < s.minItems)
    return [{ message: `${here} needs at least ${s.minItems} item(s)`, offset: node.offset, length: node.length }];
  if (s.maxItems !== undefined && items.length > s.maxItems)
    return [{ message: `${here} takes at most ${s.maxItems} items`, offset: node.offset, length: node.length }];
  const out: SchemaProblem[] = [];
  items.forEach((item, k) => {
    const sub: unknown = Array.isArray(s.items) ? s.items[k] : s.items;
    if (isSchema(sub)) out.push(...validateTree(item, sub, `${path}[${k}]`));
  });
  return out;
}

/** Validates against the branch whose type fits the value; names all choices when none does. */
function validateAnyOf(node: Node, branches: JsonSchema[], path: string): SchemaProblem[] {
  const type = jsonType(node);
  const fitting = branches.filter((b) => {
    const t = keywords(b).type;
    return t === type || (t === 'number' && type === 'integer');
  });
  for (const b of fitting) {
    const problems = validateTree(node, b, path);
    if (problems.length === 0 || fitting.length === 1) return problems;
  }
  const choices = branches
    .map((b) => {
      const k = keywords(b);
      return k.enum ? choiceList(k.enum) : article(String(k.type));
    })
    .join(', or ');
  return [{ message: `${path} must be ${choices}`, offset: node.offset, length: node.length }];
}

/** The values of an enum, as JSON, comma-separated. */
function choiceList(values: readonly unknown[]): string {
  return values.map((e) => JSON.stringify(e)).join(', ');
}

/** The keywords of a schema the validator reads, each present only when it has the type JSON Schema gives it. */
interface Keywords {
  type?: string;
  enum?: readonly unknown[];
  pattern?: string;
  /** 'glob': a `symposium.json` glob, checked by globProblem. */
  format?: string;
  maxLength?: number;
  minimum?: number;
  anyOf?: JsonSchema[];
  /** Property name to its schema (a value that is not a schema is skipped). */
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  required?: string[];
  /** A schema for every item, or a tuple of schemas, one per position. */
  items?: unknown;
  minItems?: number;
  maxItems?: number;
}

/** Reads a schema's keywords, narrowing each from `unknown`. */
function keywords(schema: JsonSchema): Keywords {
  const string = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const number = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
  const list = (v: unknown): readonly unknown[] | undefined => (Array.isArray(v) ? v : undefined);
  return {
    type: string(schema.type),
    enum: list(schema.enum),
    pattern: string(schema.pattern),
    format: string(schema.format),
    maxLength: number(schema.maxLength),
    minimum: number(schema.minimum),
    anyOf: list(schema.anyOf)?.filter(isSchema),
    properties: isSchema(schema.properties) ? schema.properties : undefined,
    additionalProperties: schema.additionalProperties,
    required: list(schema.required)?.filter((r): r is string => typeof r === 'string'),
    items: schema.items,
    minItems: number(schema.minItems),
    maxItems: number(schema.maxItems),
  };
}

/** True for a JSON object, the shape of a schema. */
function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Message for a key the schema does not know, with the closest known key. */
function unknownKey(key: string, path: string, known: string[]): string {
  const where = path ? ` in ${path}` : '';
  const what = path === 'rules' || path.endsWith('.rules') ? 'unknown rule' : 'unknown key';
  const near = closest(key, known);
  return `${what} "${key}"${where}${near ? ` (did you mean "${near}"?)` : ''}`;
}

/** The known word nearest to `word` by edit distance, if it is near enough. */
export function closest(word: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The JSON type of a node, telling integers from other numbers. */
function jsonType(node: Node): string {
  if (node.type === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
  return node.type;
}

/** "an object", "a string" ... */
function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

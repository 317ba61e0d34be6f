// What the CLI and the language-server fuzz tests share: a seeded generator, the sample takes, their mangling, and
// the symposium.json keys and globs that stress configuration, and the random symposium.json built from them
// (each test brings its own random text).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core';

export type Random = () => number;

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
export function rng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item of a list, at random. */
export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)];
/** A whole number in [0, n). */
export const int = (r: Random, n: number): number => Math.floor(r() * n);

const SAMPLES_DIR = join(__dirname, '..', '..', 'samples');
/** The bundled sample takes, their lines, and their symposium.json. */
export const SAMPLES = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.take'))
  .map((f) => readFileSync(join(SAMPLES_DIR, f), 'utf8'));
export const SAMPLE_LINES = SAMPLES.flatMap((t) => t.split('\n'));
export const SAMPLE_CONFIG = readFileSync(join(SAMPLES_DIR, 'symposium.json'), 'utf8');

/** symposium.json keys, real and hostile. */
export const KEYS = [
  'series',
  'question',
  'headline',
  'editorsNote',
  'imageCredit',
  'words',
  'pullQuote',
  'quotes',
  'dashes',
  'headlineCase',
  'spelling',
  'terms',
  'vocabulary',
  'rules',
  'overrides',
  'ignore',
  '__proto__',
  'constructor',
  'toString',
  'x',
];

/** Globs that are ordinary, empty, outside the tree, or built to make a backtracking matcher explode. */
export const GLOBS = [
  '',
  '*',
  '**',
  '**/*.take',
  '*.take',
  'f*.take',
  'a*b*c',
  '{a,b}',
  '[!a]',
  '+(a|b)',
  '+(a|aa)+(a|aa)+(a|aa)b',
  '!x',
  '../x',
  '/abs',
  '\\',
  '**/**/**',
  'a'.repeat(300),
  'a'.repeat(600),
  '*a'.repeat(20) + 'b',
  '*'.repeat(30),
];

/** How one fuzz test mangles a sample take: its own random text, long-line fillers and line ends. */
export interface Mangling {
  /** Random text of so many pieces, for an inserted line. */
  text: (r: Random, pieces: number) => string;
  /** Also insert a line of another sample take. */
  sampleLines: boolean;
  /** What a very long inserted line repeats. */
  fillers: readonly string[];
  /** The line end the take is joined with. */
  lineEnd: (r: Random) => string;
}

/** A sample take mangled: lines dropped, duplicated, inserted, swapped, cut, very long or thinned out; a BOM at times. */
export function mangleTake(r: Random, how: Mangling): string {
  let lines = pick(r, SAMPLES).split('\n');
  const edits: Array<(at: number) => void> = [
    (at) => lines.splice(at, 1),
    (at) => lines.splice(at, 0, lines[int(r, lines.length)] ?? ''),
    (at) => lines.splice(at, 0, how.text(r, 1 + int(r, 30))),
    () => {
      const i = int(r, lines.length);
      const j = int(r, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    },
    (at) => (lines[at] = (lines[at] ?? '').slice(0, int(r, 80))),
    ...(how.sampleLines ? [(at: number) => lines.splice(at, 0, pick(r, SAMPLE_LINES))] : []),
    (at) => lines.splice(at, 0, pick(r, how.fillers).repeat(1 + int(r, 20000))),
    () => (lines = lines.filter(() => r() < 0.9)),
  ];
  for (let k = int(r, 8); k > 0; k--) {
    const at = int(r, lines.length + 1);
    edits[int(r, edits.length)](at);
  }
  let text = lines.join(how.lineEnd(r));
  if (r() < 0.2) text = '\ufeff' + text;
  return text;
}

const RULE_IDS = RULES.map((rule) => rule.meta.id);
const SEVERITIES = ['off', 'error', 'warning', 'info'];
const STYLE_WORDS = ['curly', 'straight', 'closed', 'spaced', 'chicago', 'ap', 'off', 'american', 'british', 'error', 'warning', 'info'];

/** What a fuzz test brings to the shared symposium.json generator. */
export interface ConfigFuzz {
  /** The test's own random text of `pieces` pieces. */
  text(r: Random, pieces: number): string;
  /** The test's odd strings, also drawn as values. */
  odd: readonly string[];
  /** Keys an object value may have beside the symposium keys and a rule id. */
  valueKeys: readonly string[];
  /** How many globs `ignore` gets. */
  ignoreGlobs: number;
}

/** A random JSON-able value. */
export function randomValue(r: Random, how: ConfigFuzz, depth = 0): unknown {
  const roll = int(r, depth > 2 ? 5 : 8);
  if (roll === 0) return int(r, 2000) - 500;
  if (roll === 1) return r() < 0.5;
  if (roll === 2) return null;
  if (roll === 3) return pick(r, [...GLOBS, ...how.odd, ...STYLE_WORDS]);
  if (roll === 4) return how.text(r, int(r, 6));
  if (roll === 5) return Array.from({ length: int(r, 4) }, () => randomValue(r, how, depth + 1));
  const out: Record<string, unknown> = {};
  for (let k = int(r, 4); k > 0; k--) out[pick(r, [...KEYS, ...how.valueKeys, pick(r, RULE_IDS)])] = randomValue(r, how, depth + 1);
  return out;
}

/** A random symposium.json text: the sample's with keys changed, a random object, broken JSON or no JSON at all. */
export function randomConfig(r: Random, how: ConfigFuzz): string {
  const roll = r();
  if (roll < 0.15) return how.text(r, int(r, 20));
  const base = roll < 0.6 ? (JSON.parse(SAMPLE_CONFIG) as Record<string, unknown>) : {};
  for (let k = int(r, 5); k > 0; k--) {
    const key = pick(r, KEYS);
    if (key === 'rules') {
      const rules: Record<string, unknown> = {};
      for (let n = int(r, 5); n > 0; n--) rules[pick(r, RULE_IDS)] = r() < 0.7 ? pick(r, SEVERITIES) : randomValue(r, how, 1);
      base.rules = rules;
    } else if (key === 'overrides') base.overrides = [{ files: [pick(r, GLOBS)], rules: { [pick(r, RULE_IDS)]: 'off' } }];
    else if (key === 'ignore') base.ignore = Array.from({ length: how.ignoreGlobs }, () => pick(r, GLOBS));
    else base[key] = randomValue(r, how);
  }
  const text = JSON.stringify(base, null, 2);
  return r() < 0.15 ? text.slice(0, int(r, text.length)) : text;
}

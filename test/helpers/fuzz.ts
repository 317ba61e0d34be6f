// What the CLI and the language-server fuzz tests share: a seeded generator, the sample takes, and the
// symposium.json keys and globs that stress configuration (each test builds its own texts from them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

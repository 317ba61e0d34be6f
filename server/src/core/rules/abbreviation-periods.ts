// Rule abbreviation-periods: Abbreviations are written with all their periods, consistently (`U.S.` not `U.S` or `US`).
import type { TakeRule } from '../rule';
import type { Report, Span } from '../types';
import { escapeRegExp } from '../text';
import { isWordChar, isWordCode, listOption, replaceReport } from '../typography';
import { textWithoutComments } from '../comments';

const DEFAULT_ABBREVIATIONS = 'U.S.,U.K.,U.N.,E.U.';

/** One configured abbreviation and the pattern that finds it written with or without its periods. */
interface Abbreviation {
  dotted: string;
  /** The letter groups between the periods: `U`, `S` for `U.S.`. */
  chunks: string[];
  endsWithPeriod: boolean;
  /** Matches the groups with or without the inner periods; whole words and the final period are checked in code. */
  pattern: RegExp;
  /** Finds the fully dotted form anywhere in a text. */
  dottedPattern: RegExp;
}

/** One place an abbreviation is written: what was found and how many periods it is missing. */
interface Occurrence {
  start: number;
  end: number;
  written: string;
  /** The period after the last group is there. */
  finalPeriod: boolean;
  innerPeriods: number;
}

/** The word a space before a match, and after it; a neighbour joined by punctuation does not count. */
const WORD_BEFORE = /(\p{L}+)\s+$/u;
const WORD_AFTER = /^\s+(\p{L}+)/u;
const NEIGHBOUR_REACH = 40;
const PERIOD = 46;
const DOLLAR = 36;

const compiled = new Map<string, Abbreviation[]>();

export const rule: TakeRule = {
  meta: {
    id: 'abbreviation-periods',
    category: 'typography',
    description: 'Abbreviations are written with all their periods, consistently (`U.S.` not `U.S` or `US`)',
    rationale:
      'A configured abbreviation must not lose a period (`U.S-North`, `U.S` at the end of a word): that is always reported. The undotted form (`US`, a whole word in the same capitals) is reported only when the take also writes the dotted or a partly dotted form somewhere, so a take that consistently writes `US` is left alone. `US$` and a `US` between words in capitals (`LET US ACT`) are skipped. The headline and configured boilerplate are not checked (the real boilerplate carries `U.S-North`).',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    options: {
      abbreviations: {
        type: 'string',
        default: DEFAULT_ABBREVIATIONS,
        description: 'Comma-separated abbreviations written with periods',
      },
    },
    examples: {
      invalid: 'U.S-North Korea relations',
      valid: 'U.S.-North Korea relations',
    },
  },
  // Finds each configured abbreviation in the prose and reports forms that miss periods.
  check({ prose, take, options }) {
    const out: Report[] = [];
    const text = textWithoutComments(take);
    for (const abbreviation of abbreviationsFrom(options.abbreviations)) {
      const found: Occurrence[] = [];
      for (const span of prose) collectOccurrences(abbreviation, span, found);
      if (found.length === 0) continue;
      const partial = found.filter((o) => o.innerPeriods > 0 && !isComplete(abbreviation, o));
      const undotted = found.filter((o) => o.innerPeriods === 0);
      for (const o of partial) out.push(fixOccurrence(abbreviation, o, `Write "${abbreviation.dotted}" with all its periods, not "${o.written}"`));
      if (undotted.length === 0 || (partial.length === 0 && !usesDotted(abbreviation, text))) continue;
      for (const o of undotted) out.push(fixOccurrence(abbreviation, o, `Write "${abbreviation.dotted}" as elsewhere in this take, not "${o.written}"`));
    }
    return out;
  },
};

/** Parses the option once per distinct value and keeps the compiled patterns. */
function abbreviationsFrom(value: unknown): Abbreviation[] {
  const key = typeof value === 'string' ? value : DEFAULT_ABBREVIATIONS;
  let list = compiled.get(key);
  if (!list) {
    list = listOption(key, DEFAULT_ABBREVIATIONS).flatMap(compile);
    compiled.set(key, list);
  }
  return list;
}

/** Builds the pattern of one abbreviation; one without inner periods (`DPRK`) has nothing to check. */
function compile(dotted: string): Abbreviation[] {
  const chunks = dotted.split('.').filter((c) => c.length > 0);
  if (chunks.length < 2) return [];
  const pattern = new RegExp(chunks.map(escapeRegExp).join('(\\.?)'), 'g');
  const dottedPattern = new RegExp(`(?<![\\p{L}\\p{N}.])${escapeRegExp(dotted)}`, 'u');
  return [{ dotted, chunks, endsWithPeriod: dotted.endsWith('.'), pattern, dottedPattern }];
}

/** Adds every place a span writes the abbreviation, with or without periods, to `found`. */
function collectOccurrences(abbreviation: Abbreviation, span: Span, found: Occurrence[]): void {
  const { pattern } = abbreviation;
  const text = span.text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const index = m.index;
    const after = index + m[0].length;
    if (!standsAlone(text, index, after)) continue;
    const finalPeriod = text[after] === '.';
    if (finalPeriod && isWordChar(text[after + 1])) continue;
    const innerPeriods = m.slice(1).filter((p) => p === '.').length;
    if (innerPeriods === 0 && amongCapitals(text, index, after)) continue;
    found.push({ start: span.start + index, end: span.start + after, written: m[0], finalPeriod, innerPeriods });
  }
}

/** True when a match is not part of a longer word or abbreviation, nor a currency (`US$`). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return !isWordCode(before) && before !== PERIOD && !isWordCode(after) && after !== DOLLAR;
}

/** True when the words on both sides of a match are in capitals (`LET US ACT`): shouting, not an abbreviation. */
function amongCapitals(text: string, start: number, end: number): boolean {
  const previous = WORD_BEFORE.exec(text.slice(Math.max(0, start - NEIGHBOUR_REACH), start))?.[1];
  const next = WORD_AFTER.exec(text.slice(end, end + NEIGHBOUR_REACH))?.[1];
  if (previous === undefined && next === undefined) return false;
  return (previous === undefined || isCapitals(previous)) && (next === undefined || isCapitals(next));
}

/** True for a word written wholly in capitals. */
function isCapitals(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** True when every period the abbreviation needs is there. */
function isComplete(abbreviation: Abbreviation, o: Occurrence): boolean {
  return o.innerPeriods === abbreviation.chunks.length - 1 && (o.finalPeriod || !abbreviation.endsWithPeriod);
}

/** True when the take writes the dotted form anywhere (the headline template counts). */
function usesDotted(abbreviation: Abbreviation, text: string): boolean {
  return abbreviation.dottedPattern.test(text);
}

/** Reports an occurrence and replaces it with the dotted form (a period already after it is kept, not doubled). */
function fixOccurrence(abbreviation: Abbreviation, o: Occurrence, message: string): Report {
  const replacement = o.finalPeriod && abbreviation.endsWithPeriod ? abbreviation.dotted.slice(0, -1) : abbreviation.dotted;
  return replaceReport(message, o.start, o.end, replacement);
}

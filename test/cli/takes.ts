// Take texts and symposium files shared by the CLI tests: a clean take and one with `its’` defects.
import { DEFAULT_BODY, take } from '../helpers/take-builder';
import { json, onlyRules } from '../helpers/cli';

const [FIRST, ...REST] = DEFAULT_BODY;

/** The paragraph that carries two possessive-its errors; it becomes body paragraph 1 (line 4). */
export const DEFECT = 'The delta has lost its’ silt, and its’ farmers know it.';
export const DEFECT_FIXED = 'The delta has lost its silt, and its farmers know it.';

/** A clean take, with the given line ending. */
export function cleanTake(eol = '\n'): string {
  return take({}, eol);
}

/** A take whose fourth line starts with DEFECT: two `its’` findings, both fixable. */
export function defectiveTake(eol = '\n', contributor?: string): string {
  const parts = contributor ? contributorParts(contributor) : {};
  return take({ ...parts, body: [`${DEFECT} ${FIRST}`, ...REST] }, eol);
}

/** What defectiveTake becomes after --fix. */
export function fixedTake(eol = '\n', contributor?: string): string {
  const parts = contributor ? contributorParts(contributor) : {};
  return take({ ...parts, body: [`${DEFECT_FIXED} ${FIRST}`, ...REST] }, eol);
}

/** Headline and byline naming another contributor (for corpus tests). */
export function contributorParts(name: string): { headline: string; byline: string } {
  return {
    headline: `The Mekong Accord – We Asked ${name} What Comes Next for the River`,
    byline: `${name} is a senior research fellow at the Institute for Water Policy in Singapore.`,
  };
}

/** 1-based columns of the two `its’` on line 4. */
export const COLUMNS = [DEFECT.indexOf('its’') + 1, DEFECT.indexOf('its’', DEFECT.indexOf('its’') + 1) + 1];

/** symposium.json text enabling possessive-its only, at the given severity. */
export function possessiveOnly(severity = 'error', extra: Record<string, unknown> = {}): string {
  return json(onlyRules({ 'possessive-its': severity }, extra));
}

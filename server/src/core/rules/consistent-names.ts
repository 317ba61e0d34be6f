// Rule consistent-names: A name or place is written one way across the symposium.
import { NOT_NAME_OPENERS } from '../lexicon';
import { nameRuns } from '../name-runs';
import type { CorpusReport, CorpusRule } from '../rule';
import type { RelatedLocation } from '../types';
import { withoutAccents } from '../text';

export const rule: CorpusRule = {
  meta: {
    id: 'consistent-names',
    category: 'corpus',
    description: 'A name or place is written one way across the symposium',
    rationale:
      'Contributors spell the same leader or place differently (`Kim Jong-un`, `Kim Jong Un`, `Kim Jung Un`); the editor wants one form. The rule reads the multi-word capitalised names of every body (`Xi Jinping`, `São Paulo`, `Abdel Fattah el-Sisi`) and groups the forms that differ only in hyphens, spaces, apostrophes, case or accents (`Xi Jin-ping`, `Sao Paulo`, `Abdel Fattah El-Sisi`), or by one letter where at least one word is the same and the name is long enough to be a name and not a different one (`Volodymyr Zelenskyy`, `Recep Tayip Erdogan`). The less frequent form is reported at each occurrence, in the take where it stands, with related locations at the other form and a suggestion to use it; on a tie every form is reported. A form pinned in `terms` (as the house form, or as a form to avoid) settles the choice, and a form listed in `vocabulary` is never reported. It compares the takes with each other and a take with itself.',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    options: {},
    examples: {
      invalid: 'one take writes Kim Jong Un, three write Kim Jong-un',
      valid: 'every take writes Kim Jong-un',
    },
    scope: 'corpus',
    minTakes: 1,
  },
  // Records each multi-word capitalised name of the body, with where it stands, and the house's pinned forms.
  collect({ take, style }): NameData {
    const forms = new Map<string, number[]>();
    let count = 0;
    for (const p of take.body) {
      for (const run of nameRuns(p.text, MAX_NAMES_PER_TAKE)) {
        const name = trimOpener(run.at, run.text.replace(/['’]s$/u, ''));
        if (!name) continue;
        const starts = forms.get(name.text);
        if (starts) starts.push(p.start + name.at);
        else forms.set(name.text, [p.start + name.at]);
        if (++count >= MAX_NAMES_PER_TAKE) break;
      }
    }
    const names = [...forms].map(([form, starts]) => `${form}\t${starts.join(',')}`).join('\n');
    const pinned = style.vocabulary.length > 0 || Object.keys(style.terms).length > 0;
    return pinned ? { names, pins: { house: Object.values(style.terms), avoid: Object.keys(style.terms), accepted: style.vocabulary } } : { names };
  },
  // Groups the forms across the takes and reports the less frequent ones.
  checkCorpus(entries) {
    const uses = new Map<string, Uses>();
    const pins = { house: new Set<string>(), avoid: new Set<string>(), accepted: new Set<string>() };
    const files = entries.map((e) => e.summary.filePath);
    entries.forEach((e, k) => {
      const data = e.summary.data?.['consistent-names'] as NameData | undefined;
      if (!data) return;
      for (const line of data.names ? data.names.split('\n') : []) {
        const tab = line.lastIndexOf('\t');
        const form = line.slice(0, tab);
        let u = uses.get(form);
        if (!u) uses.set(form, (u = { file: [], start: [] }));
        for (const start of line.slice(tab + 1).split(',')) {
          u.file.push(k);
          u.start.push(Number(start));
        }
      }
      data.pins?.house.forEach((f) => pins.house.add(f));
      data.pins?.avoid.forEach((f) => pins.avoid.add(f));
      data.pins?.accepted.forEach((f) => pins.accepted.add(f));
    });
    const out: CorpusReport[] = [];
    for (const forms of variantGroups([...uses.keys()])) report(forms, uses, files, pins, out);
    return out;
  },
};

/** What the rule keeps of a take: `form<TAB>start,start` lines (compact: it is kept for every take of a corpus), and the pinned forms. */
interface NameData {
  names: string;
  pins?: { house: string[]; avoid: string[]; accepted: string[] };
}

/** The occurrences of a form: file indexes and offsets, side by side. */
interface Uses {
  file: number[];
  start: number[];
}

const MAX_NAMES_PER_TAKE = 500;
const MAX_RELATED = 10;
/** A one-letter difference counts only in names at least this long (folded), so `Jon Smith` and `Jan Smith` stay two people. */
const MIN_LENGTH_FOR_ONE_LETTER = 9;

/** Drops a sentence's capitalised first word that is no name (`The Hanoi Summit` → `Hanoi Summit`); undefined when one word is left. */
function trimOpener(at: number, run: string): { text: string; at: number } | undefined {
  const space = run.search(/[ \u00a0]/);
  const first = run.slice(0, space);
  if (!NOT_NAME_OPENERS.has(first) && !OPENERS.has(first)) return { text: run, at };
  const rest = run.slice(space).trimStart();
  const skipped = run.length - rest.length;
  return /[ \u00a0]/.test(rest) ? { text: rest, at: at + skipped } : undefined;
}

/** Capitalised words that open sentences and are no part of a name. */
const OPENERS = new Set(
  'After Although Before Because Despite During However Meanwhile Once Since Unless Until Under When Whether While With Without Last Next Few Many Some Other Another Every Former Only'.split(
    ' ',
  ),
);

/** A form folded for comparison: accents, case, hyphens, spaces, apostrophes and periods removed. */
function fold(form: string): string {
  return withoutAccents(form)
    .toLowerCase()
    .replace(/[\s'’.-]/gu, '');
}

/** The sets of forms that are the same name: equal when folded, or one letter apart (by a shared one-deletion key). */
function variantGroups(forms: string[]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const f of forms) {
    const key = fold(f);
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const keys = [...byKey.keys()];
  const parent = keys.map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k])));
  const byDeletion = new Map<string, number>();
  keys.forEach((key, k) => {
    if (key.length < MIN_LENGTH_FOR_ONE_LETTER) return;
    for (const variant of deletions(key)) {
      const other = byDeletion.get(variant);
      if (other === undefined) byDeletion.set(variant, k);
      else if (root(other) !== root(k) && shareAWord(byKey.get(keys[other])![0], byKey.get(key)![0])) parent[root(k)] = root(other);
    }
  });
  const groups = new Map<number, string[]>();
  keys.forEach((key, k) => {
    const g = groups.get(root(k)) ?? [];
    g.push(...byKey.get(key)!);
    groups.set(root(k), g);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The key itself and the key with each one letter deleted: two keys one edit apart share one of these. */
function deletions(key: string): string[] {
  const out = [key];
  for (let k = 0; k < key.length; k++) out.push(key.slice(0, k) + key.slice(k + 1));
  return out;
}

/** True when two forms have as many words and at least one word in common (`Recep Tayyip Erdogan`, `Recep Tayip Erdogan`). */
function shareAWord(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/);
  const wb = b.toLowerCase().split(/\s+/);
  return wa.length === wb.length && wa.some((w) => wb.includes(w));
}

/** Reports the losing forms of one group at each of their occurrences. */
function report(
  forms: string[],
  uses: Map<string, Uses>,
  files: string[],
  pins: { house: Set<string>; avoid: Set<string>; accepted: Set<string> },
  out: CorpusReport[],
): void {
  const count = (f: string) => uses.get(f)!.start.length;
  const house = forms.find((f) => pins.house.has(f));
  const candidates = forms.filter((f) => !pins.avoid.has(f));
  const most = Math.max(...(candidates.length ? candidates : forms).map(count));
  const leaders = (candidates.length ? candidates : forms).filter((f) => count(f) === most);
  const winner = house ?? (leaders.length === 1 ? leaders[0] : undefined);
  for (const form of forms) {
    if (form === winner || pins.accepted.has(form)) continue;
    const others = forms.filter((f) => f !== form && (winner === undefined || f === winner));
    const related = relatedUses(others, uses, files);
    const message =
      winner === undefined
        ? `"${form}" is also written ${others.map((f) => `"${f}"`).join(', ')} in this symposium: choose one form`
        : `"${form}" is written "${winner}" elsewhere in this symposium (${count(winner)} time${count(winner) === 1 ? '' : 's'}${house ? ', the house form' : ''})`;
    const u = uses.get(form)!;
    u.start.forEach((start, k) => {
      const suggestions = others.map((f) => ({ message: `Write "${f}"`, edits: [{ start, end: start + form.length, text: f }] }));
      out.push({ filePath: files[u.file[k]], start, end: start + form.length, message, related, suggestions });
    });
  }
}

/** Up to MAX_RELATED occurrences of the other forms, as related locations. */
function relatedUses(forms: string[], uses: Map<string, Uses>, files: string[]): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  for (const f of forms) {
    const u = uses.get(f)!;
    for (let k = 0; k < u.start.length; k++) {
      if (out.length >= MAX_RELATED) return out;
      out.push({ start: u.start[k], end: u.start[k] + f.length, message: `written "${f}" here`, filePath: files[u.file[k]] });
    }
  }
  return out;
}

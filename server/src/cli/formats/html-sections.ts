// What the HTML report shows, before any markup: takes grouped by symposium, not ready first, and the counts.
import { relativeTo, symposiumSource, type Symposium, type SymposiumId, type TakeSummary } from '../../core';
import type { Failure, FileReport, Message, RunReport } from '../run-report';

/** One take's card: a linted take (with its summary) or a take that could not be read. */
export interface TakeCard {
  displayPath: string;
  filePath: string;
  summary?: TakeSummary;
  messages: readonly Message[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Why the take could not be read, written or searched. */
  failure?: string;
}

/** One symposium: its title, where it comes from, and its cards in not-ready-first order. */
export interface SymposiumSection {
  title: string;
  /** The series from symposium.json, when it names one. */
  series?: string;
  /** The symposium.json or folder it stands for, relative to the current folder. */
  source?: string;
  question?: string;
  cards: TakeCard[];
}

/** Takes, ready takes and findings by severity; a take that could not be read is one error, as in the JSON report. */
export interface Totals {
  takes: number;
  ready: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Ready means no error findings (and the take could be read). */
export function isReady(card: TakeCard): boolean {
  return card.errorCount === 0;
}

/** Counts the cards' takes, ready takes and findings. */
export function totalsOf(cards: Iterable<TakeCard>): Totals {
  const t: Totals = { takes: 0, ready: 0, errors: 0, warnings: 0, infos: 0 };
  for (const c of cards) {
    t.takes++;
    if (isReady(c)) t.ready++;
    t.errors += c.errorCount;
    t.warnings += c.warningCount;
    t.infos += c.infoCount;
  }
  return t;
}

/** The run's takes as one section per symposium (sections in path order, takes no symposium holds last), cards not ready first. */
export function symposiumSections(run: RunReport): SymposiumSection[] {
  const groups = new Map<SymposiumId | undefined, TakeCard[]>();
  const add = (id: SymposiumId | undefined, card: TakeCard): void => {
    const list = groups.get(id);
    if (list) list.push(card);
    else groups.set(id, [card]);
  };
  for (const f of run.files) add(f.symposium, fileCard(f));
  for (const f of run.failures) add(f.symposium, failureCard(f));
  const ids = [...groups.keys()].sort((a, b) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1));
  return ids.map((id) => ({ ...describe(id, run), cards: groups.get(id)!.sort(notReadyFirst) }));
}

/** Not ready before ready, then by path: the order an editor works through. */
function notReadyFirst(a: TakeCard, b: TakeCard): number {
  const ready = Number(isReady(a)) - Number(isReady(b));
  if (ready !== 0) return ready;
  return a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0;
}

/** A linted take's card (its messages are shared, not copied). */
function fileCard(f: FileReport): TakeCard {
  return {
    displayPath: f.displayPath,
    filePath: f.filePath,
    ...(f.summary ? { summary: f.summary } : {}),
    messages: f.messages,
    errorCount: f.errorCount,
    warningCount: f.warningCount,
    infoCount: f.infoCount,
  };
}

/** The card of a take that could not be read or written: one error. */
function failureCard(f: Failure): TakeCard {
  return { displayPath: f.displayPath, filePath: f.filePath, messages: [], errorCount: 1, warningCount: 0, infoCount: 0, failure: f.message };
}

/** A section's title (the series, else the folder), source and question. */
function describe(id: SymposiumId | undefined, run: RunReport): Omit<SymposiumSection, 'cards'> {
  if (id === undefined) return { title: 'Other files' };
  const symposium: Symposium | undefined = run.symposia?.get(id);
  const from = symposiumSource(id);
  const source = from.kind === 'lone' ? from.name : shown(run.cwd, from.path);
  const series = symposium?.file.series;
  const folder = source === '.' ? 'the current folder' : `${source}/`;
  const title = series ?? (from.kind === 'config' ? `Symposium of ${source}` : from.kind === 'folder' ? `Takes in ${folder}` : source);
  return { title, source, ...(series ? { series } : {}), ...(symposium?.file.question ? { question: symposium.file.question } : {}) };
}

/** A path relative to the current folder when it lies inside it ("." for the folder itself), else as it is. */
function shown(cwd: string, path: string): string {
  const rel = relativeTo(cwd.split('\\').join('/'), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** The key the "by contributor" order uses: the first contributor's last name, then the names as written. */
export function contributorKey(summary: TakeSummary | undefined): string {
  const first = summary?.people[0]?.name;
  if (!first || !summary?.contributor) return '';
  const words = first.trim().split(/\s+/);
  return `${words[words.length - 1]} ${summary.contributor}`;
}

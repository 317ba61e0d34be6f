// The server's model: every take it knows (open or on disk), its lint result and its symposium.
import {
  LineIndex,
  SymposiumFinder,
  byPosition,
  defaultSymposium,
  lint,
  lintCorpus,
  loneSymposiumId,
  sharedWords,
  waiveSharedWords,
  type ConfigProblem,
  type Finding,
  type LintResult,
  type Rule,
  type Speller,
  type Symposium,
  type SymposiumId,
} from '../core';
import type { CommentarySettings } from '../shared/settings';
import { uriToPath } from './convert';
import { host } from './host';

export interface TakeState {
  uri: string;
  path?: string;
  /** The open document's version, or null for a take read from disk. */
  version: number | null;
  lines: LineIndex;
  result: LintResult;
  /** Findings of the corpus rules, from comparing this take with the others of its symposium. */
  corpus: Finding[];
  /** The take's unknown words that its symposium accepts (other takes use them), as the corpus stage last saw them. */
  waived: string;
  /** The symposium the take belongs to, the same identity the CLI uses (an untitled document is a symposium of one). */
  group: SymposiumId;
  symposium: Symposium;
}

/** Where a take's symposium comes from, and any problem with its symposium.json. */
export interface SymposiumLookup {
  symposium: Symposium;
  group: SymposiumId;
  configFile?: string;
  problems: ConfigProblem[];
}

const NO_WORDS: ReadonlySet<string> = new Set();

export class TakeStore {
  private readonly takes = new Map<string, TakeState>();
  /** The takes of each symposium, kept with `takes`, so a symposium's members are found without scanning every take. */
  private readonly members = new Map<SymposiumId, Map<string, TakeState>>();
  readonly finder = new SymposiumFinder(host());
  /** The dictionaries, loaded when the first take whose symposium sets `spelling` asks. */
  readonly spellers = host().spellers;
  /** Per symposium, the unknown words enough of its takes use to be accepted. */
  private readonly shared = new Map<SymposiumId, Set<string>>();

  /** `rules` is the rule list every take is linted with (the catalogue, in the server); `settings` gives a take's settings (its workspace folder's). */
  constructor(
    private readonly settings: (uri: string) => CommentarySettings,
    readonly rules: readonly Rule[],
  ) {}

  /** Finds the symposium of a take path; a broken symposium.json falls back to defaults. */
  lookup(path: string | undefined): SymposiumLookup {
    if (!path) return { symposium: defaultSymposium('.'), group: loneSymposiumId(''), problems: [] };
    const found = this.finder.forTake(path);
    const symposium = found.symposium ?? defaultSymposium(host().parent(found.configFile ?? path) ?? path);
    return { symposium, group: found.id, configFile: found.configFile, problems: found.problems };
  }

  /** Lints a take's text and stores the result. */
  lint(uri: string, text: string, version: number | null): TakeState {
    const path = uriToPath(uri);
    const { symposium, group } = this.lookup(path);
    const result = lint(text, { rules: this.rules, filePath: path, symposium, ruleSettings: this.settings(uri).rules, spellers: this.spellers });
    const previous = this.takes.get(uri);
    const state: TakeState = {
      uri,
      path,
      version,
      lines: new LineIndex(text),
      result,
      corpus: previous?.group === group ? previous.corpus : [],
      waived: previous?.group === group ? previous.waived : '',
      group: path ? group : loneSymposiumId(uri),
      symposium,
    };
    // A take that stays in its symposium keeps its place among the members (the corpus rules see a stable order).
    if (previous && previous.group !== state.group) this.unindex(previous);
    this.takes.set(uri, state);
    let members = this.members.get(state.group);
    if (!members) this.members.set(state.group, (members = new Map<string, TakeState>()));
    members.set(uri, state);
    return state;
  }

  /** Forgets a take (deleted from disk). */
  remove(uri: string): TakeState | undefined {
    const s = this.takes.get(uri);
    if (s) this.unindex(s);
    this.takes.delete(uri);
    return s;
  }

  /** Takes a take out of its symposium's member list. */
  private unindex(state: TakeState): void {
    const members = this.members.get(state.group);
    if (!members) return;
    members.delete(state.uri);
    if (members.size === 0) this.members.delete(state.group);
  }

  /** How many takes the store holds. */
  get size(): number {
    return this.takes.size;
  }

  get(uri: string): TakeState | undefined {
    return this.takes.get(uri);
  }

  all(): TakeState[] {
    return [...this.takes.values()];
  }

  /** The symposia that have takes, each with its takes by URI; the live index, not a copy. */
  groups(): ReadonlyMap<SymposiumId, ReadonlyMap<string, TakeState>> {
    return this.members;
  }

  /** The takes of one symposium, from the index (time proportional to the symposium, not the workspace). */
  group(group: SymposiumId): TakeState[] {
    const members = this.members.get(group);
    return members ? [...members.values()] : [];
  }

  /** Runs the corpus rules over one symposium; returns the takes whose corpus findings changed. */
  runCorpus(group: SymposiumId): TakeState[] {
    const members = this.group(group);
    const byFile = lintCorpus(
      members.map((m) => ({ summary: m.result.summary, settings: m.result.settings })),
      this.rules,
    );
    const shared = sharedWords(members.map((m) => m.result.summary));
    this.shared.set(group, shared);
    const changed: TakeState[] = [];
    for (const m of members) {
      const next = byFile.get(m.path ?? '') ?? [];
      const waived = (m.result.summary.unknownWords ?? []).filter((w) => shared.has(w)).join('\u0000');
      if (waived !== m.waived || JSON.stringify(next) !== JSON.stringify(m.corpus)) {
        m.corpus = next;
        m.waived = waived;
        changed.push(m);
      }
    }
    return changed;
  }

  /** The house dictionary of a take's symposium, when its `spelling` is on. */
  spellerOf(state: TakeState): Speller | undefined {
    const dialect = state.symposium.style.spelling;
    return dialect === 'off' ? undefined : this.spellers[dialect];
  }

  /** Everything reported on a take, take and corpus rules together, in order; words its symposium shares are not reported. */
  findings(state: TakeState): Finding[] {
    const own = waiveSharedWords(state.result.findings, this.shared.get(state.group) ?? NO_WORDS);
    return state.corpus.length ? [...own, ...state.corpus].sort(byPosition) : own;
  }
}

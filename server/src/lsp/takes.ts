// The server's model: every take it knows (open or on disk), its lint result and its symposium.
import { dirname } from 'node:path';
import {
  LineIndex,
  SymposiumFinder,
  byPosition,
  defaultSymposium,
  lintCorpus,
  lintText,
  type ConfigProblem,
  type Finding,
  type LintResult,
  type Symposium,
} from '../core';
import type { CommentarySettings } from '../shared/settings';
import { uriToPath } from './convert';

export interface TakeState {
  uri: string;
  path?: string;
  /** The open document's version, or null for a take read from disk. */
  version: number | null;
  lines: LineIndex;
  result: LintResult;
  /** Findings of the corpus rules, from comparing this take with the others of its symposium. */
  corpus: Finding[];
  /** Identifies the symposium the take belongs to (its symposium.json, or its folder). */
  group: string;
  symposium: Symposium;
}

/** Where a take's symposium comes from, and any problem with its symposium.json. */
export interface SymposiumLookup {
  symposium: Symposium;
  group: string;
  configFile?: string;
  problems: ConfigProblem[];
}

export class TakeStore {
  private readonly takes = new Map<string, TakeState>();
  readonly finder = new SymposiumFinder();

  constructor(private readonly settings: () => CommentarySettings) {}

  /** Finds the symposium of a take path; a broken symposium.json falls back to defaults. */
  lookup(path: string | undefined): SymposiumLookup {
    if (!path) return { symposium: defaultSymposium('.'), group: '', problems: [] };
    const configFile = this.finder.find(dirname(path));
    if (!configFile) return { symposium: defaultSymposium(dirname(path)), group: `dir:${dirname(path)}`, problems: [] };
    const parsed = this.finder.load(configFile);
    const symposium = parsed.symposium ?? defaultSymposium(dirname(configFile));
    return { symposium, group: configFile, configFile, problems: parsed.problems };
  }

  /** Lints a take's text and stores the result. */
  lint(uri: string, text: string, version: number | null): TakeState {
    const path = uriToPath(uri);
    const { symposium, group } = this.lookup(path);
    const result = lintText(text, { filePath: path, symposium, ruleSettings: this.settings().rules });
    const previous = this.takes.get(uri);
    const state: TakeState = {
      uri,
      path,
      version,
      lines: new LineIndex(text),
      result,
      corpus: previous?.group === group ? previous.corpus : [],
      group: path ? group : `untitled:${uri}`,
      symposium,
    };
    this.takes.set(uri, state);
    return state;
  }

  /** Forgets a take (deleted from disk). */
  remove(uri: string): TakeState | undefined {
    const s = this.takes.get(uri);
    this.takes.delete(uri);
    return s;
  }

  get(uri: string): TakeState | undefined {
    return this.takes.get(uri);
  }

  all(): TakeState[] {
    return [...this.takes.values()];
  }

  /** The takes of one symposium. */
  group(group: string): TakeState[] {
    return this.all().filter((t) => t.group === group);
  }

  /** Runs the corpus rules over one symposium; returns the takes whose corpus findings changed. */
  runCorpus(group: string): TakeState[] {
    const members = this.group(group);
    const byFile = lintCorpus(members.map((m) => ({ summary: m.result.summary, rules: m.result.rules })));
    const changed: TakeState[] = [];
    for (const m of members) {
      const next = byFile.get(m.path ?? '') ?? [];
      if (JSON.stringify(next) !== JSON.stringify(m.corpus)) {
        m.corpus = next;
        changed.push(m);
      }
    }
    return changed;
  }

  /** Everything reported on a take, take and corpus rules together, in order. */
  findings(state: TakeState): Finding[] {
    return state.corpus.length ? [...state.result.findings, ...state.corpus].sort(byPosition) : state.result.findings;
  }
}

// Finds and loads the `symposium.json` that governs each take, walking up like `.editorconfig`: the CLI's and the server's one lookup.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  SYMPOSIUM_FILE,
  configSymposiumId,
  defaultSymposium,
  folderSymposiumId,
  parseSymposium,
  type ConfigProblem,
  type ParsedSymposium,
  type Symposium,
  type SymposiumId,
} from '../core';
import { toCorePath } from './paths';

/** The symposium a take belongs to. */
export interface SymposiumLookup {
  /** Which symposium (and corpus) it is: its symposium.json, or its folder when there is none. */
  id: SymposiumId;
  /** The symposium; undefined when its symposium.json cannot be read or is invalid (see `problems`). */
  symposium?: Symposium;
  /** The symposium.json that governs the take, if any ('/'-separated). */
  configFile?: string;
  problems: ConfigProblem[];
}

/** Caches lookups per folder, so a corpus of thousands of takes reads each file once. */
export class SymposiumFinder {
  private readonly byDir = new Map<string, string | null>();
  private readonly byFile = new Map<string, ParsedSymposium>();
  private readonly defaults = new Map<string, Symposium>();

  /** The symposium of a take: the nearest symposium.json at or above its folder, else its folder's default symposium. */
  forTake(takePath: string): SymposiumLookup {
    const dir = toCorePath(dirname(takePath));
    const configFile = this.find(dir);
    if (!configFile) return { id: folderSymposiumId(dir), symposium: this.defaultFor(dir), problems: [] };
    return this.forConfig(configFile);
  }

  /** The symposium a given symposium.json defines (as --config names it for every take). */
  forConfig(configFile: string): SymposiumLookup {
    const file = toCorePath(configFile);
    const parsed = this.load(file);
    return { id: configSymposiumId(file), symposium: parsed.symposium, configFile: file, problems: parsed.problems };
  }

  /** Path of the nearest `symposium.json` at or above `dir`, or undefined. */
  find(dir: string): string | undefined {
    const seen: string[] = [];
    let d = toCorePath(dir);
    let found: string | null = null;
    for (;;) {
      const cached = this.byDir.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(d);
      const candidate = toCorePath(join(d, SYMPOSIUM_FILE));
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      const up = toCorePath(dirname(d));
      if (up === d) break;
      d = up;
    }
    for (const s of seen) this.byDir.set(s, found);
    return found ?? undefined;
  }

  /** Loads (once) a `symposium.json`; an unreadable file becomes a problem at 1:1. */
  load(configFile: string): ParsedSymposium {
    const file = toCorePath(configFile);
    let parsed = this.byFile.get(file);
    if (!parsed) {
      try {
        parsed = parseSymposium(readFileSync(file, 'utf8'), file, toCorePath(dirname(file)));
      } catch (e) {
        parsed = { problems: [{ filePath: file, message: `cannot read: ${(e as Error).message}`, line: 1, column: 1, start: 0, end: 1 }] };
      }
      this.byFile.set(file, parsed);
    }
    return parsed;
  }

  /** Forgets what was read, after a `symposium.json` changed. */
  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
    this.defaults.clear();
  }

  /** One default symposium per folder, so its takes form one corpus and share resolved settings. */
  private defaultFor(dir: string): Symposium {
    let symposium = this.defaults.get(dir);
    if (!symposium) this.defaults.set(dir, (symposium = defaultSymposium(dir)));
    return symposium;
  }
}

/** True for an existing regular file. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// Finds and loads the `symposium.json` that governs each take, walking up like `.editorconfig`: the one lookup of
// every host. The file access is handed in (`FinderIO`), so the same walk runs on disk (Node) and in a web worker.
import { configSymposiumId, folderSymposiumId, type SymposiumId } from './symposium-id';
import { SYMPOSIUM_FILE, defaultSymposium, parseSymposium, type ParsedSymposium } from './parse';
import type { ConfigProblem, Symposium } from './types';

/** The file access a finder needs, on '/'-separated paths. */
export interface FinderIO {
  /** True when a regular file exists at the path. */
  isFile(path: string): boolean;
  /** The file's text; throws with the reason when it cannot be read. */
  readText(path: string): string;
  /** The folder holding a path, or undefined at the top (a root has no parent). */
  parent(path: string): string | undefined;
}

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

/** A file's path inside a folder (a root such as '/' already ends with the separator). */
export function childPath(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

/** Caches lookups per folder, so a corpus of thousands of takes reads each file once. */
export class SymposiumFinder {
  private readonly byDir = new Map<string, string | null>();
  private readonly byFile = new Map<string, ParsedSymposium>();
  private readonly defaults = new Map<string, Symposium>();

  constructor(protected readonly io: FinderIO) {}

  /** The symposium of a take: the nearest symposium.json at or above its folder, else its folder's default symposium. */
  forTake(takePath: string): SymposiumLookup {
    const dir = this.io.parent(takePath) ?? takePath;
    const configFile = this.find(dir);
    if (!configFile) return { id: folderSymposiumId(dir), symposium: this.defaultFor(dir), problems: [] };
    return this.forConfig(configFile);
  }

  /** The symposium a given symposium.json defines (as --config names it for every take). */
  forConfig(configFile: string): SymposiumLookup {
    const parsed = this.load(configFile);
    return { id: configSymposiumId(configFile), symposium: parsed.symposium, configFile, problems: parsed.problems };
  }

  /** Path of the nearest `symposium.json` at or above `dir`, or undefined. */
  find(dir: string): string | undefined {
    const seen: string[] = [];
    let d: string | undefined = dir;
    let found: string | null = null;
    while (d !== undefined) {
      const cached = this.byDir.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(d);
      const candidate = childPath(d, SYMPOSIUM_FILE);
      if (this.io.isFile(candidate)) {
        found = candidate;
        break;
      }
      d = this.io.parent(d);
    }
    for (const s of seen) this.byDir.set(s, found);
    return found ?? undefined;
  }

  /** Loads (once) a `symposium.json`; an unreadable file becomes a problem at 1:1. */
  load(configFile: string): ParsedSymposium {
    let parsed = this.byFile.get(configFile);
    if (!parsed) {
      try {
        parsed = parseSymposium(this.io.readText(configFile), configFile, this.io.parent(configFile) ?? configFile);
      } catch (e) {
        parsed = { problems: [{ filePath: configFile, message: `cannot read: ${(e as Error).message}`, line: 1, column: 1, start: 0, end: 1 }] };
      }
      this.byFile.set(configFile, parsed);
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

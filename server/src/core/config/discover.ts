// Finds and loads the `symposium.json` that applies to a take, walking up like `.editorconfig`.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseSymposium, defaultSymposium, type ParsedSymposium } from './parse';

export const SYMPOSIUM_FILE = 'symposium.json';

/** Caches lookups per folder, so a corpus of thousands of takes reads each file once. */
export class SymposiumFinder {
  private readonly byDir = new Map<string, string | null>();
  private readonly byFile = new Map<string, ParsedSymposium>();

  /** Path of the nearest `symposium.json` at or above `dir`, or undefined. */
  find(dir: string): string | undefined {
    const seen: string[] = [];
    let d = dir;
    let found: string | null = null;
    for (;;) {
      const cached = this.byDir.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(d);
      const candidate = join(d, SYMPOSIUM_FILE);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
    for (const s of seen) this.byDir.set(s, found);
    return found ?? undefined;
  }

  /** Loads (once) the symposium for a take; no file means the default symposium rooted at the take's folder. */
  forTake(takePath: string): ParsedSymposium {
    const file = this.find(dirname(takePath));
    if (!file) return { symposium: defaultSymposium(dirname(takePath)), problems: [] };
    return this.load(file);
  }

  /** Loads (once) a given `symposium.json`; unreadable files become a problem at 1:1. */
  load(file: string): ParsedSymposium {
    let parsed = this.byFile.get(file);
    if (!parsed) {
      try {
        parsed = parseSymposium(readFileSync(file, 'utf8'), file, dirname(file));
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

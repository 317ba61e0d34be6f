// The core's symposium.json walk-up on disk: the CLI's and the Node language server's one lookup.
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { SymposiumFinder as CoreFinder, type FinderIO, type SymposiumLookup } from '../core';
import { toCorePath } from './paths';

export type { SymposiumLookup };

/** The file system as the finder reads it: native paths turned '/'-separated at this boundary. */
export const DISK: FinderIO = {
  isFile,
  readText: (path) => readFileSync(path, 'utf8'),
  parent(path) {
    const up = toCorePath(dirname(path));
    return up === path ? undefined : up;
  },
};

/** A finder over the disk; paths handed in are made '/'-separated first. */
export class SymposiumFinder extends CoreFinder {
  constructor() {
    super(DISK);
  }

  override forTake(takePath: string): SymposiumLookup {
    return super.forTake(toCorePath(takePath));
  }

  override forConfig(configFile: string): SymposiumLookup {
    return super.forConfig(toCorePath(configFile));
  }

  override find(dir: string): string | undefined {
    return super.find(toCorePath(dir));
  }

  override load(configFile: string) {
    return super.load(toCorePath(configFile));
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

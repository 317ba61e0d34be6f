// Turns paths and globs (the command line's, or a workspace folder) into the takes to lint, as the CLI and the server both do.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { toCorePath } from './paths';

/** A file to lint ('/'-separated path); `explicit` when it was named on the command line, `ignored` when a symposium ignores it. */
export interface Candidate {
  path: string;
  explicit: boolean;
  ignored?: boolean;
  /** Reached through a symbolic link (or named explicitly): only then can its real path differ from `path`. */
  viaLink?: boolean;
}

export interface DiscoverOptions {
  cwd: string;
  /** false with --no-ignore: neither .gitignore nor symposium `ignore` applies. */
  useIgnores: boolean;
  /** The symposium `ignore` check for a take ('/'-separated path). */
  isIgnored(path: string): boolean;
  /** Told how many distinct files have been found so far, after each new one (the CLI starts its workers early). */
  onFound?(files: number): void;
}

export interface Discovery {
  files: Candidate[];
  /** One message per pattern that matched nothing. */
  unmatched: string[];
  /** Folders that could not be searched because their path is too long for the system ('/'-separated paths): per-file errors. */
  problems: DiscoveryProblem[];
}

/** A place discovery could not look into. */
export interface DiscoveryProblem {
  path: string;
  message: string;
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/**
 * Expands every pattern (default: the current folder) into takes, sorted and without duplicates: a take reached
 * through two paths (a symlinked folder, a file named twice) is one take, kept under the path named on the command
 * line, else its real path when that was reached, else the first path found.
 */
export function discover(patterns: string[], options: DiscoverOptions): Discovery {
  const found = new Map<string, { candidate: Candidate; canonical: boolean }>();
  const unmatched: string[] = [];
  const problems: DiscoveryProblem[] = [];
  const seenProblems = new Set<string>();
  const problem = (p: DiscoveryProblem) => {
    if (seenProblems.has(p.path)) return;
    seenProblems.add(p.path);
    problems.push(p);
  };
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    let matched = 0;
    const skipped = expand(pattern, options, problem, (c) => {
      matched++;
      const real = c.viaLink ? realPath(c.path) : c.path;
      const canonical = real === c.path;
      const known = found.get(real);
      if (!known || (c.explicit && !known.candidate.explicit) || (c.explicit === known.candidate.explicit && canonical && !known.canonical))
        found.set(real, { candidate: c, canonical });
      if (!known) options.onFound?.(found.size);
    });
    if (matched === 0) unmatched.push(skipped > 0 ? `All files matched by '${pattern}' are ignored` : `No files matching '${pattern}'`);
  }
  const files: Candidate[] = [];
  for (const { candidate } of found.values()) files.push(candidate);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, unmatched, problems };
}

/** The real path of a take ('/'-separated), or the path itself when it cannot be resolved (dangling, too long). */
function realPath(path: string): string {
  try {
    return toCorePath(realpathSync.native(path));
  } catch {
    return path;
  }
}

/** Expands one pattern: an existing file, a folder, or a glob; returns how many matches ignores left out. */
function expand(pattern: string, options: DiscoverOptions, problem: (p: DiscoveryProblem) => void, add: (c: Candidate) => void): number {
  const absolute = resolve(options.cwd, pattern);
  const kind = pathKind(absolute);
  if (kind === 'file') {
    const path = toCorePath(absolute);
    add({ path, explicit: true, ignored: options.useIgnores && options.isIgnored(path), viaLink: true });
    return 0;
  }
  if (kind === 'dir') return walkTakes(absolute, () => true, true, options, problem, add);
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return 0;
  const base = resolve(options.cwd, scan.base || '.');
  if (pathKind(base) !== 'dir') return 0;
  const matches = picomatch(scan.glob);
  const anyExtension = /\.[^/]*$/.test(scan.glob.split('/').pop() ?? '');
  return walkTakes(base, (path) => matches(toCorePath(path.slice(base.length + (base.endsWith(sep) ? 0 : 1)))), !anyExtension, options, problem, add);
}

/** Walks a folder for files `accept`s (and *.take only when `takesOnly`), honouring ignores; returns the count left out. */
function walkTakes(
  root: string,
  accept: (path: string) => boolean,
  takesOnly: boolean,
  options: DiscoverOptions,
  problem: (p: DiscoveryProblem) => void,
  add: (c: Candidate) => void,
): number {
  let skipped = 0;
  const gitignores = options.useIgnores ? new GitIgnores(gitignoreTop(root, options.cwd)) : undefined;
  const visit = (dir: string, layers: IgnoreLayer[], linked: boolean) => {
    const here = gitignores ? gitignores.layersFor(dir, layers) : layers;
    for (const entry of readDir(dir, problem)) {
      const path = join(dir, entry.name);
      const type = entryKind(entry, path);
      const viaLink = linked || entry.isSymbolicLink();
      if (type === 'dir') {
        if (!ALWAYS_SKIPPED.has(entry.name) && !(gitignores && isGitIgnored(here, path, true))) visit(path, here, viaLink);
        continue;
      }
      // FIFOs, sockets, devices (and symlinks to them) are never takes: reading one could hang or never end.
      if (type === 'other') continue;
      if (takesOnly && !entry.name.endsWith('.take')) continue;
      if (!accept(path)) continue;
      const corePath = toCorePath(path);
      if (gitignores && (isGitIgnored(here, path, false) || options.isIgnored(corePath))) skipped++;
      else add({ path: corePath, explicit: false, viaLink });
    }
  };
  visit(root, gitignores ? gitignores.above(root) : [], realPath(toCorePath(root)) !== toCorePath(root));
  return skipped;
}

/**
 * Lists a folder; an unreadable folder contributes nothing (like git status), but one whose path is too long for
 * the system (past PATH_MAX, 4,096 bytes on Linux) is a problem: it may hold takes nobody would know were skipped.
 */
function readDir(dir: string, problem: (p: DiscoveryProblem) => void): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENAMETOOLONG')
      problem({ path: toCorePath(dir), message: `path is ${Buffer.byteLength(dir)} bytes, longer than the system allows; its takes were not searched` });
    return [];
  }
}

/** Regular file or folder, following symlinks; a dangling symlink counts as a file (reading it reports the error); anything else is 'other'. */
function entryKind(entry: Dirent, path: string): 'file' | 'dir' | 'other' {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    return statSync(path).isFile() ? 'file' : 'other';
  } catch {
    return 'file';
  }
}

/** What a command-line path names: a file (anything but a folder, even dangling; reading refuses what is not a regular file), a folder, or nothing. */
function pathKind(path: string): 'file' | 'dir' | 'none' {
  try {
    if (statSync(path).isDirectory()) return 'dir';
    return 'file';
  } catch {
    try {
      return lstatSync(path).isSymbolicLink() ? 'file' : 'none';
    } catch {
      return 'none';
    }
  }
}

/** The ignore rules of one .gitignore and the folder its patterns are relative to. */
interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

/** Loads .gitignore files once per folder and builds the chain of rules that applies in a folder. */
class GitIgnores {
  /** `top` is the highest folder whose .gitignore counts (the repository root, or cwd). */
  constructor(private readonly top: string) {}

  /** The layers from the top folder down to (not including) `root`. */
  above(root: string): IgnoreLayer[] {
    const dirs: string[] = [];
    for (let d = dirname(root); d.startsWith(this.top) && d !== root; d = dirname(d)) {
      dirs.unshift(d);
      if (d === this.top || dirname(d) === d) break;
    }
    return dirs.reduce<IgnoreLayer[]>((layers, d) => this.layersFor(d, layers), []);
  }

  /** The parent's layers plus this folder's .gitignore, if it has one. */
  layersFor(dir: string, parent: IgnoreLayer[]): IgnoreLayer[] {
    let text: string;
    try {
      text = readFileSync(join(dir, '.gitignore'), 'utf8');
    } catch {
      return parent;
    }
    return [...parent, { base: dir, rules: ignore({ ignorecase: process.platform !== 'linux' }).add(text) }];
  }
}

/** Applies the layers top to bottom, so a deeper `!pattern` can re-include what a higher one left out. */
function isGitIgnored(layers: IgnoreLayer[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const layer of layers) {
    const rel = toCorePath(path.slice(layer.base.length + (layer.base.endsWith(sep) ? 0 : 1))) + (isDir ? '/' : '');
    const result = layer.rules.test(rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** Where .gitignore files start to count: the repository root above `root`, else cwd when `root` is inside it. */
function gitignoreTop(root: string, cwd: string): string {
  for (let d = root; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) break;
  }
  return root === cwd || root.startsWith(cwd + sep) ? cwd : root;
}

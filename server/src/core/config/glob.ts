// Matches `symposium.json` globs in time linear in the path for each pattern: no backtracking regular
// expression, so a hostile pattern (nested extglobs, many stars) cannot hang the linter.
//
// Supported: `*` (any run within a path segment), `**` as a whole segment (any number of segments), `?`,
// `[abc]` / `[a-z]` / `[!a]` / `[^a]`, `{a,b}` alternatives (nested), `\` escapes, a leading `!` negation.
// Extglobs (`+(a|b)`, `@(…)`, …) are not supported: their characters are matched literally. Dot files match.

/** The longest glob accepted in `symposium.json`. */
export const MAX_GLOB_LENGTH = 500;
/** Most `*` in one glob. */
export const MAX_GLOB_STARS = 20;
/** Most alternatives `{a,b}` braces may expand into. */
export const MAX_GLOB_ALTERNATIVES = 256;

type Atom =
  | { t: 'lit'; c: string }
  | { t: 'any' }
  | { t: 'class'; negated: boolean; ranges: Array<[string, string]> }
  | { t: 'star' }
  /** `**` then a slash: zero or more whole segments, each with its slash. */
  | { t: 'segments' }
  /** A final `/**`: nothing, or a slash and anything after it. */
  | { t: 'rest' }
  /** The pattern `**`: any path. */
  | { t: 'all' };

/** Why a glob is refused, or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (!/\S/.test(glob)) return 'must not be empty';
  if (glob.length > MAX_GLOB_LENGTH) return `must be at most ${MAX_GLOB_LENGTH} characters long, not ${glob.length}`;
  const stars = glob.split('*').length - 1;
  if (stars > MAX_GLOB_STARS) return `must have at most ${MAX_GLOB_STARS} "*", not ${stars}`;
  if (expandBraces(glob).length > MAX_GLOB_ALTERNATIVES) return `must expand into at most ${MAX_GLOB_ALTERNATIVES} alternatives`;
  return undefined;
}

/** A matcher that is true when any of the globs matches a '/'-separated relative path. */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  const tests = globs.map(compileGlob);
  return (path) => tests.some((test) => test(path));
}

/** One glob's matcher. */
export function compileGlob(glob: string): (path: string) => boolean {
  let pattern = glob;
  let negated = false;
  while (pattern.startsWith('!')) {
    negated = !negated;
    pattern = pattern.slice(1);
  }
  const programs = expandBraces(pattern)
    .slice(0, MAX_GLOB_ALTERNATIVES)
    .map((p) => compile(p.startsWith('./') ? p.slice(2) : p));
  // As picomatch does, a path spelled exactly as the pattern matches it (`[draft] one.take`).
  return (path) => (path === pattern || programs.some((atoms) => run(atoms, path))) !== negated;
}

/** Expands `{a,b}` alternatives, innermost structure respected; stops growing past the cap. */
function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, parts } = open;
  const head = pattern.slice(0, start);
  const tails = expandBraces(pattern.slice(end + 1));
  const out: string[] = [];
  for (const part of parts)
    for (const inner of expandBraces(part))
      for (const tail of tails) {
        out.push(head + inner + tail);
        if (out.length > MAX_GLOB_ALTERNATIVES) return out;
      }
  return out;
}

/** The first brace group with a top-level comma: where it starts and ends, and its parts. */
function findBrace(pattern: string): { start: number; end: number; parts: string[] } | undefined {
  for (let k = 0; k < pattern.length; k++) {
    const ch = pattern[k];
    if (ch === '\\') k++;
    else if (ch === '[') k = classEnd(pattern, k);
    else if (ch === '{') {
      let depth = 0;
      let from = k + 1;
      const parts: string[] = [];
      for (let j = k; j < pattern.length; j++) {
        const cj = pattern[j];
        if (cj === '\\') j++;
        else if (cj === '{') depth++;
        else if (cj === ',' && depth === 1) {
          parts.push(pattern.slice(from, j));
          from = j + 1;
        } else if (cj === '}' && --depth === 0) {
          if (parts.length === 0) break;
          parts.push(pattern.slice(from, j));
          return { start: k, end: j, parts };
        }
      }
    }
  }
  return undefined;
}

/** The index of the `]` closing a class opened at `k`, or `k` when it is not a class (a literal `[`). */
function classEnd(pattern: string, k: number): number {
  let j = k + 1;
  if (pattern[j] === '!' || pattern[j] === '^') j++;
  if (pattern[j] === ']') j++;
  for (; j < pattern.length; j++) {
    if (pattern[j] === '\\') j++;
    else if (pattern[j] === '/') return k;
    else if (pattern[j] === ']') return j;
  }
  return k;
}

/** Compiles a brace-free pattern into atoms. */
function compile(pattern: string): Atom[] {
  if (pattern === '**') return [{ t: 'all' }];
  const segments = pattern.split('/');
  const atoms: Atom[] = [];
  segments.forEach((segment, s) => {
    const last = s === segments.length - 1;
    if (segment === '**') {
      if (last) {
        atoms.pop(); // the slash before it
        atoms.push({ t: 'rest' });
      } else atoms.push({ t: 'segments' });
      return;
    }
    for (let k = 0; k < segment.length; k++) {
      const ch = segment[k];
      if (ch === '\\' && k + 1 < segment.length) atoms.push({ t: 'lit', c: segment[++k] });
      else if (ch === '*') {
        if (atoms[atoms.length - 1]?.t !== 'star') atoms.push({ t: 'star' });
      } else if (ch === '?') atoms.push({ t: 'any' });
      else if (ch === '[' && classEnd(segment, k) > k) {
        const end = classEnd(segment, k);
        atoms.push(parseClass(segment.slice(k + 1, end)));
        k = end;
      } else atoms.push({ t: 'lit', c: ch });
    }
    if (!last) atoms.push({ t: 'lit', c: '/' });
  });
  return atoms;
}

/** A bracket class body (without the brackets). */
function parseClass(body: string): Atom {
  let k = 0;
  const negated = body[0] === '!' || body[0] === '^';
  if (negated) k++;
  const chars: string[] = [];
  for (; k < body.length; k++) chars.push(body[k] === '\\' && k + 1 < body.length ? body[++k] : body[k]);
  const ranges: Array<[string, string]> = [];
  for (let j = 0; j < chars.length; j++) {
    if (chars[j + 1] === '-' && j + 2 < chars.length) {
      ranges.push([chars[j], chars[j + 2]]);
      j += 2;
    } else ranges.push([chars[j], chars[j]]);
  }
  return { t: 'class', negated, ranges };
}

/**
 * Runs the atoms as a nondeterministic automaton over the path: a set of states per character, so the
 * time is the path's length times the pattern's, whatever the pattern.
 */
function run(atoms: Atom[], path: string): boolean {
  const m = atoms.length;
  let at = new Uint8Array(m + 1); // before atom k
  let inside = new Uint8Array(m + 1); // inside a `segments` or `rest` atom, past its first character
  let nextAt = new Uint8Array(m + 1);
  let nextInside = new Uint8Array(m + 1);
  at[0] = 1;
  close(atoms, at);
  for (let p = 0; p < path.length; p++) {
    const c = path[p];
    nextAt.fill(0);
    nextInside.fill(0);
    let alive = false;
    for (let k = 0; k < m; k++) {
      const a = atoms[k];
      if (at[k]) {
        alive = true;
        switch (a.t) {
          case 'lit':
            if (c === a.c) nextAt[k + 1] = 1;
            break;
          case 'any':
            if (c !== '/') nextAt[k + 1] = 1;
            break;
          case 'class':
            if (c !== '/' && inClass(a, c)) nextAt[k + 1] = 1;
            break;
          case 'star':
            if (c !== '/') nextAt[k] = 1;
            break;
          case 'segments':
            if (c === '/') nextAt[k] = 1;
            else nextInside[k] = 1;
            break;
          case 'rest':
            if (c === '/') nextInside[k] = 1;
            break;
          case 'all':
            nextAt[k] = 1;
            break;
        }
      }
      if (inside[k]) {
        alive = true;
        if (a.t === 'rest' || c !== '/') nextInside[k] = 1;
        else nextAt[k] = 1;
      }
    }
    if (!alive) return false;
    [at, nextAt] = [nextAt, at];
    [inside, nextInside] = [nextInside, inside];
    close(atoms, at);
  }
  if (at[m]) return true;
  for (let k = 0; k < m; k++) if (inside[k] && atoms[k].t === 'rest') return true;
  return false;
}

/** Adds the states reachable without reading a character (atoms that can match nothing). */
function close(atoms: Atom[], at: Uint8Array): void {
  for (let k = 0; k < atoms.length; k++) {
    const t = atoms[k].t;
    if (at[k] && (t === 'star' || t === 'segments' || t === 'rest' || t === 'all')) at[k + 1] = 1;
  }
}

/** True when a character is in (or, negated, out of) a bracket class. */
function inClass(a: Extract<Atom, { t: 'class' }>, c: string): boolean {
  const hit = a.ranges.some(([lo, hi]) => c >= lo && c <= hi);
  return hit !== a.negated;
}

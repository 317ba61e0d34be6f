// JSON written piece by piece, byte for byte what JSON.stringify(value, null, space) would give: reports too big for one string.

/** An array whose items are produced while the JSON is written (each item is serialised on its own). */
export class LazyArray {
  /** `plain`: no item holds a LazyArray, so each is one JSON.stringify call, without looking inside it first. */
  constructor(
    readonly items: Iterable<unknown>,
    readonly plain = false,
  ) {}
}

/** A value known to hold no LazyArray: written with one JSON.stringify call, without looking inside it first. */
export class Plain {
  constructor(readonly value: unknown) {}
}

/**
 * The JSON text of `value` in chunks, as JSON.stringify(value, null, space) would write it (space 0: compact),
 * where a LazyArray anywhere on the way down stands for an array whose items come from its iterable. Only the
 * objects and arrays above a LazyArray are walked here; everything else is one JSON.stringify call.
 */
export function* jsonChunks(value: unknown, space = 0, depth = 0): Generator<string> {
  if (value instanceof LazyArray) {
    let first = true;
    for (const item of value.items) {
      const present = item === undefined || typeof item === 'function' ? null : item;
      yield (first ? '[' : ',') + newline(space, depth + 1);
      if (value.plain) yield stringifyAt(present, space, depth + 1);
      else yield* jsonChunks(present, space, depth + 1);
      first = false;
    }
    yield first ? '[]' : `${newline(space, depth)}]`;
    return;
  }
  if (value instanceof Plain || !holdsLazy(value)) {
    yield stringifyAt(value instanceof Plain ? value.value : value, space, depth);
    return;
  }
  if (Array.isArray(value)) {
    let first = true;
    for (const item of value) {
      yield (first ? '[' : ',') + newline(space, depth + 1);
      yield* jsonChunks(item === undefined || typeof item === 'function' ? null : item, space, depth + 1);
      first = false;
    }
    yield first ? '[]' : `${newline(space, depth)}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined || typeof item === 'function') continue;
    yield (first ? '{' : ',') + newline(space, depth + 1) + JSON.stringify(key) + (space > 0 ? ': ' : ':');
    yield* jsonChunks(item, space, depth + 1);
    first = false;
  }
  yield first ? '{}' : `${newline(space, depth)}}`;
}

/** JSON.stringify of a value without LazyArrays, indented for its depth. */
function stringifyAt(value: unknown, space: number, depth: number): string {
  const text = JSON.stringify(value, null, space);
  return space > 0 && depth > 0 ? text.replace(/\n/g, newline(space, depth)) : text;
}

/** True when a LazyArray is inside this plain object or array (never walks below a LazyArray or into strings). */
function holdsLazy(value: unknown): boolean {
  if (value instanceof LazyArray) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsLazy(item)) return true;
    return false;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (holdsLazy((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** The line break and indentation before an item at this depth ('' when compact). */
function newline(space: number, depth: number): string {
  return space > 0 ? '\n' + ' '.repeat(space * depth) : '';
}

/** All the chunks as one string (small reports, tests). */
export function joinChunks(chunks: Iterable<string>): string {
  let out = '';
  for (const chunk of chunks) out += chunk;
  return out;
}

/** The items of a list passed through `f` as they are asked for. */
export function* mapIterable<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

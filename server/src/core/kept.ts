// One bounded memo for values built from symposium settings (templates, series names, option lists).

/**
 * A function that builds a value once per key and keeps it: the rules ask for the same few per take. The kept
 * values are dropped all at once past `limit` keys, so hostile or changing settings never grow it without bound.
 */
export function keptPerKey<K, V>(build: (key: K) => V, limit = 100): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V;
    if (kept.size > limit) kept.clear();
    const value = build(key);
    kept.set(key, value);
    return value;
  };
}

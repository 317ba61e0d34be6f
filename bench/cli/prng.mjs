// A small seeded pseudo-random generator, so the benchmark corpus is the same on every machine.

/** Returns a generator of floats in [0, 1) from a 32-bit seed (mulberry32). */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers bound to one generator. */
export function helpers(random) {
  return {
    random,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    /** One element of a list. */
    pick: (list) => list[Math.floor(random() * list.length)],
    /** True with probability p. */
    chance: (p) => random() < p,
    /** A shuffled copy of a list (Fisher–Yates). */
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

// A small seeded PRNG so the generated tree depends only on the arguments,
// never on Math.random or the clock (same args → byte-identical files).

/** 32-bit FNV-1a hash of a string; used to derive independent sub-seeds. */
export function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A random source (mulberry32) with the helpers the generator needs.
 * Sub-streams are derived from a key, so adding a draw in one place does
 * not shift every value generated after it elsewhere.
 */
export function createRng(seed, key = '') {
  let state = (hashString(`${seed}:${key}`) ^ 0x9e3779b9) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** integer in [min, max], both inclusive */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** k distinct items, in the order drawn */
    sample: (list, k) => {
      const copy = [...list];
      const out = [];
      while (out.length < k && copy.length > 0) {
        out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      }
      return out;
    },
    /** pick by weights: entries are [value, weight] */
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    /** log-uniform number in [min, max]: many small values, some large */
    logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
    fork: (subKey) => createRng(seed, `${key}/${subKey}`),
  };
  return rng;
}

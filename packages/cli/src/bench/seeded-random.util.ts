/**
 * A small, fast, seeded pseudo-random generator (sfc32, seeded through splitmix32) for the
 * synthetic world. Benchmarks must be reproducible byte for byte, so nothing here touches
 * `Math.random`.
 */

/**
 * Mixes 32-bit integers into one well-distributed 32-bit hash (murmur3's finaliser over a
 * running combination). Used to derive independent streams and per-entity ids from a seed.
 * @param parts - integers (only their low 32 bits count)
 * @returns an unsigned 32-bit hash
 */
export function hash32(...parts: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** sfc32 seeded through splitmix32: 128 bits of state, passes PractRand to many terabytes. */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * @param seed - any integer; equal seeds give equal sequences
   * @param stream - selects an independent sequence for the same seed
   */
  constructor(seed: number, stream = 0) {
    let s = hash32(seed, stream);
    const splitmix = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** @returns the next unsigned 32-bit integer */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** @returns a float in [0, 1) */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /**
   * @param n - exclusive upper bound (> 0)
   * @returns an integer in [0, n)
   */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /**
   * @param min - smallest value
   * @param max - largest value (inclusive)
   * @returns an integer in [min, max]
   */
  range(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /**
   * @param p - probability of `true`
   * @returns true with probability p
   */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /**
   * @param items - a non-empty list
   * @returns one of them, uniformly
   * @throws Error when the list is empty
   */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('SeededRandom.pick: empty list');
    return item;
  }
}

/** Items with weights, drawn in O(log n) by binary search over the cumulative weights. */
export class WeightedTable<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  /**
   * @param entries - `[item, weight]` pairs; weights > 0
   * @throws Error when there is nothing to draw from
   */
  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    if (entries.length === 0) throw new Error('WeightedTable: no entries');
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  /**
   * @param rng - the random source
   * @returns one item, with probability proportional to its weight
   */
  draw(rng: SeededRandom): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

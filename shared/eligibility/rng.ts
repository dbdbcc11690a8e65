/**
 * The eligibility engine's random numbers: a small seeded generator, so a horizon run with the same
 * seed gives the same figures on every machine. The engine takes any `() => number` in [0, 1); this
 * is the one the app and the CLI pass in.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * Mulberry32: a 32-bit state advanced by a Weyl step and scrambled by two multiply-xorshift rounds.
 * Fast (a few integer operations per draw), passes the usual statistical batteries for this use, and
 * its whole state is the seed, which makes runs reproducible. Not for cryptography.
 * @example const rng = createRng(42); rng() === createRng(42)() // true
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) | 0;
    let z = Math.imul(state ^ (state >>> 15), 1 | state);
    z = (z + Math.imul(z ^ (z >>> 7), 61 | z)) ^ z;
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Orders until the next success of a Bernoulli(p) stream: the number of failures before it
 * (geometric, support 0, 1, 2, …). Drawing the gap once per success instead of one number per order
 * is what keeps rare events (cancellations, missed pickups) nearly free; the sequence it produces has
 * exactly the distribution of independent Bernoulli draws.
 * @example geometricGap(createRng(1), 0) // Infinity (never)
 * @example geometricGap(createRng(1), 1) // 0 (every order)
 */
export function geometricGap(rng: Rng, p: number): number {
  if (!(p > 0)) return Number.POSITIVE_INFINITY;
  if (p >= 1) return 0;
  // 1 - u is in (0, 1], so the logarithm is finite.
  return Math.floor(Math.log(1 - rng()) / Math.log1p(-p));
}

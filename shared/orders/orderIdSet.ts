/**
 * The set of order ids seen, for "one count per order" over a million-line report. Amazon's ids are
 * 3-7-7 digits (`113-1234567-1234567`): 17 digits do not fit a double exactly, so each is kept as two
 * numbers (the first 10 digits, the last 7) in an open-addressing table of typed arrays — about 12
 * bytes per order instead of the ~100 a Set of strings costs — and other id formats in a Set of strings.
 */

/** Digits of `s` from `from` to `to` (exclusive) as a number, or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export class OrderIdSet {
  private hi = new Float64Array(1 << 16);
  private lo = new Int32Array(1 << 16).fill(-1);
  private count = 0;
  private readonly others = new Set<string>();

  /** Number of distinct ids added. */
  get size(): number {
    return this.count + this.others.size;
  }

  /**
   * Adds an id; true when it was not there yet.
   * @example
   * const ids = new OrderIdSet(); ids.add('113-1234567-1234567'); ids.add('113-1234567-1234567') // true, then false
   */
  add(id: string): boolean {
    if (id.length === 19 && id.charCodeAt(3) === 45 && id.charCodeAt(11) === 45) {
      const a = digits(id, 0, 3);
      const b = digits(id, 4, 11);
      const c = digits(id, 12, 19);
      if (a >= 0 && b >= 0 && c >= 0) return this.addPair(a * 10_000_000 + b, c);
    }
    // Copied, so the id does not keep the chunk of text it was cut from alive.
    const key = id.length < 13 ? id : (' ' + id).slice(1);
    if (this.others.has(key)) return false;
    this.others.add(key);
    return true;
  }

  private addPair(hi: number, lo: number): boolean {
    if ((this.count + 1) * 2 > this.lo.length) this.grow();
    const mask = this.lo.length - 1;
    let h = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi % 4294967296, 0x85ebca6b) ^ Math.floor(hi / 4294967296)) >>> 0;
    for (;;) {
      const slot = h & mask;
      const l = this.lo[slot]!;
      if (l === -1) {
        this.lo[slot] = lo;
        this.hi[slot] = hi;
        this.count++;
        return true;
      }
      if (l === lo && this.hi[slot] === hi) return false;
      h = slot + 1;
    }
  }

  private grow(): void {
    const oldHi = this.hi;
    const oldLo = this.lo;
    this.hi = new Float64Array(oldLo.length * 2);
    this.lo = new Int32Array(oldLo.length * 2).fill(-1);
    this.count = 0;
    for (let i = 0; i < oldLo.length; i++) if (oldLo[i] !== -1) this.addPair(oldHi[i]!, oldLo[i]!);
  }
}

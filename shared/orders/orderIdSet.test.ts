import { describe, expect, it } from 'vitest';
import { OrderIdSet } from './orderIdSet';

describe('OrderIdSet', () => {
  it('counts each id once across growth, for Amazon ids and any other format', () => {
    const ids = new OrderIdSet();
    const reference = new Set<string>();
    let seed = 99;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 200_000; i++) {
      // Few distinct prefixes and suffixes, so the same halves recur in different ids.
      const id =
        i % 10 === 0
          ? `ORD-${next() % 5000}`
          : `${100 + (next() % 3)}-${String(next() % 40_000).padStart(7, '0')}-${String(next() % 3).padStart(7, '0')}`;
      expect(ids.add(id)).toBe(!reference.has(id));
      reference.add(id);
    }
    expect(ids.size).toBe(reference.size);
    expect(ids.add('113-0000000-0000000')).toBe(true);
    expect(ids.add('113-0000000-0000000')).toBe(false);
    expect(ids.add('113-000000x-0000000')).toBe(true);
  });
});

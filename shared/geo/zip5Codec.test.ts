import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { bitmapHas, decodeZip5Bitmap, encodeZip5Bitmap } from './zip5Codec';

describe('ZIP5 bitmap codec', () => {
  it('encodes suffixes 0, 1 and 5 in the first two hex digits', () => {
    expect(encodeZip5Bitmap([0, 1, 5])).toBe('32' + '0'.repeat(23));
    expect(bitmapHas('32' + '0'.repeat(23), 5)).toBe(true);
    expect(bitmapHas('32' + '0'.repeat(23), 4)).toBe(false);
  });

  it('handles the last suffix 99 and the full set', () => {
    expect(encodeZip5Bitmap([99])).toBe('0'.repeat(24) + '8');
    expect(decodeZip5Bitmap(encodeZip5Bitmap(Array.from({ length: 100 }, (_, i) => i)))).toHaveLength(100);
  });

  it('refuses suffixes outside 0..99 and answers false for them', () => {
    expect(() => encodeZip5Bitmap([100])).toThrow(RangeError);
    expect(() => encodeZip5Bitmap([-1])).toThrow(RangeError);
    expect(bitmapHas('f'.repeat(25), 100)).toBe(false);
    expect(bitmapHas('f'.repeat(25), 1.5)).toBe(false);
  });

  it('round-trips any set of suffixes', () => {
    const seed = Date.now() % 1_000_000;
    console.log(`zip5Codec property seed: ${seed}`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 99 })), (suffixes) => {
        const encoded = encodeZip5Bitmap(suffixes);
        expect(encoded).toMatch(/^[0-9a-f]{25}$/);
        expect(decodeZip5Bitmap(encoded)).toEqual([...suffixes].sort((a, b) => a - b));
      }),
      { seed },
    );
  });
});

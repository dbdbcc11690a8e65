/**
 * Compact encoding of which ZIP5s exist under one ZIP3: a 100-bit bitmap (one bit per last-two-digits
 * suffix 00..99) written as 25 hex digits. Hex digit j holds suffixes 4j..4j+3, bit b (value 1<<b)
 * standing for suffix 4j+b. About 25 bytes per ZIP3 instead of ~230 for a list of ZIP5 strings.
 */

const DIGITS_PER_BITMAP = 25;

/**
 * Encodes the suffixes (0..99) of the ZIP5s present under one ZIP3.
 * @example encodeZip5Bitmap([0, 1, 5]) // '3200000000000000000000000'
 */
export function encodeZip5Bitmap(suffixes: readonly number[]): string {
  const nibbles = new Array<number>(DIGITS_PER_BITMAP).fill(0);
  for (const s of suffixes) {
    if (!Number.isInteger(s) || s < 0 || s > 99) throw new RangeError(`ZIP5 suffix out of range: ${s}`);
    nibbles[s >> 2] = nibbles[s >> 2]! | (1 << (s & 3));
  }
  return nibbles.map((n) => n.toString(16)).join('');
}

/**
 * Whether suffix (0..99) is set in an encoded bitmap.
 * @example bitmapHas('3200000000000000000000000', 5) // true
 */
export function bitmapHas(bitmap: string, suffix: number): boolean {
  if (!Number.isInteger(suffix) || suffix < 0 || suffix > 99) return false;
  const digit = bitmap.charAt(suffix >> 2);
  if (digit === '') return false;
  return ((parseInt(digit, 16) >> (suffix & 3)) & 1) === 1;
}

/**
 * The suffixes (0..99) set in an encoded bitmap, ascending.
 * @example decodeZip5Bitmap('3200000000000000000000000') // [0, 1, 5]
 */
export function decodeZip5Bitmap(bitmap: string): number[] {
  const out: number[] = [];
  for (let s = 0; s < 100; s++) if (bitmapHas(bitmap, s)) out.push(s);
  return out;
}

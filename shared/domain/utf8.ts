/**
 * UTF-8 size of a string without TextEncoder (absent from the shared layer's ES2022 lib), so size
 * caps on imported files count what the file weighs on disk. Stops early once past `stopAfter`.
 * @example utf8ByteLength('é') // 2
 */
export function utf8ByteLength(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A file read 1 MiB at a time by a generator that pauses after each chunk, for the imports the app
 * runs while answering progress and cancel calls (the USPS and UPS transit files). The caller decides
 * when to take the next step; stopping early with `return()` still closes the file. The cap is held
 * on the bytes actually read, as in boundedRead.ts: stat() only gives a size for regular files.
 * Plain Node.
 */
import fs from 'node:fs';
import { fileKind } from './fileKind';

export type ChunkedReadProblem =
  { problem: 'isDirectory' } | { problem: 'cannotRead'; code: string } | { problem: 'tooLarge'; limit: number };

export const READ_CHUNK_BYTES = 1024 * 1024;

export interface ChunkedReadOptions<P> {
  maxBytes: number;
  /** Open without waiting for a writer (the app's main process must never hang on a named pipe). */
  nonBlocking?: boolean;
  /** Bytes read and the file's size (0: unknown), after each chunk and before it is handed on. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Takes each chunk (a view valid only during the call); a problem it returns ends the read. */
  onChunk: (bytes: Buffer) => P | undefined;
}

/**
 * Yields the bytes read so far after each chunk; returns null once the whole file was handed to
 * `onChunk`, else the problem that stopped it. A pipe with no writer (EAGAIN) reads as ended.
 * @example
 * const steps = readFileInChunks('ssd.txt', { maxBytes: 1 << 30, onChunk: (b) => void parts.push(Buffer.from(b)) });
 * for (let s = steps.next(); !s.done; s = steps.next()); // s.value: null or { problem }
 */
export function* readFileInChunks<P>(
  file: string,
  options: ChunkedReadOptions<P>,
): Generator<number, ChunkedReadProblem | P | null, undefined> {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (options.nonBlocking ? (fs.constants.O_NONBLOCK ?? 0) : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'EISDIR' ? { problem: 'isDirectory' } : { problem: 'cannotRead', code };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (fileKind(stat) === 'directory') return { problem: 'isDirectory' };
    const totalBytes = fileKind(stat) === 'file' ? stat.size : 0;
    if (totalBytes > options.maxBytes) return { problem: 'tooLarge', limit: options.maxBytes };
    const buffer = Buffer.alloc(READ_CHUNK_BYTES);
    let total = 0;
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buffer, 0, READ_CHUNK_BYTES, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
        throw error;
      }
      if (n === 0) break;
      total += n;
      if (total > options.maxBytes) return { problem: 'tooLarge', limit: options.maxBytes };
      options.onProgress?.(total, totalBytes);
      const refused = options.onChunk(buffer.subarray(0, n));
      if (refused !== undefined) return refused;
      yield total;
    }
    return null;
  } catch (error) {
    return { problem: 'cannotRead', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The chunked reader behind the USPS and UPS transit imports: one step per MiB with the bytes read so
 * far, the cap held on what was read, a chunk refused by its consumer ends the read, and the file is
 * closed whether the read ends, fails or is stopped from outside. Real files in a temp folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READ_CHUNK_BYTES, readFileInChunks } from './chunkedRead';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-chunked-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function fileOf(bytes: number): string {
  const p = path.join(dir, `f-${bytes}.bin`);
  fs.writeFileSync(p, Buffer.alloc(bytes, 0x61));
  return p;
}

/** Descriptors this process holds open (Linux), to prove the reader closed its own. */
const openDescriptors = () => fs.readdirSync('/proc/self/fd').length;

function runToEnd<T, R>(steps: Generator<T, R, undefined>): { yielded: T[]; result: R } {
  const yielded: T[] = [];
  for (let s = steps.next(); ; s = steps.next()) {
    if (s.done) return { yielded, result: s.value };
    yielded.push(s.value);
  }
}

describe('readFileInChunks', () => {
  it('yields after each MiB with the bytes read, reports progress first, hands every byte on', () => {
    const size = 2 * READ_CHUNK_BYTES + 10;
    const progress: [number, number][] = [];
    let received = 0;
    const fds = openDescriptors();
    const { yielded, result } = runToEnd(
      readFileInChunks(fileOf(size), {
        maxBytes: size,
        onProgress: (read, total) => progress.push([read, total]),
        onChunk: (bytes) => {
          received += bytes.length;
          return undefined;
        },
      }),
    );
    expect(result).toBeNull();
    expect(yielded).toEqual([READ_CHUNK_BYTES, 2 * READ_CHUNK_BYTES, size]);
    expect(progress).toEqual(yielded.map((read) => [read, size]));
    expect(received).toBe(size);
    expect(openDescriptors()).toBe(fds);
  });

  it('refuses a regular file over the cap before reading it, and a folder', () => {
    let chunks = 0;
    const onChunk = () => void chunks++;
    expect(runToEnd(readFileInChunks(fileOf(101), { maxBytes: 100, onChunk }))).toEqual({
      yielded: [],
      result: { problem: 'tooLarge', limit: 100 },
    });
    expect(runToEnd(readFileInChunks(dir, { maxBytes: 100, onChunk })).result).toEqual({ problem: 'isDirectory' });
    expect(runToEnd(readFileInChunks(path.join(dir, 'absent'), { maxBytes: 100, onChunk })).result).toEqual({
      problem: 'cannotRead',
      code: 'ENOENT',
    });
    expect(chunks).toBe(0);
  });

  it('ends with the problem the consumer of a chunk returns, and closes the file when stopped from outside', () => {
    const fds = openDescriptors();
    let chunks = 0;
    const refused = runToEnd(
      readFileInChunks(fileOf(3 * READ_CHUNK_BYTES), {
        maxBytes: 1e9,
        onChunk: () => (++chunks === 2 ? ('no' as const) : undefined),
      }),
    );
    expect(refused).toEqual({ yielded: [READ_CHUNK_BYTES], result: 'no' });
    expect(openDescriptors()).toBe(fds);

    const steps = readFileInChunks(fileOf(3 * READ_CHUNK_BYTES), { maxBytes: 1e9, onChunk: () => undefined });
    expect(steps.next()).toEqual({ done: false, value: READ_CHUNK_BYTES });
    expect(openDescriptors()).toBe(fds + 1);
    steps.return(null);
    expect(openDescriptors()).toBe(fds);
  });
});

/**
 * The one way ShipWeek reads a file a user hands it (settings imports, CSV imports, every CLI input):
 * in chunks, never more than the cap plus one byte. A size from stat() is only a shortcut for regular
 * files: pipes and devices report 0 (`/dev/zero` is endless, `<(cat big.json)` has no size at all) and
 * a regular file can grow between stat and read, so the cap is enforced on the bytes actually read.
 * Plain Node: used by the import service and the CLI.
 */
import fs from 'node:fs';
import { fileKind } from './fileKind';

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  /** `size` is known for a regular file; null when reading stopped at the cap (a pipe, a device, a growing file). */
  | { ok: false; problem: 'tooLarge'; size: number | null; limit: number }
  | { ok: false; problem: 'isDirectory' }
  | { ok: false; problem: 'cannotRead'; code: string };

export interface BoundedReadOptions {
  /**
   * Open without waiting for a writer: the app's main process must never hang on a named pipe
   * (it reads as empty, or fails with EAGAIN). The CLI waits, as Unix tools do, so
   * `shipweek validate <(generate-plan)` works.
   */
  nonBlocking?: boolean;
}

const CHUNK = 64 * 1024;

/**
 * @example readFileBounded('/dev/zero', 1024) // { ok: false, problem: 'tooLarge', size: null, limit: 1024 }
 * @example readFileBounded('plan.json', 16 * 1024 * 1024) // { ok: true, bytes: <Buffer ...> }
 */
export function readFileBounded(file: string, maxBytes: number, options: BoundedReadOptions = {}): BoundedRead {
  const flags = fs.constants.O_RDONLY | (options.nonBlocking ? (fs.constants.O_NONBLOCK ?? 0) : 0);
  let fd: number;
  try {
    fd = fs.openSync(file, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'EISDIR' ? { ok: false, problem: 'isDirectory' } : { ok: false, problem: 'cannotRead', code };
  }
  try {
    // fstat on the open descriptor: what is read is what was checked, even if the path changes.
    const stat = fs.fstatSync(fd);
    const kind = fileKind(stat);
    if (kind === 'directory') return { ok: false, problem: 'isDirectory' };
    if (kind === 'file' && stat.size > maxBytes)
      return { ok: false, problem: 'tooLarge', size: stat.size, limit: maxBytes };
    const chunks: Buffer[] = [];
    let total = 0;
    const buffer = Buffer.alloc(Math.min(CHUNK, maxBytes + 1));
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, Math.min(buffer.length, maxBytes + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, n)));
      total += n;
      if (total > maxBytes) return { ok: false, problem: 'tooLarge', size: null, limit: maxBytes };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'EISDIR' ? { ok: false, problem: 'isDirectory' } : { ok: false, problem: 'cannotRead', code };
  } finally {
    fs.closeSync(fd);
  }
}

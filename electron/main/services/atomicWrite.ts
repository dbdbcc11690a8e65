/**
 * Writes a file whole or not at all. A report, export or CLI output is written to a temp file in
 * the target's own folder (same file system, so rename is atomic), flushed to disk with fsync, renamed
 * over the target, and the folder itself is fsynced so the rename survives a power cut. A crash at any
 * point leaves either the old file or the new one, never a half-written file; a failed write removes
 * its temp file. Plain Node: used by the export services and the CLI.
 *
 * Only a regular file or a new path is ever replaced. rename() replaces whatever directory entry has
 * the target's name — a symbolic link (the link, not what it points to), a named pipe, a device node
 * (run as root, an export to /dev/null would replace the device) — so anything else is refused
 * before a byte is written, with the path and what it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileKind, NotARegularFileError } from './fileKind';

/**
 * @example writeFileAtomic('/tmp/report.pdf', pdfBytes)
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  refuseUnlessRegularOrNew(target);
  const dir = path.dirname(path.resolve(target));
  // Dot-prefixed and random so two writers never share a temp file and a leftover is easy to spot.
  // The temp name stays short whatever the target's length (file names are limited to 255 bytes).
  const temp = path.join(dir, `.shipweek-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(dir);
}

/**
 * Throws NotARegularFileError when `target` exists and is not a regular file. lstat, so a symbolic
 * link is seen as the link it is, never as what it points to.
 */
export function refuseUnlessRegularOrNew(target: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const kind = fileKind(stat);
  if (kind !== 'file') throw new NotARegularFileError(target, kind);
}

/**
 * Makes a rename in `dir` durable. Windows cannot open folders for fsync (NTFS journals renames
 * itself), and some network or FUSE file systems refuse it: by then the new file is already in
 * place, so those refusals must not turn a finished write into a reported failure.
 */
function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EISDIR')
      throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

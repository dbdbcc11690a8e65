/**
 * What a path is, in the words the app's messages use. Writers accept only a regular file (or no
 * file yet); readers also take pipes and devices, within their size cap.
 */
import type fs from 'node:fs';

export type FileKind = 'file' | 'directory' | 'symlink' | 'fifo' | 'device' | 'socket';

/**
 * @example fileKind(fs.lstatSync('/dev/null')) // 'device'
 */
export function fileKind(stat: fs.Stats): FileKind {
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'directory';
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  return 'device';
}

/** A path that is not a regular file where one is needed; `code` lets callers treat it like an errno. */
export class NotARegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly path: string,
    readonly kind: Exclude<FileKind, 'file'>,
  ) {
    super(`${path} is ${KIND_PHRASE[kind]}, not a regular file.`);
    this.name = 'NotARegularFileError';
  }
}

const KIND_PHRASE: Record<Exclude<FileKind, 'file'>, string> = {
  directory: 'a folder',
  symlink: 'a symbolic link',
  fifo: 'a named pipe (FIFO)',
  device: 'a device',
  socket: 'a socket',
};

/**
 * Reads an Amazon returns report from disk streamed, 256 KiB at a time, decoded as strict UTF-8
 * across chunk boundaries, into the pure reader (shared/returns/returnsReport.ts). The CLI and the
 * app's import share it. Blocking reads only: a returns report is small (a year of returns is a few
 * MB) and the reader's byte cap stops a pipe or a device that never ends.
 */
import fs from 'node:fs';
import { fileKind } from './fileKind';
import {
  createReturnsReportReader,
  type ReturnsReportOptions,
  type ReturnsReportResult,
} from '../../../shared/returns/returnsReport';

const CHUNK = 256 * 1024;

/** Why a file could not be read at all (the report's own problems come back in the result). */
export type ReturnsReportFileProblem =
  { problem: 'isDirectory' } | { problem: 'cannotRead'; code: string } | { problem: 'notText'; offset: number };

/**
 * @example
 * const r = readReturnsReportFile('returns.txt', { timeZone: 'America/New_York' });
 * if ('problem' in r) ... else if (!r.ok) r.errors ... else r.entries
 */
export function readReturnsReportFile(
  file: string,
  options: ReturnsReportOptions,
): ReturnsReportResult | ReturnsReportFileProblem {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'EISDIR' ? { problem: 'isDirectory' } : { problem: 'cannotRead', code };
  }
  try {
    if (fileKind(fs.fstatSync(fd)) === 'directory') return { problem: 'isDirectory' };
    const reader = createReturnsReportReader(options);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.alloc(CHUNK);
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      let text: string;
      try {
        text = decoder.decode(buffer.subarray(0, n), { stream: true });
      } catch {
        return { problem: 'notText', offset: read };
      }
      read += n;
      reader.push(text);
      if (reader.refused) break;
    }
    try {
      const rest = decoder.decode();
      if (rest) reader.push(rest);
    } catch {
      return { problem: 'notText', offset: read };
    }
    reader.end();
    return reader.result();
  } catch (error) {
    return { problem: 'cannotRead', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    fs.closeSync(fd);
  }
}

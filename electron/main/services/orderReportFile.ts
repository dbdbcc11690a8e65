/**
 * Reads an Amazon order report from disk STREAMED: 1 MiB at a time, decoded as strict UTF-8 across
 * chunk boundaries and fed to the pure reader (shared/orders/orderReport.ts), which hands back each
 * order line at once. Memory stays at one chunk plus what the caller keeps per order, whatever the
 * file's size. Plain Node: the CLI and the app's import service share it.
 */
import fs from 'node:fs';
import { isAscii } from 'node:buffer';
import { fileKind } from './fileKind';
import { createOrderReportReader, type OrderLine, type OrderReportOptions, type OrderReportResult } from '../../../shared/orders/orderReport';

const CHUNK = 1024 * 1024;

/** Why a file could not be read at all (the report's own problems come back in the result). */
export type OrderReportFileProblem =
  | { problem: 'isDirectory' }
  | { problem: 'cannotRead'; code: string }
  | { problem: 'notText'; offset: number };

export interface OrderReportFileOptions extends OrderReportOptions {
  /** Called with each order (its first line) as soon as it is read. */
  onOrder?: (line: OrderLine) => void;
  /** Called after each chunk: bytes read so far and the file's size (0 for a pipe). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Open without waiting for a pipe's writer (the app's main process must never hang). */
  nonBlocking?: boolean;
}

/**
 * @example
 * const r = readOrderReportFile('orders.txt', { geo: loadGeo(), onOrder: (line) => backtest.add(line) });
 * if ('problem' in r) ... else if (!r.ok) ... else r.summary.orders
 */
export function readOrderReportFile(file: string, options: OrderReportFileOptions): OrderReportResult | OrderReportFileProblem {
  const flags = fs.constants.O_RDONLY | (options.nonBlocking ? (fs.constants.O_NONBLOCK ?? 0) : 0);
  let fd: number;
  try {
    fd = fs.openSync(file, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'EISDIR' ? { problem: 'isDirectory' } : { problem: 'cannotRead', code };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (fileKind(stat) === 'directory') return { problem: 'isDirectory' };
    const total = fileKind(stat) === 'file' ? stat.size : 0;
    const reader = createOrderReportReader(options);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.alloc(CHUNK);
    const onOrder = options.onOrder;
    let read = 0;
    // True while the decoder may hold the first bytes of a character cut by the chunk boundary.
    let pending = false;
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buffer, 0, CHUNK, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
        if (code === 'EAGAIN') break; // a non-blocking pipe without a writer reads as empty
        throw error;
      }
      if (n === 0) break;
      let text: string;
      const bytes = buffer.subarray(0, n);
      if (!pending && isAscii(bytes)) {
        // Order reports are nearly all ASCII: such a chunk is valid UTF-8 as it is, and latin1 is the fastest exact decoding of it.
        text = bytes.toString('latin1');
      } else {
        try {
          text = decoder.decode(bytes, { stream: true });
        } catch {
          return { problem: 'notText', offset: read };
        }
        pending = bytes[n - 1]! >= 0x80;
      }
      read += n;
      const lines = reader.push(text);
      if (onOrder) for (const line of lines) onOrder(line);
      options.onProgress?.(read, total);
      if (reader.refused) break;
    }
    try {
      const rest = decoder.decode();
      if (rest) for (const line of reader.push(rest)) onOrder?.(line);
    } catch {
      return { problem: 'notText', offset: read };
    }
    for (const line of reader.end()) onOrder?.(line);
    return reader.result();
  } catch (error) {
    return { problem: 'cannotRead', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads an Amazon order report from disk STREAMED: 1 MiB at a time, decoded as strict UTF-8 across
 * chunk boundaries and fed to the pure reader (shared/orders/orderReport.ts), which hands back each
 * order line at once. Memory stays at one chunk plus what the caller keeps per order, whatever the
 * file's size. Plain Node: the CLI and the app's import service share it.
 */
import fs from 'node:fs';
import { isAscii } from 'node:buffer';
import { fileKind } from './fileKind';
import {
  createOrderReportReader,
  type OrderLine,
  type OrderReportOptions,
  type OrderReportResult,
} from '../../../shared/orders/orderReport';

const CHUNK = 1024 * 1024;

/** Why a file could not be read at all (the report's own problems come back in the result). */
export type OrderReportFileProblem =
  { problem: 'isDirectory' } | { problem: 'cannotRead'; code: string } | { problem: 'notText'; offset: number };

export interface OrderReportFileOptions extends OrderReportOptions {
  /** Called with each order (its first line) as soon as it is read. */
  onOrder?: (line: OrderLine) => void;
  /** Called after each chunk: bytes read so far and the file's size (0 for a pipe). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Open without waiting for a pipe's writer (the app's main process must never hang). */
  nonBlocking?: boolean;
}

/** Why a streamed read stopped before the end: the caller asked it to. */
export type OrderReportFileCancelled = { problem: 'cancelled'; bytesRead: number };

export interface OrderReportFileAsyncOptions extends OrderReportFileOptions {
  /** Asked between chunks; true stops the read (the file is closed, nothing is returned but the stop). */
  isCancelled?: () => boolean;
  /** How long to wait before reading a pipe again when its writer has sent nothing yet (default 20 ms). */
  pipeRetryMs?: number;
}

/**
 * @example
 * const r = readOrderReportFile('orders.txt', { geo: loadGeo(), onOrder: (line) => backtest.add(line) });
 * if ('problem' in r) ... else if (!r.ok) ... else r.summary.orders
 */
export function readOrderReportFile(
  file: string,
  options: OrderReportFileOptions,
): OrderReportResult | OrderReportFileProblem {
  const steps = readSteps(file, options);
  let step = steps.next();
  // A blocking read never waits; a non-blocking pipe with nothing yet reads as its end, as it always did.
  while (!step.done) step = steps.next(step.value === 'wait' ? 'end' : undefined);
  return step.value;
}

/**
 * The same read, giving the event loop a turn after every chunk, so the process stays responsive (the
 * app's main process answers progress and cancel calls meanwhile) and the caller can stop it between
 * chunks. A pipe whose writer is slow is waited for, without blocking.
 * @example
 * const r = await readOrderReportFileAsync(file, { geo, onProgress, isCancelled: () => task.cancelled });
 */
export async function readOrderReportFileAsync(
  file: string,
  options: OrderReportFileAsyncOptions,
): Promise<OrderReportResult | OrderReportFileProblem | OrderReportFileCancelled> {
  const steps = readSteps(file, { ...options, nonBlocking: true });
  let bytesRead = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (step.value !== 'wait') bytesRead = step.value;
    await new Promise<void>((resolve) =>
      step.value === 'wait' ? setTimeout(resolve, options.pipeRetryMs ?? 20) : setImmediate(resolve),
    );
    if (options.isCancelled?.()) {
      steps.return({ problem: 'cannotRead', code: 'ECANCELED' }); // runs the reader's `finally`: the file is closed
      return { problem: 'cancelled', bytesRead };
    }
  }
}

/**
 * The read, one chunk per step: yields the bytes read after each chunk, or 'wait' when a non-blocking
 * pipe has nothing yet (sending 'end' then treats what came so far as the whole file). Returns the
 * reader's result or why the file could not be read; the file is closed however it ends.
 */
function* readSteps(
  file: string,
  options: OrderReportFileOptions,
): Generator<number | 'wait', OrderReportResult | OrderReportFileProblem, 'end' | undefined> {
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
        if (code !== 'EAGAIN') throw error;
        // A non-blocking pipe whose writer has sent nothing yet: the driver waits, or ends the read.
        if ((yield 'wait') === 'end') break;
        continue;
      }
      if (n === 0) break;
      let text: string;
      const bytes = buffer.subarray(0, n);
      if (!pending && isAscii(bytes)) {
        // Order reports are nearly all ASCII: such a chunk is valid UTF-8 as it is, and latin1 is the fastest exact
        // decoding of it.
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
      yield read;
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

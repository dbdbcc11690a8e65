import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGeo } from '../../../shared/geo';
import { readOrderReport, type OrderLine } from '../../../shared/orders/orderReport';
import { execFileSync } from 'node:child_process';
import { readOrderReportFile, readOrderReportFileAsync } from './orderReportFile';

const geo = loadGeo();
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-orders-file-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** ~2.6 MB: three 1 MiB chunks, with accented titles so multi-byte characters straddle chunk boundaries. */
function bigReport(): string {
  const lines = ['amazon-order-id\tpurchase-date\tproduct-name\tship-postal-code\tis-prime\tpromise-date'];
  for (let i = 0; i < 32_000; i++) {
    const title = i % 7 === 0 ? `Crème brûlée set n°${i} — 🍮` : `Mug ${i}`;
    lines.push(
      [
        `113-${String(i).padStart(7, '0')}-0000001`,
        `2026-06-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
        title,
        ['10001', '90001', '60601'][i % 3],
        i % 4 ? 'true' : 'false',
        '2026-07-01',
      ].join('\t'),
    );
  }
  // Pad the first title until the first 1 MiB boundary falls inside a multi-byte character.
  // Spaces added near the start shift every later byte by one each.
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  for (let pad = 0; pad < 400; pad++) {
    const byte = bytes[1024 * 1024 - pad]!;
    if (byte >= 0x80 && byte < 0xc0)
      return `${lines[0]}\n${lines[1]!.replace('Crème', `Crème${' '.repeat(pad)}`)}\n${lines.slice(2).join('\n')}\n`;
  }
  throw new Error('no padding puts a character across the chunk boundary');
}

describe('readOrderReportFile (streamed from disk)', () => {
  it('reads a multi-chunk UTF-8 file exactly as the whole text, reporting progress per chunk', () => {
    const text = bigReport();
    const file = path.join(dir, 'orders.txt');
    fs.writeFileSync(file, text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024);
    const streamed: OrderLine[] = [];
    const progress: number[] = [];
    const r = readOrderReportFile(file, {
      geo,
      onOrder: (l) => streamed.push(l),
      onProgress: (done) => progress.push(done),
    });
    const whole: OrderLine[] = [];
    const gen = readOrderReport([text], { geo });
    let next = gen.next();
    while (!next.done) {
      whole.push(next.value);
      next = gen.next();
    }
    expect(JSON.stringify(r)).toBe(JSON.stringify(next.value));
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
    expect(streamed).toHaveLength(32_000);
    expect(streamed[0]!.orderId).toBe('113-0000000-0000001');
    expect(progress.length).toBe(Math.ceil(Buffer.byteLength(text) / (1024 * 1024)));
    expect(progress.at(-1)).toBe(Buffer.byteLength(text));
  });

  it('refuses bytes that are not UTF-8, a folder and a missing file, without throwing', () => {
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(
      bad,
      Buffer.concat([
        Buffer.from('amazon-order-id\tpurchase-date\tship-postal-code\n1\t2026-06-01T10:00:00Z\t10001\n'),
        Buffer.from([0xc3, 0x28, 0x0a]),
      ]),
    );
    expect(readOrderReportFile(bad, { geo })).toEqual({ problem: 'notText', offset: 0 });
    expect(readOrderReportFile(dir, { geo })).toEqual({ problem: 'isDirectory' });
    expect(readOrderReportFile(path.join(dir, 'none.txt'), { geo })).toEqual({ problem: 'cannotRead', code: 'ENOENT' });
  });

  it('the non-blocking read gives the same result, waits for a slow pipe, and stops when asked with the file closed', async () => {
    const text = bigReport();
    const file = path.join(dir, 'orders-async.txt');
    fs.writeFileSync(file, text);
    const streamed: OrderLine[] = [];
    const r = await readOrderReportFileAsync(file, { geo, onOrder: (l) => streamed.push(l) });
    expect(JSON.stringify(r)).toBe(JSON.stringify(readOrderReportFile(file, { geo })));
    expect(streamed).toHaveLength(32_000);

    // A pipe whose writer sends the report in two parts with a pause: every order arrives.
    const fifo = path.join(dir, 'orders.fifo');
    execFileSync('mkfifo', [fifo]);
    const lines = text.split('\n');
    const [first, second] = [`${lines.slice(0, 100).join('\n')}\n`, lines.slice(100).join('\n')];
    // O_RDWR never blocks on a FIFO and keeps a writer on it until this side closes it.
    const writer = fs.openSync(fifo, fs.constants.O_RDWR);
    fs.writeSync(writer, first); // fits in the pipe's buffer
    let waits = 0;
    const reading = readOrderReportFileAsync(fifo, { geo, pipeRetryMs: 1, isCancelled: () => (waits++, false) });
    while (waits < 5) await new Promise((resolve) => setTimeout(resolve, 5));
    // The rest is larger than the pipe's buffer: written from the thread pool while this thread reads.
    const written = new Promise<void>((resolve, reject) =>
      fs.write(writer, second, (error) => (fs.closeSync(writer), error ? reject(error) : resolve())),
    );
    const piped = await reading;
    await written;
    if ('problem' in piped || !piped.ok) throw new Error(JSON.stringify(piped).slice(0, 200));
    expect(piped.summary.orders).toBe(32_000);

    // Stopped while the pipe's writer is silent: the read ends as cancelled, and no reader is left on the pipe.
    let asked = 0;
    const holder = fs.openSync(fifo, fs.constants.O_RDWR);
    const stopped = await readOrderReportFileAsync(fifo, { geo, pipeRetryMs: 1, isCancelled: () => ++asked >= 3 });
    expect(stopped).toEqual({ problem: 'cancelled', bytesRead: 0 });
    fs.closeSync(holder);
    // With no reader left, a non-blocking open for writing fails with ENXIO: the reader's descriptor was closed.
    expect(() => fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK)).toThrow(/ENXIO/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGeo } from '../../../shared/geo';
import { readOrderReport, type OrderLine } from '../../../shared/orders/orderReport';
import { readOrderReportFile } from './orderReportFile';

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
    lines.push([`113-${String(i).padStart(7, '0')}-0000001`, `2026-06-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, title, ['10001', '90001', '60601'][i % 3], i % 4 ? 'true' : 'false', '2026-07-01'].join('\t'));
  }
  // Pad the first title until the first 1 MiB boundary falls inside a multi-byte character.
  // Spaces added near the start shift every later byte by one each.
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  for (let pad = 0; pad < 400; pad++) {
    const byte = bytes[1024 * 1024 - pad]!;
    if (byte >= 0x80 && byte < 0xc0) return `${lines[0]}\n${lines[1]!.replace('Crème', `Crème${' '.repeat(pad)}`)}\n${lines.slice(2).join('\n')}\n`;
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
    const r = readOrderReportFile(file, { geo, onOrder: (l) => streamed.push(l), onProgress: (done) => progress.push(done) });
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
    fs.writeFileSync(bad, Buffer.concat([Buffer.from('amazon-order-id\tpurchase-date\tship-postal-code\n1\t2026-06-01T10:00:00Z\t10001\n'), Buffer.from([0xc3, 0x28, 0x0a])]));
    expect(readOrderReportFile(bad, { geo })).toEqual({ problem: 'notText', offset: 0 });
    expect(readOrderReportFile(dir, { geo })).toEqual({ problem: 'isDirectory' });
    expect(readOrderReportFile(path.join(dir, 'none.txt'), { geo })).toEqual({ problem: 'cannotRead', code: 'ENOENT' });
  });
});

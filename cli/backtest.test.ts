import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';
import { parseSettings } from '../shared/domain/parseSettings';
import { computePromise } from '../shared/engine/explainedPromise';
import { dayNumber, formatLocalDateTime, isoDate, toLocalMinutes } from '../shared/time/timezone';
import { loadGeo } from '../shared/geo';

const geo = loadGeo();
let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);

const ZIPS = ['10001', '90001', '60601', '33101', '98101', '02108', '75201', '80202', '30303', '85004'];
const SHIFTED = new Map([
  ['113-0000000-0000004', 2],
  ['113-0000000-0000011', -1],
]);

/** A TSV report of 40 orders whose promises are the engine's own, two of them moved by known days. */
function writeReport(name: string): { prime: number; byZip: Record<string, number> } {
  const settings = sampleSettings();
  const lines = [
    'amazon-order-id\tpurchase-date\tship-service-level\tship-postal-code\tship-state\tis-prime\tquantity\tpromise-date',
  ];
  const byZip: Record<string, number> = {};
  let prime = 0;
  for (let i = 0; i < 40; i++) {
    const zip = ZIPS[i % ZIPS.length]!;
    const purchase = Date.UTC(2026, 5, 8 + (i % 12), (i * 7) % 24, (i * 13) % 60) / 60000;
    const r = computePromise(settings, geo, {
      at: formatLocalDateTime(toLocalMinutes(geo.timeZoneOf(zip)!, purchase)),
      to: zip,
    });
    if (!r.ok) throw new Error(`no promise to ${zip}`);
    const id = `113-0000000-${String(i).padStart(7, '0')}`;
    const isPrime = i % 10 !== 9;
    if (isPrime) {
      prime++;
      byZip[zip] = (byZip[zip] ?? 0) + 1;
    }
    const promise = isoDate(dayNumber(r.deliveryDate) + (SHIFTED.get(id) ?? 0));
    lines.push(
      [
        id,
        `${new Date(purchase * 60000).toISOString().slice(0, 19)}Z`,
        'Standard',
        zip,
        geo.lookup(zip)!.state,
        isPrime ? 'true' : 'false',
        '1',
        promise,
      ].join('\t'),
    );
  }
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return { prime, byZip };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-backtest-'));
  expect(run('sample', '--out', 'plan.json').exitCode).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shipweek backtest', () => {
  it("--json: the documented shape, exactly the perturbed orders, each with ShipWeek's explanation", () => {
    const { prime } = writeReport('orders.txt');
    const r = run('backtest', 'plan.json', '--orders', 'orders.txt', '--json');
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      orders: 40,
      primeOrders: prime,
      compared: prime,
      agree: prime - 2,
      agreeShare: (prime - 2) / prime,
    });
    expect(out.byState.length).toBeGreaterThan(0);
    expect(out.suggestedOverrides).toEqual([]);
    expect(out.worst.map((w: { orderId: string }) => w.orderId).sort()).toEqual([...SHIFTED.keys()].sort());
    for (const w of out.worst) {
      expect(Object.keys(w)).toEqual(
        expect.arrayContaining(['orderId', 'zip', 'purchaseDate', 'amazonPromise', 'shipweekPromise', 'explanation']),
      );
      expect(w.diffDays).toBe(-SHIFTED.get(w.orderId)!);
      expect(w.explanation.at(-1).text).toMatch(/^Promise: /);
    }
    expect(out.read).toMatchObject({ rows: 40, orders: 40, delimiter: 'tab' });
  });

  it('prints a readable summary in French, and exits 0 when every order agrees', () => {
    const { prime } = writeReport('orders.txt');
    const fr = run('backtest', 'plan.json', '--orders', 'orders.txt', '--lang', 'fr');
    expect(fr.stdout).toContain(`Accord : ${prime - 2} commandes Prime sur ${prime}`);
    expect(fr.stdout).toContain('113-0000000-0000004');
    // Without the two shifted rows everything agrees.
    const text = readFileSync(join(dir, 'orders.txt'), 'utf8')
      .split('\n')
      .filter((l) => ![...SHIFTED.keys()].some((id) => l.startsWith(id)))
      .join('\n');
    writeFileSync(join(dir, 'clean.txt'), text);
    const clean = run('backtest', 'plan.json', '--orders', 'clean.txt');
    expect(clean.stdout).toMatch(/Agreement: 34 of 34 Prime orders \(100%\)/);
    expect(clean.exitCode).toBe(0);
  });

  it('refuses a file that is not an order report (exit 2, columns named) and bad options', () => {
    writeFileSync(join(dir, 'weights.csv'), 'zip,weight\n10001,3\n');
    const r = run('backtest', 'plan.json', '--orders', 'weights.csv');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(
      'not an Amazon order report: the header needs amazon-order-id (or order-id), purchase-date, ship-postal-code; it has "zip", "weight"',
    );
    expect(run('backtest', 'plan.json').exitCode).toBe(2);
    expect(run('backtest', 'plan.json', '--orders', 'missing.txt').stderr).toMatch(/missing\.txt/);
    expect(run('backtest', 'plan.json', '--orders', 'orders.txt', '--worst', 'many').exitCode).toBe(2);
    expect(run('backtest', 'plan.json', '--orders', 'orders.txt', '--marketplace-tz', 'Mars/Olympus').exitCode).toBe(2);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x6f, 0x72, 0xff, 0xfe, 0x0a]));
    expect(run('backtest', 'plan.json', '--orders', 'binary.txt').stderr).toMatch(/not UTF-8/);
  });
});

describe('shipweek import orders', () => {
  it('writes a copy with Prime orders per ZIP as destination weights (and the shape only when asked), never touching --into', () => {
    const { byZip } = writeReport('orders.txt');
    const before = readFileSync(join(dir, 'plan.json'), 'utf8');
    const r = run('import', 'orders', 'orders.txt', '--into', 'plan.json', '--out', 'imported.json');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      `Destination weights: Prime orders in ${Object.keys(byZip).length} ZIP codes (36 orders)`,
    );
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe(before);
    const parsed = parseSettings(readFileSync(join(dir, 'imported.json'), 'utf8'), 'imported.json', { geo });
    if (!parsed.ok) throw new Error('imported settings do not parse');
    expect(parsed.settings.destinationWeights).toEqual({ source: 'custom', byZip });
    expect(parsed.settings.viewProfile).toEqual(sampleSettings().viewProfile);

    // An existing file is kept without --force.
    const again = run(
      'import',
      'orders',
      'orders.txt',
      '--into',
      'plan.json',
      '--out',
      'imported.json',
      '--adopt-shape',
    );
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    const forced = run(
      'import',
      'orders',
      'orders.txt',
      '--into',
      'plan.json',
      '--out',
      'imported.json',
      '--adopt-shape',
      '--adopt-volume',
      '--force',
    );
    expect(forced.exitCode).toBe(0);
    const shaped = parseSettings(readFileSync(join(dir, 'imported.json'), 'utf8'), 'imported.json', { geo });
    if (!shaped.ok) throw new Error('imported settings do not parse');
    expect(shaped.settings.viewProfile.source).toBe('custom');
    expect(shaped.settings.viewProfile.weights.flat().reduce((a, b) => a + b, 0)).toBe(36);
    expect(shaped.settings.costModel?.weeklyOrders).toBeGreaterThan(0);
  });

  it('writes nothing when the report is refused, or for an unknown import kind', () => {
    writeFileSync(join(dir, 'weights.csv'), 'zip,weight\n10001,3\n');
    const r = run('import', 'orders', 'weights.csv', '--into', 'plan.json', '--out', 'never.json');
    expect(r.exitCode).toBe(2);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
    expect(run('import', 'fedex-tnt', 'x.json', '--into', 'plan.json', '--out', 'never.json').stderr).toMatch(
      /unknown import "fedex-tnt"; imports: orders, usps-standards, ups-tnt/,
    );
    expect(run('import', 'orders', 'orders.txt', '--into', 'plan.json', '--out', 'plan.json', '--force').exitCode).toBe(
      2,
    );
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';
import { loadGeo } from '../shared/geo';
import { computePromise } from '../shared/engine/explainedPromise';
import { formatLocalDateTime, toLocalMinutes } from '../shared/time/timezone';
import { applyTransitSuggestions } from '../shared/backtest/backtest';
import type { Settings } from '../shared/domain/settings';

/*
 * shipweek backtest --plans: June's orders were promised with June's plan (ZIP3 900 one transit day
 * sooner), July's with today's. Naming June's plan for June makes every order agree; overlapping or
 * backwards ranges are refused, naming the plans and the dates.
 */

const geo = loadGeo();
const HEADER = 'amazon-order-id\tpurchase-date\tship-service-level\tship-postal-code\tis-prime\tpromise-date';
const ZIPS = ['90001', '90011', '10001', '60601'];
const today = sampleSettings();
const probe = computePromise(today, geo, { at: '2026-06-10T10:00', to: '90001' });
if (!probe.ok) throw new Error('no promise to 90001');
const june: Settings = {
  ...applyTransitSuggestions(today, [
    { serviceId: probe.service.serviceId, dest: '900', businessDays: probe.transitDays - 1 },
  ]),
  name: 'June plan',
};

/** Orders whose Amazon dates are `plan`'s own promises, bought on June (5) or July (6) days. */
function ordersFrom(plan: Settings, month: 5 | 6, idFrom: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const zip = ZIPS[i % ZIPS.length]!;
    const purchase = Date.UTC(2026, month, 8 + (i % 10), 15, 7 * i) / 60000;
    const r = computePromise(plan, geo, {
      at: formatLocalDateTime(toLocalMinutes(geo.timeZoneOf(zip)!, purchase)),
      to: zip,
    });
    if (!r.ok) throw new Error(`no promise to ${zip}`);
    return [
      `113-0000000-${String(idFrom + i).padStart(7, '0')}`,
      `${new Date(purchase * 60000).toISOString().slice(0, 19)}Z`,
      'Standard',
      zip,
      'true',
      r.deliveryDate,
    ].join('\t');
  });
}
const juneRows = ordersFrom(june, 5, 0);
// June's orders to 900 are the ones today's plan promises a day later.
const juneTo900 = juneRows.filter((r) => r.split('\t')[3]!.startsWith('900')).length;

let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-plans-'));
  writeFileSync(join(dir, 'today.json'), JSON.stringify(today));
  writeFileSync(join(dir, 'june.json'), JSON.stringify(june));
  writeFileSync(join(dir, 'orders.txt'), `${[HEADER, ...juneRows, ...ordersFrom(today, 6, 100)].join('\n')}\n`);
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'june.json'), JSON.stringify(june));
  writeFileSync(
    join(dir, 'plans', 'list.json'),
    JSON.stringify([{ from: '2026-06-01', to: '2026-06-30', settings: 'june.json', name: 'June (list)' }]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shipweek backtest --plans', () => {
  it('without plans in force exactly June’s orders to 900 disagree', () => {
    const r = JSON.parse(run('backtest', 'today.json', '--orders', 'orders.txt', '--json').stdout);
    expect(juneTo900).toBeGreaterThan(0);
    expect(r.compared - r.agree).toBe(juneTo900);
  });

  it('FROM..TO=file judges June’s orders with June’s plan: every order agrees, each plan counted (JSON and text)', () => {
    const json = run(
      'backtest',
      'today.json',
      '--orders',
      'orders.txt',
      '--plans',
      '2026-06-01..2026-06-30=june.json',
      '--json',
    );
    expect(json.exitCode).toBe(0);
    const r = JSON.parse(json.stdout);
    expect([r.compared, r.agree]).toEqual([24, 24]);
    expect(r.byPlan).toEqual([
      { name: null, compared: 12, agree: 12 },
      { name: 'june.json', compared: 12, agree: 12 },
    ]);
    expect(
      run('backtest', 'today.json', '--orders', 'orders.txt', '--plans', '2026-06-01..2026-06-30=june.json').stdout,
    ).toContain('Judged with: this plan: 12 of 12 agree; june.json: 12 of 12 agree.');
  });

  it('a JSON list names the plans with paths relative to the list', () => {
    const r = JSON.parse(
      run('backtest', 'today.json', '--orders', 'orders.txt', '--plans', 'plans/list.json', '--json').stdout,
    );
    expect(r.agree).toBe(24);
    expect(r.byPlan[1]).toEqual({ name: 'June (list)', compared: 12, agree: 12 });
  });

  it('refuses overlapping ranges, naming both plans and the shared dates (EN, FR), and backwards ones (exit 2)', () => {
    const overlap = run(
      'backtest',
      'today.json',
      '--orders',
      'orders.txt',
      '--plans',
      '2026-06-01..2026-06-30=june.json',
      '--plans',
      '2026-06-20..2026-07-05=today.json',
    );
    expect(overlap.exitCode).toBe(2);
    expect(overlap.stderr).toContain(
      '--plans: plans in force may not overlap: "june.json" (2026-06-01 to 2026-06-30) and "today.json" (2026-06-20 to 2026-07-05) both hold 2026-06-20 to 2026-06-30; give each date one plan',
    );
    const fr = run(
      'backtest',
      'today.json',
      '--orders',
      'orders.txt',
      '--plans',
      '2026-06-01..2026-06-30=june.json',
      '--plans',
      '2026-06-30..2026-07-05=today.json',
      '--lang',
      'fr',
    );
    expect(fr.stderr).toContain('couvrent tous deux du 2026-06-30 au 2026-06-30');
    const backwards = run(
      'backtest',
      'today.json',
      '--orders',
      'orders.txt',
      '--plans',
      '2026-06-30..2026-06-01=june.json',
    );
    expect(backwards.exitCode).toBe(2);
    expect(backwards.stderr).toContain(
      'the plan in force "june.json" runs from 2026-06-30 to 2026-06-01, which ends before it starts',
    );
  });

  it('refuses a malformed spec, a bad list and a missing plan file (exit 2)', () => {
    expect(run('backtest', 'today.json', '--orders', 'orders.txt', '--plans', 'june.json@2026-06').stderr).toContain(
      '--plans "june.json@2026-06": write FROM..TO=settings.json',
    );
    writeFileSync(join(dir, 'bad-list.json'), JSON.stringify({ from: '2026-06-01' }));
    expect(run('backtest', 'today.json', '--orders', 'orders.txt', '--plans', 'bad-list.json').stderr).toContain(
      'bad-list.json is not a list of plans in force',
    );
    const missing = run(
      'backtest',
      'today.json',
      '--orders',
      'orders.txt',
      '--plans',
      '2026-06-01..2026-06-30=nope.json',
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });
});

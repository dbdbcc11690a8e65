import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';
import { loadGeo } from '../shared/geo';
import { simulateWindow } from '../shared/engine/simulateWindow';
import { simulate } from '../shared/engine/simulate';

/*
 * shipweek simulate over Amazon's weeks (Sunday to Saturday), an older Monday week (named as one),
 * and a custom date range (--from/--to), with the figures of the engine and the bad inputs refused.
 */

let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);
const FILE = 'plan.json';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-period-'));
  writeFileSync(join(dir, FILE), JSON.stringify(sampleSettings(), null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shipweek simulate: Amazon weeks and date ranges', () => {
  it('names a Sunday week by its days, in English and French', () => {
    const en = run('simulate', FILE, '--week', '2026-11-22');
    expect(en.stdout.split('\n')[0]).toMatch(/\(us-2026-07\), Sun 22 Nov – Sat 28 Nov 2026$/);
    const fr = run('simulate', FILE, '--week', '2026-11-22', '--lang', 'fr');
    expect(fr.stdout.split('\n')[0]).toMatch(/\(us-2026-07\), dim\. 22 nov\. – sam\. 28 nov\. 2026$/);
    const two = run('simulate', FILE, '--week', '2026-11-22', '--weeks', '2');
    expect(two.stdout.split('\n')[0]).toMatch(/Sun 22 Nov – Sat 5 Dec 2026 \(2 weeks\)$/);
  });

  it('still takes a Monday, and says it is a Monday–Sunday week', () => {
    const en = run('simulate', FILE, '--week', '2026-11-23');
    expect(en.stdout.split('\n')[0]).toMatch(
      /Mon 23 Nov – Sun 29 Nov 2026 \(Monday–Sunday week, not Amazon’s Sunday–Saturday\)$/,
    );
    const fr = run('simulate', FILE, '--week', '2026-11-23', '--lang', 'fr');
    expect(fr.stdout.split('\n')[0]).toMatch(/lun\. 23 nov\. – dim\. 29 nov\. 2026 \(semaine du lundi au dimanche/);
    const json = JSON.parse(run('simulate', FILE, '--week', '2026-11-23', '--json').stdout);
    expect(json.period).toMatchObject({ kind: 'monSun', from: '2026-11-23', to: '2026-11-29', weeks: 1, days: 7 });
  });

  it('--from/--to gives the engine’s date-range figures and names the range', () => {
    const out = run('simulate', FILE, '--from', '2026-11-25', '--to', '2026-11-27', '--json');
    const json = JSON.parse(out.stdout);
    const engine = simulateWindow(sampleSettings(), loadGeo(), {
      range: { from: '2026-11-25', to: '2026-11-27' },
      destinations: 'auto',
    });
    expect(json.period).toEqual({
      kind: 'range',
      from: '2026-11-25',
      to: '2026-11-27',
      weeks: 1,
      days: 3,
      name: 'Wed 25 Nov – Fri 27 Nov 2026 (date range, 3 days)',
    });
    expect(json.tiers.standard.le2).toBeCloseTo(engine.tiers.standard.le2, 6);
    // The range holds Thanksgiving: its figures are not the whole week's.
    const week = simulate(sampleSettings(), loadGeo(), { weekStart: '2026-11-22' });
    expect(json.tiers.standard.le2).not.toBeCloseTo(week.tiers.standard.le2, 3);
    const text = run('simulate', FILE, '--from', '2026-11-25', '--to', '2026-11-27', '--lang', 'fr').stdout;
    expect(text.split('\n')[0]).toMatch(/mer\. 25 nov\. – ven\. 27 nov\. 2026 \(plage de dates, 3 jours\)$/);
  });

  it('refuses a bad range with a message naming the problem, exit 2', () => {
    const bad = (...args: string[]) => {
      const r = run('simulate', FILE, ...args);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    expect(bad('--from', '2026-11-27', '--to', '2026-11-25')).toBe(
      '--to (2026-11-25) is before --from (2026-11-27): the range must run forward\n',
    );
    expect(bad('--from', '2026-01-01', '--to', '2026-04-02')).toBe(
      'the range 2026-01-01 to 2026-04-02 is longer than 91 days (13 weeks), the longest window ShipWeek judges\n',
    );
    expect(bad('--from', '1969-12-30', '--to', '1970-01-02')).toMatch(
      /^--from must be a date between 1970-01-01 and 2199-12-31/,
    );
    expect(bad('--from', '2026-11-25')).toBe('a date range needs both --from and --to (--to is missing)\n');
    expect(bad('--from', '2026-02-30', '--to', '2026-03-02')).toMatch(/^--from must be a real date YYYY-MM-DD/);
    expect(bad('--week', '2026-11-22', '--from', '2026-11-25', '--to', '2026-11-27')).toMatch(/without --week/);
    expect(bad('--from', '2026-11-27', '--to', '2026-11-25', '--lang', 'fr')).toMatch(
      /la plage doit aller vers l’avant/,
    );
  });
});

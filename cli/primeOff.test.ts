import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';

let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-primeoff-'));
  // Views only on Monday and Tuesday 10:00-11:00 customer-local; Prime off over Monday's hour on every US clock.
  const s = sampleSettings();
  const weights = s.viewProfile.weights.map((row) => row.map(() => 0));
  weights[0]![10] = 1;
  weights[1]![10] = 1;
  const doc = {
    ...s,
    viewProfile: { source: 'custom', weights },
    primeOffPeriods: [{ start: '2026-12-07T14:00', end: '2026-12-07T20:00', timeZone: 'UTC', note: 'stock count' }],
  };
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(doc));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Prime-off periods in the CLI and the report', () => {
  it('simulate --week says half the views were left out; --json carries primeOff; the report prints the same sentence', () => {
    const text = run('simulate', 'plan.json', '--week', '2026-12-07');
    const line =
      'Prime switched off: 50% of the simulated page views fell in 1 Prime-off period and are not counted (left out of the shares and of their totals, as Amazon measures).';
    expect(text.stdout).toContain(line);
    const json = JSON.parse(run('simulate', 'plan.json', '--week', '2026-12-07', '--json').stdout);
    expect(json.primeOff).toEqual({ periods: 1, excludedShare: 0.5 });
    expect(
      run('report', 'plan.json', '--format', 'html', '--week', '2026-12-07', '--out', 'r.html').exitCode,
    ).toBeLessThan(2);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain(line);
  });

  it('the typical week says the periods are not applied, in French too', () => {
    expect(run('simulate', 'plan.json', '--lang', 'fr').stdout).toContain(
      'Prime désactivé : la semaine type n’a pas de dates, la période sans Prime du plan n’est donc pas appliquée',
    );
  });

  it('a period that ends before it starts is refused with its JSON path (exit 2)', () => {
    const doc = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    doc.primeOffPeriods[0].end = '2026-12-07T13:00';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(doc));
    const r = run('simulate', 'bad.json');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('primeOffPeriods[0].end');
    expect(r.stderr).toContain('must come after the start (2026-12-07T14:00)');
  });
});

import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../../../shared/catalog/sample';
import { simulate } from '../../../shared/engine/simulate';
import { simulateWindow } from '../../../shared/engine/simulateWindow';
import { loadGeo } from '../../../shared/geo';
import { dashboardView, speedClass } from './simulationView';

describe('dashboardView', () => {
  const settings = sampleSettings();
  const result = simulate(settings, loadGeo());
  const view = dashboardView(result);

  it('points lost per state add up, with the points other states earn above the target, to the national gap', () => {
    const target = 0.75;
    const lost = view.states.reduce((a, r) => a + r.pointsLost!, 0);
    const earned = view.states.reduce((a, r) => a + Math.max(0, r.le2 - target) * r.weight * 100, 0);
    // National ≤2-day share = Σ weight × state share, so target − national = Σ lost − Σ earned.
    expect(lost - earned).toBeCloseTo((target - result.tiers.standard.le2) * 100, 6);
    expect(view.states.filter((r) => r.le2 >= target).every((r) => r.pointsLost === 0)).toBe(true);
    expect(view.states.filter((r) => r.le2 < target && r.weight > 0).every((r) => r.pointsLost! > 0)).toBe(true);
    // Without a ≤2-day target there is nothing to lose points against: the column is empty.
    const other = dashboardView(simulate(settings, loadGeo(), { policyId: 'us-2021' }));
    expect(other.states.every((r) => (r.pointsLost === null) === (other.heatTarget === null))).toBe(true);
  });

  it('lays out ≤1, ≤2 and ≤5-day cells per size tier with the policy targets, pass and gap', () => {
    expect(view.tiers.map((t) => t.tier)).toEqual(['standard', 'oversize', 'extraLarge']);
    const std = view.tiers[0]!.cells;
    expect(std.map((c) => c.bucket)).toEqual(['le1', 'le2', 'le5']);
    expect(std[0]!.value).toBe(result.tiers.standard.le1);
    // July 2026 targets: standard 40% / 75% / 90%.
    expect(std.map((c) => c.target)).toEqual([0.4, 0.75, 0.9]);
    for (const c of std) {
      expect(c.pass).toBe(c.value >= c.target! - 1e-9);
      expect(c.gap).toBeCloseTo(c.pass ? 0 : c.target! - c.value, 12);
    }
    // Oversize has no ≤2-day target in that policy.
    expect(view.tiers[1]!.cells.find((c) => c.bucket === 'le2')).toMatchObject({ target: null, pass: null, gap: 0 });
  });

  it('reports requirements, the per-state rows of 48 states + DC, and the slowest heatmap cell', () => {
    expect(view.nationwide).toMatchObject({ required: true, total: 49 });
    expect(view.nationwide.covered).toBe(49 - result.missingStates.length);
    expect(view.sixDayOperation.required).toBe(true);
    expect(view.states.length).toBe(Object.keys(result.byState).length);
    expect(view.states.map((s) => s.code)).toEqual([...view.states.map((s) => s.code)].sort());
    const cells = result.heatmap.flat().map((v) => v!);
    expect(cells.every((v) => typeof v === 'number')).toBe(true);
    expect(view.heatMeasured).toBe(168);
    expect(view.overRange).toBe(false);
    expect(view.heatLow!.value).toBe(Math.min(...cells));
    expect(view.heatBelow).toBe(cells.filter((v) => v < 0.75 - 1e-9).length);
    expect(view.failed).toBe(result.checks.filter((c) => !c.pass).length);
  });

  it('a date range: hours of days outside it are not measured, and neither counted below the target nor slowest', () => {
    // Wednesday 25 to Friday 27 November 2026 (Thanksgiving week): Monday, Tuesday, Saturday and Sunday
    // have no counted view, so 3 × 24 hours are measured.
    const r = simulateWindow(settings, loadGeo(), { range: { from: '2026-11-25', to: '2026-11-27' } });
    const v = dashboardView(r);
    const inRange = [2, 3, 4];
    r.heatmap.forEach((row, wd) =>
      row.forEach((cell) => expect(cell === null, `weekday ${wd}`).toBe(!inRange.includes(wd))),
    );
    expect(v.overRange).toBe(true);
    expect(v.heatMeasured).toBe(72);
    const measured = inRange.flatMap((wd) => r.heatmap[wd]!.map((x) => x!));
    expect(v.heatBelow).toBe(measured.filter((x) => x < 0.75 - 1e-9).length);
    expect(v.heatBelow).toBeLessThanOrEqual(72);
    expect(inRange).toContain(v.heatLow!.weekday);
    expect(v.heatLow!.value).toBe(Math.min(...measured));
  });

  it('a policy without speed targets shows values without pass or fail', () => {
    const v = dashboardView(simulate(settings, loadGeo(), { policyId: 'sfp-help-page' }));
    expect(v.tiers.flatMap((t) => t.cells).every((c) => c.target === null && c.pass === null)).toBe(true);
    expect(v.sixDayOperation.required).toBe(false);
    expect(v.heatTarget).toBeNull();
  });

  it('classes mean promise lengths for the map', () => {
    expect([0.5, 1, 1.06, 1.7, 2.5, 2.9, 4, 4.2, null].map(speedClass)).toEqual([
      'd1',
      'd1',
      'd15',
      'd2',
      'd25',
      'd3',
      'd4',
      'slow',
      'none',
    ]);
  });

  it('colours by the figure the tooltip and table show: "2.0 days" is never painted as over 2', () => {
    expect(speedClass(2.04)).toBe('d2');
    expect(speedClass(2.05)).toBe('d25');
    // Every mean from 0 to 6 days in steps of 0.001: the class of the value equals the class of the
    // text the app prints for it (one decimal, in both languages).
    const printed = ['en-US', 'fr-FR'].map(
      (l) => new Intl.NumberFormat(l, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    );
    for (let i = 0; i <= 6000; i++) {
      const v = i / 1000;
      for (const f of printed) expect(speedClass(Number(f.format(v).replace(',', '.'))), `${v}`).toBe(speedClass(v));
    }
  });
});

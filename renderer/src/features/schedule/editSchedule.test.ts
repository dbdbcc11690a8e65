import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../../../../shared/catalog/sample';
import { copyDay, newServicePlan, setHandoverKind } from './editSchedule';

describe('schedule edits', () => {
  it('copies Saturday to Sunday: cutoff, operating day and every handover', () => {
    const w = sampleSettings().warehouses[0]!;
    copyDay(w, 'sat', ['sun']);
    expect(w.cutoffs.sun).toBe(w.cutoffs.sat);
    expect(w.operatingDays).toContain('sun');
    for (const p of w.services) expect(p.days.sun).toEqual(p.days.sat);
    expect(w.operatingDays.indexOf('sun')).toBe(w.operatingDays.length - 1);
  });

  it('copying a day off removes the targets from the operating days and their handovers', () => {
    const w = sampleSettings().warehouses[0]!;
    copyDay(w, 'sun', ['sat']);
    expect(w.operatingDays).not.toContain('sat');
    expect(w.cutoffs.sat).toBeUndefined();
    for (const p of w.services) expect(p.days.sat).toBeUndefined();
  });

  it('switches a pickup to a drop-off keeping its last time, and back', () => {
    const plan = newServicePlan('ups-ground');
    plan.days.mon = { kind: 'pickup', times: ['15:00', '18:30'] };
    setHandoverKind(plan, 'mon', 'dropoff');
    expect(plan.days.mon).toEqual({ kind: 'dropoff', latest: '18:30' });
    setHandoverKind(plan, 'mon', 'pickup');
    expect(plan.days.mon).toEqual({ kind: 'pickup', times: ['18:30'] });
    setHandoverKind(plan, 'mon', 'none');
    expect(plan.days.mon).toBeUndefined();
    setHandoverKind(plan, 'sat', 'pickup');
    expect(plan.days.sat).toEqual({ kind: 'pickup', times: ['12:00'] });
  });
});

import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../../../../shared/catalog/sample';
import { deliverySuggestions, missingForSixDayOperation, weekendView } from './weekendView';

describe('weekendView', () => {
  it('shows the sample plan as fully usable: Saturday pickups only, six-day operation and delivery met', () => {
    const v = weekendView(sampleSettings());
    expect(v.rows.length).toBe(4);
    expect(v.rows.every((r) => r.day === 'sat' && r.status === 'available')).toBe(true);
    expect(v.rows[0]!.warehouseName).toBe('Columbus DC');
    expect(v.rows[0]!.handover).toEqual({ kind: 'pickup', times: ['12:00'] });
    expect(v.problems).toBe(0);
    expect(v.operation.pass).toBe(true);
    expect(v.delivery.pass).toBe(true);
    expect(v.policy.id).toBe('us-2026-07');
  });

  it('counts a UPS Ground Saturday pickup as a problem until the special plan is declared, then as outside Buy Shipping', () => {
    const s = sampleSettings();
    s.warehouses[0]!.services[0]!.days.sat = { kind: 'pickup', times: ['12:00'] };
    let v = weekendView(s);
    const ground = v.rows.find((r) => r.serviceId === 'ups-ground')!;
    expect(ground.status).toBe('needsSpecialPlan');
    expect(ground.usable).toBe(false);
    expect(v.problems).toBe(1);
    expect(v.outside).toBe(0);

    s.warehouses[0]!.services[0]!.specialPlans.sat = true;
    v = weekendView(s);
    expect(v.problems).toBe(0);
    expect(v.outside).toBe(1);
  });

  it('names the days missing for six-day operation, choosing the shorter of Mon-Sat and Sun-Fri', () => {
    expect(missingForSixDayOperation(['mon', 'tue', 'wed', 'thu', 'fri'])).toEqual(['sat']);
    expect(missingForSixDayOperation(['sun', 'mon', 'tue', 'wed', 'thu'])).toEqual(['fri']);
    expect(missingForSixDayOperation([])).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(missingForSixDayOperation(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toEqual([]);
  });

  it('suggests unused services that deliver on a missing day', () => {
    const w = sampleSettings().warehouses[0]!;
    const suggestions = deliverySuggestions(w, ['sat']);
    expect(suggestions).toEqual(['usps-priority-mail-express']);
    expect(suggestions).not.toContain('usps-priority-mail'); // already in the plan
    // No built-in service delivers on Sunday (Priority Mail Express does only where a plan adds it as
    // an extra delivery day), so nothing is suggested for it.
    expect(deliverySuggestions(w, ['sun'])).toEqual([]);
    expect(deliverySuggestions(w, [])).toEqual([]);
  });
});

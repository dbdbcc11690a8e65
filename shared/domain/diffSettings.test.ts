import { describe, expect, it } from 'vitest';
import { diffSettings } from './diffSettings';
import { sampleSettings } from '../catalog/sample';

describe('diffSettings', () => {
  it('finds nothing between a plan and its copy, whatever the name', () => {
    const a = sampleSettings();
    const b = { ...structuredClone(a), name: 'Another name' };
    expect(diffSettings(a, b)).toEqual([]);
  });

  it('names the changed cutoff and pickup by warehouse id and service id', () => {
    const a = sampleSettings();
    const b = structuredClone(a);
    b.warehouses[0]!.cutoffs.sat = '11:00';
    const ground = b.warehouses[0]!.services.find((s) => s.serviceId === 'ups-ground')!;
    ground.days.mon = { kind: 'pickup', times: ['18:00'] };
    const d = diffSettings(a, b);
    expect(d).toContainEqual({ path: ['warehouses', 'wh-columbus', 'cutoffs', 'sat'], a: '10:30', b: '11:00' });
    expect(
      d.find((x) => x.path.join('/') === 'warehouses/wh-columbus/services/ups-ground/days/mon/times'),
    ).toMatchObject({ b: ['18:00'] });
    expect(d).toHaveLength(2);
  });

  it('lists changed weekdays in the week’s order, Monday first (not alphabetically: Friday first)', () => {
    const a = sampleSettings();
    const b = structuredClone(a);
    for (const day of ['fri', 'mon', 'thu', 'tue', 'wed'] as const) b.warehouses[0]!.cutoffs[day] = '16:00';
    expect(diffSettings(a, b).map((d) => d.path[3])).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
  });

  it('ignores the order of services but reports an added one whole', () => {
    const a = sampleSettings();
    const b = structuredClone(a);
    b.warehouses[0]!.services.reverse();
    expect(diffSettings(a, b)).toEqual([]);
    b.warehouses[0]!.services.push({
      serviceId: 'fedex-priority-overnight',
      enabled: true,
      days: {},
      specialPlans: { sat: false, sun: false },
    });
    const d = diffSettings(a, b);
    expect(d).toHaveLength(1);
    expect(d[0]!.a).toBeUndefined();
    expect(d[0]!.path).toEqual(['warehouses', 'wh-columbus', 'services', 'fedex-priority-overnight']);
  });

  it('reports the policy and the view profile as single values', () => {
    const a = sampleSettings();
    const b = structuredClone(a);
    b.policyId = 'us-2021';
    b.viewProfile.weights[0]![0] = 0.5;
    expect(
      diffSettings(a, b)
        .map((x) => x.path.join('/'))
        .sort(),
    ).toEqual(['policyId', 'viewProfile/weights']);
  });
});

describe('diffSettings: a warehouse that is only in one plan', () => {
  it('lists what is inside it: ZIP, time zone, days, cutoffs and each service', () => {
    const a = sampleSettings();
    const b = structuredClone(a);
    const reno = {
      ...structuredClone(a.warehouses[0]!),
      id: 'wh-reno',
      name: 'Reno NV',
      zip: '89502',
      timeZone: 'America/Los_Angeles',
    };
    b.warehouses.push(reno);
    const d = diffSettings(a, b);
    expect(d).toHaveLength(1);
    expect(d[0]!.path).toEqual(['warehouses', 'wh-reno']);
    expect(d[0]!.a).toBeUndefined();
    const inside = d[0]!.inside!;
    expect(inside).toContainEqual({ path: ['zip'], a: undefined, b: '89502' });
    expect(inside).toContainEqual({ path: ['timeZone'], a: undefined, b: 'America/Los_Angeles' });
    expect(inside).toContainEqual({ path: ['cutoffs', 'sat'], a: undefined, b: '10:30' });
    expect(inside).toContainEqual({
      path: ['services', 'ups-ground', 'days', 'mon'],
      a: undefined,
      b: { kind: 'pickup', times: ['17:00'] },
    });
    expect(inside.some((x) => x.path.includes('id') || x.path.includes('serviceId'))).toBe(false);
    // Removed the other way round: the values are on the a side.
    const back = diffSettings(b, a);
    expect(back[0]!.inside).toContainEqual({ path: ['zip'], a: '89502', b: undefined });
  });

  it('a warehouse deleted and added again under its name is compared field by field', () => {
    const a = sampleSettings();
    const b = structuredClone(a);
    b.warehouses[0] = { ...b.warehouses[0]!, id: 'wh-new', zip: '43004' };
    const d = diffSettings(a, b);
    expect(d).toEqual([{ path: ['warehouses', 'wh-columbus', 'zip'], a: a.warehouses[0]!.zip, b: '43004' }]);
  });
});

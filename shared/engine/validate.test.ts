import { describe, it, expect } from 'vitest';
import type { Settings } from '../domain/settings';
import { sampleSettings } from '../catalog/sample';
import { loadGeo } from '../geo';
import { copyPolicy, POLICY_PROFILES } from '../catalog/policies';
import { validateSettings, statesBeyondZoneCaps } from './validate';
import { validatePlan } from './planValidation';
import type { Finding } from './findings';

const geo = loadGeo();
const wh = (s: Settings) => s.warehouses[0]!;
const rules = (f: Finding[]) => f.map((x) => x.ruleId).sort();
const only = (f: Finding[], ruleId: string) => f.filter((x) => x.ruleId === ruleId);

describe('validateSettings: cutoff floors from the help page (14:00 weekdays, 10:30 Saturday)', () => {
  it('13:59 on a weekday is an error, 14:00 is fine', () => {
    const s = sampleSettings();
    wh(s).cutoffs.wed = '13:59';
    const f = validateSettings(s);
    expect(f).toEqual([
      {
        ruleId: 'cutoff.weekdayTooEarly',
        severity: 'error',
        path: 'warehouses.0.cutoffs.wed',
        messageKey: 'finding.cutoff.weekdayTooEarly',
        params: { warehouse: 'Columbus DC', day: 'wed', time: '13:59', min: '14:00' },
      },
    ]);
    wh(s).cutoffs.wed = '14:00';
    expect(validateSettings(s)).toEqual([]);
  });

  it("Saturday 10:29 is an error; 10:30 (the help page's earliest) is fine; Saturday is not held to 14:00", () => {
    const s = sampleSettings();
    wh(s).cutoffs.sat = '10:29';
    expect(only(validateSettings(s), 'cutoff.saturdayTooEarly')).toHaveLength(1);
    wh(s).cutoffs.sat = '10:30';
    expect(validateSettings(s)).toEqual([]);
  });

  it('a per-service cutoff override is held to the same floor', () => {
    const s = sampleSettings();
    wh(s).serviceCutoffs = { 'ups-ground': { mon: '12:00' } };
    const f = validateSettings(s);
    expect(f.map((x) => [x.ruleId, x.path])).toEqual([
      ['cutoff.weekdayTooEarly', 'warehouses.0.serviceCutoffs.ups-ground.mon'],
    ]);
  });

  it('a policy without cutoff rules does not check them', () => {
    const s = sampleSettings();
    s.policyId = 'us-2021';
    wh(s).cutoffs.mon = '12:00';
    expect(only(validateSettings(s), 'cutoff.weekdayTooEarly')).toEqual([]);
  });
});

describe('validateSettings: days and handovers', () => {
  it('a handover earlier than the cutoff warns (orders after it miss that day)', () => {
    const s = sampleSettings();
    wh(s).services[0]!.days.tue = { kind: 'pickup', times: ['13:00'] };
    s.policyId = 'sfp-help-page'; // no 16:00 pickup floor, to isolate the rule
    expect(validateSettings(s).map((x) => [x.ruleId, x.severity, x.path, x.params.time, x.params.cutoff])).toEqual([
      ['handover.beforeCutoff', 'warning', 'warehouses.0.services.0.days.tue', '13:00', '14:00'],
    ]);
  });

  it('only the last of several pickups counts, and drop-offs count by their latest time', () => {
    const s = sampleSettings();
    wh(s).services[0]!.days.tue = { kind: 'pickup', times: ['17:00', '10:00'] };
    wh(s).services[3]!.days.wed = { kind: 'dropoff', latest: '13:30' };
    expect(rules(validateSettings(s))).toEqual(['handover.beforeCutoff']);
  });

  it('a weekday pickup before 16:00 breaks the program rule; Saturday and drop-offs are exempt', () => {
    const s = sampleSettings();
    wh(s).services[1]!.days.thu = { kind: 'pickup', times: ['15:30'] };
    wh(s).services[3]!.days.fri = { kind: 'dropoff', latest: '15:00' };
    const f = validateSettings(s);
    expect(only(f, 'pickup.beforeMinTime').map((x) => [x.path, x.severity, x.params.min])).toEqual([
      ['warehouses.0.services.1.days.thu', 'error', '16:00'],
    ]);
    expect(f.some((x) => x.path === 'warehouses.0.services.1.days.sat')).toBe(false); // 12:00 Saturday pickup is fine
  });

  it('operating day without cutoff or handover; cutoff and handover on a non-operating day', () => {
    const s = sampleSettings();
    delete wh(s).cutoffs.fri;
    wh(s).operatingDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    s.policyId = 'sfp-help-page';
    const f = validateSettings(s);
    expect(f.map((x) => [x.ruleId, x.path, x.params.day])).toEqual([
      ['day.noCutoff', 'warehouses.0.cutoffs.fri', 'fri'],
      ['day.noCutoff', 'warehouses.0.cutoffs.sun', 'sun'],
      ['day.noHandover', 'warehouses.0.operatingDays', 'sun'],
    ]);

    const t = sampleSettings();
    wh(t).operatingDays = ['mon', 'tue', 'wed', 'thu', 'fri'];
    t.policyId = 'sfp-help-page';
    const g = validateSettings(t);
    expect(rules(g)).toEqual(['cutoff.nonOperatingDay', ...Array(4).fill('handover.nonOperatingDay')]);
    expect(only(g, 'handover.nonOperatingDay').every((x) => x.severity === 'info')).toBe(true);
  });

  it('no enabled service; duplicate service; pickup time listed twice', () => {
    const s = sampleSettings();
    for (const p of wh(s).services) p.enabled = false;
    expect(rules(validateSettings(s))).toContain('services.noneEnabled');

    const t = sampleSettings();
    wh(t).services.push({ ...wh(t).services[0]! });
    wh(t).services[2]!.days.mon = { kind: 'pickup', times: ['17:00', '17:00'] };
    const f = validateSettings(t);
    expect(only(f, 'service.duplicate').map((x) => x.path)).toEqual(['warehouses.0.services.7.serviceId']);
    expect(only(f, 'pickup.duplicateTime').map((x) => [x.path, x.params.time])).toEqual([
      ['warehouses.0.services.2.days.mon.times', '17:00'],
    ]);
  });
});

describe('validateSettings: weekend matrix', () => {
  it('UPS Ground Saturday pickup: error without a plan (with a fix hint), info with one', () => {
    const s = sampleSettings();
    wh(s).services[0]!.days.sat = { kind: 'pickup', times: ['12:00'] };
    const [f] = only(validateSettings(s), 'weekend.limitedWithoutPlan');
    expect(f).toMatchObject({
      severity: 'error',
      path: 'warehouses.0.services.0.days.sat',
      params: { service: 'ups-ground', day: 'sat', kind: 'pickup' },
    });
    // The warehouse already has UPS 2nd Day Air picking up on Saturday: that is the suggestion.
    expect(f!.fix).toEqual({
      messageKey: 'finding.weekend.fix.specialPlanOrSwitch',
      params: { carrier: 'ups', day: 'sat', alternative: 'ups-2nd-day-air', alternativeKind: 'pickup' },
    });

    wh(s).services[0]!.specialPlans.sat = true;
    expect(validateSettings(s).map((x) => [x.ruleId, x.severity])).toEqual([['weekend.outsideBuyShipping', 'info']]);
  });

  it('FedEx Home Delivery Saturday pickup: not offered, even with a plan', () => {
    const s = sampleSettings();
    wh(s).services[3]!.days.sat = { kind: 'pickup', times: ['12:00'] };
    wh(s).services[3]!.specialPlans.sat = true;
    expect(validateSettings(s).map((x) => [x.ruleId, x.severity])).toEqual([['weekend.notOffered', 'error']]);
  });
});

describe('validateSettings: program requirements', () => {
  it('Mon-Fri operation fails six-day operation under the default policy, not under the help-page profile', () => {
    const s = sampleSettings();
    wh(s).operatingDays = ['mon', 'tue', 'wed', 'thu', 'fri'];
    delete wh(s).cutoffs.sat;
    for (const p of wh(s).services) delete p.days.sat;
    expect(rules(validateSettings(s))).toEqual(['sixDay.operation']);
    s.policyId = 'sfp-help-page';
    expect(validateSettings(s)).toEqual([]);
  });

  it('without FedEx Home Delivery and USPS the promises arrive on five days: Saturday and Sunday have no delivering service', () => {
    const s = sampleSettings();
    wh(s).services = wh(s).services.filter((p) => p.serviceId.startsWith('ups-') || p.serviceId === 'fedex-2day');
    // Judged on the promises (validatePlan), not statically: validateSettings alone has no six-day delivery rule.
    expect(validateSettings(s)).toEqual([]);
    const f = validatePlan(s, geo);
    expect(f.map((x) => [x.ruleId, x.params.day, x.params.reason, x.params.count])).toEqual([
      ['sixDay.delivery', 'sat', 'noService', 5],
      ['sixDay.delivery', 'sun', 'noService', 5],
    ]);
  });

  it('unknown policy id, custom id clashing with a built-in, duplicate custom ids', () => {
    const s = sampleSettings();
    s.policyId = 'no-such-policy';
    const mine = copyPolicy(POLICY_PROFILES[0]!, 'mine', 'Mine');
    s.customPolicies = [mine, mine, copyPolicy(POLICY_PROFILES[0]!, 'us-2021', 'Clash')];
    expect(validateSettings(s).map((x) => [x.ruleId, x.path])).toEqual([
      ['policy.unknown', 'policyId'],
      ['policy.customDuplicate', 'customPolicies.1.id'],
      ['policy.customClashesBuiltIn', 'customPolicies.2.id'],
    ]);
    s.policyId = 'mine';
    expect(validateSettings(s).map((x) => x.ruleId)).not.toContain('policy.unknown');
  });

  it('size tier mix must sum to 100%', () => {
    const s = sampleSettings();
    s.sizeTierMix = { standard: 0.8, oversize: 0.12, extraLarge: 0.03 };
    expect(validateSettings(s)).toEqual([
      {
        ruleId: 'sizeTierMix.sum',
        severity: 'error',
        path: 'sizeTierMix',
        messageKey: 'finding.sizeTierMix.sum',
        params: { sum: 95 },
      },
    ]);
    s.sizeTierMix = { standard: 0.7, oversize: 0.2, extraLarge: 0.1 }; // sums to 0.9999999999999999 in floating point
    expect(validateSettings(s)).toEqual([]);
  });

  it('no warehouse at all', () => {
    const s = sampleSettings();
    s.warehouses = [];
    expect(rules(validateSettings(s, geo))).toEqual(['settings.noWarehouse']);
  });
});

describe('validateSettings: warehouses and geography', () => {
  it('duplicate names (case-insensitive) warn; duplicate ids are errors', () => {
    const s = sampleSettings();
    s.warehouses.push({ ...wh(s), name: 'columbus dc ' });
    const f = validateSettings(s);
    expect(only(f, 'warehouse.duplicateName').map((x) => x.path)).toEqual(['warehouses.1.name']);
    expect(only(f, 'warehouse.duplicateId').map((x) => x.path)).toEqual(['warehouses.1.id']);
  });

  it('a ZIP that does not exist is an error only when geography is available', () => {
    const s = sampleSettings();
    wh(s).zip = '00000';
    expect(validateSettings(s)).toEqual([]);
    expect(rules(validateSettings(s, geo))).toEqual(['warehouse.zipUnknown']);
  });

  it('a time zone with a different clock than the ZIP warns; an alias with the same clock does not', () => {
    const s = sampleSettings();
    wh(s).timeZone = 'America/Chicago';
    expect(validateSettings(s, geo).map((x) => [x.ruleId, x.severity, x.params.zipTimeZone])).toEqual([
      ['warehouse.timeZoneMismatch', 'warning', 'America/New_York'],
    ]);
    wh(s).timeZone = 'America/Detroit';
    expect(validateSettings(s, geo)).toEqual([]);
  });

  it('zone caps at 5 from Columbus leave the West uncovered; nationwide coverage fails', () => {
    const s = sampleSettings();
    for (const p of wh(s).services) p.zoneCap = 5;
    const states = statesBeyondZoneCaps(s, geo);
    for (const st of ['CA', 'WA', 'OR', 'NV', 'AZ']) expect(states).toContain(st);
    for (const st of ['OH', 'NY', 'IL', 'DC']) expect(states).not.toContain(st);
    const [f] = only(validateSettings(s, geo), 'coverage.statesExcluded');
    expect(f).toMatchObject({
      severity: 'error',
      path: 'warehouses',
      params: { count: states.length, states: states.join(', ') },
    });
    // One uncapped service is enough to reach everywhere again.
    wh(s).services[0]!.zoneCap = undefined;
    expect(statesBeyondZoneCaps(s, geo)).toEqual([]);
  });
});

describe('validateSettings: weekend handovers on days the warehouse does not operate', () => {
  it('a Sunday UPS Ground pickup while Sunday is not operated is a note, not a weekend-matrix error', () => {
    const s = sampleSettings();
    const ground = s.warehouses[0]!.services.find((p) => p.serviceId === 'ups-ground')!;
    ground.days.sun = { kind: 'pickup', times: ['17:00'] };
    const findings = validateSettings(s);
    expect(findings.filter((f) => f.ruleId.startsWith('weekend.'))).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'handover.nonOperatingDay')).toBe(true);
  });
});

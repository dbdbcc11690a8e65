import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SETTINGS_FORMAT_VERSION,
  SettingsSchema,
  type Settings,
  type SettingsInput,
} from '../../shared/domain/settings';
import { WEEKDAYS } from '../../shared/time/dateTime';
import { CARRIERS, SERVICE_IDS, SIZE_TIERS } from '../../shared/domain/carrier';
import { parseSettings } from '../../shared/domain/parseSettings';
import { loadGeo } from '../../shared/geo';
import { openWorkspace, type OpenedWorkspace } from '../../electron/main/db/workspace';
import {
  createWorkspaceService,
  insertScenario,
  seedSampleWorkspace,
} from '../../electron/main/services/workspaceService';
import { recordFigure, tempDir } from './support';

/**
 * Export -> import round trip of random valid settings: fast-check builds documents that follow
 * every shape of SettingsSchema (warehouses, services with pickups and drop-offs, holidays, transit
 * overrides, custom view profiles and demand, custom policies); each is stored in a real workspace
 * database, read back as the app's export does, written as JSON and read again by parseSettings
 * (the importer, with the geography checks on). Anything that comes back different is a bug.
 */

const geo = loadGeo();
const SEED = Number(process.env['RELIABILITY_SEED'] ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env['RELIABILITY_ROUNDTRIPS'] ?? 300);

// Real places, so the importer's "ZIP exists and the time zone keeps its clock" checks pass.
const PLACES = [
  ['43215', 'America/New_York'],
  ['89502', 'America/Los_Angeles'],
  ['60601', 'America/Chicago'],
  ['80202', 'America/Denver'],
  ['75201', 'America/Chicago'],
  ['98101', 'America/Los_Angeles'],
  ['85004', 'America/Phoenix'],
] as const;

const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const date = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const weekdayRecord = <T>(value: fc.Arbitrary<T>) => fc.dictionary(fc.constantFrom(...WEEKDAYS), value, { maxKeys: 7 });
/** Doubles that survive JSON (no NaN/Infinity; -0 is written as 0 by JSON itself, so it is normalised here). */
const share = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const weight = fc
  .double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .map((x) => (Object.is(x, -0) ? 0 : x));
const text = (max: number) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);
const zip3 = fc.constantFrom(...geo.zip3s.map((z) => z.zip3));

const handover = fc.oneof(
  fc.record({ kind: fc.constant('pickup' as const), times: fc.array(time, { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('dropoff' as const), latest: time }),
);
const servicePlan = fc.record(
  {
    serviceId: fc.constantFrom(...SERVICE_IDS),
    enabled: fc.boolean(),
    zoneCap: fc.integer({ min: 1, max: 8 }),
    days: weekdayRecord(handover),
    specialPlans: fc.record({ sat: fc.boolean(), sun: fc.boolean() }),
  },
  { requiredKeys: ['serviceId', 'enabled', 'days', 'specialPlans'] },
);
const warehouse = (i: number) =>
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 40 }).map((s) => `wh-${i}-${s}`.slice(0, 64)),
    name: text(60).map((s) => `${i} ${s}`.slice(0, 80)),
    place: fc.constantFrom(...PLACES),
    operatingDays: fc.subarray([...WEEKDAYS]),
    cutoffs: weekdayRecord(time),
    serviceCutoffs: fc.dictionary(fc.constantFrom(...SERVICE_IDS), weekdayRecord(time), { maxKeys: 3 }),
    customerCutoffLeadMinutes: fc.integer({ min: 0, max: 720 }),
    services: fc.array(servicePlan, { maxLength: 5 }),
    closures: fc.array(date, { maxLength: 4 }),
  });
const policy = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/).map((s) => `custom-${s}`),
    name: text(40),
    source: fc.record({
      helpPages: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
      description: fc.string({ maxLength: 80 }),
    }),
    effectiveDate: fc.option(date, { nil: null }),
    rules: fc.record({ minWeekdayCutoff: time, minSaturdayCutoff: time }, { requiredKeys: [] }),
    thresholds: fc.record(
      { onTimeShipmentMin: share, buyShippingMin: share, cancellationMax: share },
      { requiredKeys: [] },
    ),
    targets: fc.dictionary(
      fc.constantFrom(...SIZE_TIERS),
      fc.record({ le1: share, le2: share, le3: share, le5: share }, { requiredKeys: [] }),
      { maxKeys: 3 },
    ),
    requireNationwide: fc.boolean(),
    requireSixDayOperation: fc.boolean(),
    requireSixDayDelivery: fc.boolean(),
    minPickupTime: time,
  },
  {
    requiredKeys: [
      'id',
      'name',
      'source',
      'effectiveDate',
      'rules',
      'thresholds',
      'targets',
      'requireNationwide',
      'requireSixDayOperation',
      'requireSixDayDelivery',
    ],
  },
);

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    name: text(100),
    warehouses: fc
      .integer({ min: 0, max: 4 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => warehouse(i)))),
    holidays: fc.array(
      fc.record({ date, name: text(40), carriers: fc.subarray([...CARRIERS]) }, { requiredKeys: ['date', 'name'] }),
      { maxLength: 5 },
    ),
    transitOverrides: fc.array(
      fc.record({
        serviceId: fc.constantFrom(...SERVICE_IDS),
        dest: zip3,
        businessDays: fc.integer({ min: 0, max: 15 }),
      }),
      { maxLength: 6 },
    ),
    viewProfile: fc.record({
      source: fc.constantFrom('default' as const, 'custom' as const),
      weights: fc.array(fc.array(weight, { minLength: 24, maxLength: 24 }), { minLength: 7, maxLength: 7 }),
    }),
    destinationWeights: fc.oneof(
      fc.constant({ source: 'population' as const }),
      fc.record({ source: fc.constant('custom' as const), byZip: fc.dictionary(zip3, weight, { maxKeys: 8 }) }),
    ),
    sizeTierMix: fc.record({ standard: share, oversize: share, extraLarge: share }),
    policyId: fc.constantFrom('us-2026-07', 'custom-x'),
    customPolicies: fc.uniqueArray(policy, { maxLength: 2, selector: (p) => p.id }),
  })
  .map((r) => {
    const input: SettingsInput = {
      ...r,
      formatVersion: SETTINGS_FORMAT_VERSION,
      warehouses: r.warehouses.map(({ place, ...w }) => ({ ...w, zip: place[0], timeZone: place[1] })),
    };
    return SettingsSchema.parse(input);
  });

describe('export -> import round trip', () => {
  const dataDir = tempDir('roundtrip');
  let opened: OpenedWorkspace;
  beforeAll(() => {
    opened = openWorkspace({ dataDir, seed: (db) => seedSampleWorkspace(db, new Date()) });
  });
  afterAll(() => {
    opened?.db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('random valid settings survive storage, export and import unchanged', () => {
    console.log(`[reliability] round trip seed=${SEED}`);
    const service = createWorkspaceService(opened.db);
    let runs = 0;
    const differences: string[] = [];
    let n = 0;
    fc.assert(
      fc.property(settingsArb, (settings) => {
        runs++;
        // Store it as an import would (one scenario per run, unique name), read it back as an export does.
        const stored = { ...settings, name: `${n++} ${settings.name}`.slice(0, 120).trim() };
        const id = opened.db
          .transaction(() => insertScenario(opened.db, stored, { live: false, now: new Date('2026-03-02T10:00:00Z') }))
          .immediate();
        const exported = JSON.stringify(service.getSettings(id), null, 2);
        const imported = parseSettings(exported, 'export.json', { geo });
        if (!imported.ok) {
          differences.push(`rejected on import: ${JSON.stringify(imported.errors.slice(0, 3))}`);
          return false;
        }
        try {
          expect(imported.settings).toStrictEqual(stored);
        } catch (e) {
          differences.push(String(e).slice(0, 2000));
          return false;
        }
        return true;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    recordFigure('export -> import round trip', `${runs} runs, ${differences.length} differences`);
    expect(differences).toEqual([]);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import { sampleSettings } from '../catalog/sample';

/**
 * Names reach SQLite through these channels. A lone surrogate is stored as invalid UTF-8, so two
 * different names read back alike and collide on the unique-name index (every later save refused);
 * a control character (NUL, ESC) cuts or rewrites what people see. The contract refuses both.
 */
describe('the IPC contract refuses broken and invisible characters in names', () => {
  const draft = { name: 'Dock A', zip: '43215', timeZone: 'America/New_York' };
  const hostile = ['Dock \uD800', 'Dock \uDC00B', 'Dock\u0000A', '\u001b[31mRed', 'Tab\there', 'C1\u009b'];

  it('warehouse names, scenario names and whole settings documents', () => {
    for (const name of hostile) {
      expect(
        contract['warehouse:create'].arg.safeParse({ scenarioId: 1, draft: { ...draft, name } }).success,
        JSON.stringify(name),
      ).toBe(false);
      expect(contract['scenario:rename'].arg.safeParse({ scenarioId: 1, name }).success, JSON.stringify(name)).toBe(
        false,
      );
      expect(contract['scenario:duplicate'].arg.safeParse({ scenarioId: 1, name }).success, JSON.stringify(name)).toBe(
        false,
      );
      const settings = sampleSettings();
      const withName = { ...settings, warehouses: [{ ...settings.warehouses[0]!, name }] };
      expect(
        contract['scenario:save'].arg.safeParse({ scenarioId: 1, baseRevision: 1, settings: withName }).success,
        JSON.stringify(name),
      ).toBe(false);
    }
  });

  it('ordinary names pass, accents and emoji (surrogate pairs) included', () => {
    for (const name of ['Dock A', 'Entrepôt Île-de-France', 'Dock 📦', '倉庫']) {
      expect(
        contract['warehouse:create'].arg.safeParse({ scenarioId: 1, draft: { ...draft, name } }).success,
        name,
      ).toBe(true);
      expect(contract['scenario:rename'].arg.safeParse({ scenarioId: 1, name }).success, name).toBe(true);
    }
  });

  it('dates in a saved plan stay within 1970-2199', () => {
    const settings = sampleSettings();
    const save = (closures: string[]) =>
      contract['scenario:save'].arg.safeParse({
        scenarioId: 1,
        baseRevision: 1,
        settings: { ...settings, warehouses: [{ ...settings.warehouses[0]!, closures }] },
      }).success;
    expect(save(['0100-01-01'])).toBe(false);
    expect(save(['1969-12-31'])).toBe(false);
    expect(save(['1970-01-01', '2199-12-31'])).toBe(true);
  });
});

describe('the returns section of the report PDF', () => {
  it('is asked for with a boolean, or left out', () => {
    const pdf = (extra: Record<string, unknown>) =>
      contract['export:reportPdf'].arg.safeParse({ scenarioId: 1, lang: 'en', ...extra }).success;
    expect(pdf({})).toBe(true);
    expect(pdf({ includeReturns: true })).toBe(true);
    expect(pdf({ includeReturns: false })).toBe(true);
    for (const bad of ['true', 1, null, {}]) expect(pdf({ includeReturns: bad }), String(bad)).toBe(false);
    expect(pdf({ includeReturns: true, returnsWarehouseId: 'wh-columbus' })).toBe(true);
    for (const bad of ['', 'x'.repeat(65), 7])
      expect(pdf({ includeReturns: true, returnsWarehouseId: bad }), String(bad)).toBe(false);
  });
});

describe('the week an export simulates', () => {
  it('is a real Monday in 1970-2199, or absent for the typical week', () => {
    const pdf = (weekStart?: unknown) =>
      contract['export:reportPdf'].arg.safeParse({
        scenarioId: 1,
        lang: 'en',
        ...(weekStart === undefined ? {} : { weekStart }),
      }).success;
    const csv = (weekStart: unknown) =>
      contract['export:csv'].arg.safeParse({ scenarioId: 1, kind: 'metrics', lang: 'fr', weekStart }).success;
    expect(pdf()).toBe(true);
    expect(pdf('2026-11-23')).toBe(true);
    expect(csv('2026-11-23')).toBe(true);
    for (const bad of ['2026-11-26', '2026-11-31', '0100-01-04', '23/11/2026', '', 20261123]) {
      expect(pdf(bad), String(bad)).toBe(false);
      expect(csv(bad), String(bad)).toBe(false);
    }
  });
});

describe('the date range an export simulates', () => {
  const issues = (channel: 'export:reportPdf' | 'export:csv', extra: Record<string, unknown>) => {
    const base =
      channel === 'export:csv' ? { scenarioId: 1, kind: 'metrics', lang: 'en' } : { scenarioId: 1, lang: 'en' };
    const r = contract[channel].arg.safeParse({ ...base, ...extra });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('is taken by both exports, instead of a week', () => {
    for (const channel of ['export:reportPdf', 'export:csv'] as const)
      expect(issues(channel, { range: { from: '2026-11-25', to: '2026-12-01' } }), channel).toEqual([]);
  });

  it('is refused backwards, naming the field', () => {
    for (const channel of ['export:reportPdf', 'export:csv'] as const)
      expect(issues(channel, { range: { from: '2026-12-01', to: '2026-11-25' } }), channel).toEqual([
        'range.to: must not be before from (2026-12-01; got 2026-11-25)',
      ]);
  });

  it('is refused with a week or a window, naming the field given with it', () => {
    const range = { from: '2026-11-25', to: '2026-12-01' };
    expect(issues('export:csv', { range, weekStart: '2026-11-22' })).toEqual([
      'weekStart: give either weekStart or range, not both',
    ]);
    expect(issues('export:reportPdf', { range, weeks: 2 })).toEqual(['weeks: give either weeks or range, not both']);
    expect(issues('export:csv', { range: { from: '2026-11-25', to: '2027-03-01' } })[0]).toMatch(/^range\.to: /);
  });
});

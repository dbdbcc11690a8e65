import { describe, it, expect } from 'vitest';
import {
  formatSettingsIssue,
  formatPath,
  migrateSettingsDocument,
  parseSettings,
  type ParseSettingsResult,
} from './parseSettings';
import { sampleSettings } from '../catalog/sample';
import { SETTINGS_FORMAT_VERSION } from './settings';
import { loadGeo } from '../geo/index';

const geo = loadGeo();

function lines(result: ParseSettingsResult, file = 'settings.json'): string[] {
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => formatSettingsIssue(file, e));
}

/** The sample as a plain JSON document, edited by `edit`. */
/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the raw JSON document freely, including
   into invalid shapes */
function sampleText(edit: (doc: any) => void = () => {}): string {
  const doc = JSON.parse(JSON.stringify(sampleSettings()));
  edit(doc);
  return JSON.stringify(doc, null, 2);
}

describe('parseSettings: valid files', () => {
  it('reads the sample back exactly, with a BOM and CRLF line ends too', () => {
    const text = sampleText();
    expect(parseSettings(text, 'sample.json', { geo })).toEqual({ ok: true, settings: sampleSettings() });
    const windows = '\uFEFF' + text.replace(/\n/g, '\r\n');
    expect(parseSettings(windows, 'sample.json', { geo })).toEqual({ ok: true, settings: sampleSettings() });
  });

  it('fills defaults for optional fields left out', () => {
    const result = parseSettings(
      sampleText((d) => {
        delete d.holidays;
        delete d.transitOverrides;
        delete d.warehouses[0].closures;
      }),
      'x.json',
    );
    expect(result.ok && result.settings.holidays).toEqual([]);
    expect(result.ok && result.settings.warehouses[0]!.closures).toEqual([]);
  });

  it("accepts an equivalent time-zone name (America/Detroit keeps New York's clock)", () => {
    expect(
      parseSettings(
        sampleText((d) => {
          d.warehouses[0].timeZone = 'America/Detroit';
        }),
        'x.json',
        { geo },
      ).ok,
    ).toBe(true);
  });
});

describe('parseSettings: errors name the file, the JSON path and the reason', () => {
  it('explains a bad cutoff time with the value it got', () => {
    const result = parseSettings(
      sampleText((d) => {
        d.warehouses[0].cutoffs.mon = '25:00';
      }),
      'settings.json',
    );
    expect(lines(result)).toEqual([
      'settings.json: warehouses[0].cutoffs.mon: must be a time HH:MM between 00:00 and 23:59 (got "25:00")',
    ]);
  });

  it('names an unknown service id and lists the known ones', () => {
    const [line] = lines(
      parseSettings(
        sampleText((d) => {
          d.warehouses[0].services[1].serviceId = 'ups-grnd';
        }),
        'settings.json',
      ),
    );
    expect(line).toMatch(
      /^settings\.json: warehouses\[0\]\.services\[1\]\.serviceId: unknown carrier service "ups-grnd"; known services: ups-ground, /,
    );
  });

  it("rewrites zod's generic messages for people", () => {
    const result = parseSettings(
      sampleText((d) => {
        d.name = '';
        delete d.policyId;
        d.sizeTierMix.standard = 2;
        d.warehouses[0].operatingDays.push('funday');
        d.warehouses[0].services[0].days.mon = { kind: 'truck' };
        d.warehouses[0].services[0].days.tue.times = [];
        d.warehouses[0].cutoffs.someday = '10:00';
        d.viewProfile.weights[0] = [1, 2];
        d.warehouses[0].customerCutoffLeadMinutes = 'sixty';
      }),
      'plan.json',
    );
    expect(lines(result, 'plan.json')).toEqual([
      // Unknown keys come first (they are found by walking the file before the values are checked).
      'plan.json: warehouses[0].cutoffs.someday: unknown key (known keys here: mon, tue, wed, thu, fri, sat, sun)',
      'plan.json: name: must not be empty',
      'plan.json: warehouses[0].operatingDays[6]: must be one of "mon", "tue", "wed", "thu", "fri", "sat", "sun" (got "funday")',
      'plan.json: warehouses[0].customerCutoffLeadMinutes: must be a number (got "sixty")',
      'plan.json: warehouses[0].services[0].days.mon.kind: must be one of "pickup", "dropoff" (got "truck")',
      'plan.json: warehouses[0].services[0].days.tue.times: must have at least 1 item (got a list of 0 items)',
      'plan.json: viewProfile.weights[0]: must have exactly 24 items (got a list of 2 items)',
      'plan.json: sizeTierMix.standard: must be at most 1 (got 2)',
      'plan.json: policyId: is required',
    ]);
  });

  it('gives line and column for malformed JSON', () => {
    const text = '{\n  "formatVersion": 1,\n  "name": "x",\n}\n';
    expect(lines(parseSettings(text, 'settings.json'))).toEqual([
      'settings.json: line 4, column 1: invalid JSON: trailing comma before "}"',
    ]);
    expect(lines(parseSettings(sampleText().slice(0, 200), 'cut.json'), 'cut.json')[0]).toMatch(
      /^cut\.json: line \d+, column \d+: invalid JSON: /,
    );
  });

  it('refuses files that are not settings at all', () => {
    expect(lines(parseSettings('', 'a.json'))).toEqual(['settings.json: file is empty']);
    expect(lines(parseSettings('[1,2]', 'a.json'))).toEqual([
      'settings.json: must be a JSON object with the ShipWeek settings (got a list of 2 items)',
    ]);
    expect(lines(parseSettings('{"hello": 1}', 'a.json'))).toEqual([
      'settings.json: formatVersion: is required (is this a ShipWeek settings file?)',
    ]);
  });

  it('refuses a file from a newer ShipWeek and a nonsense version', () => {
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.formatVersion = 99;
          }),
          'a.json',
        ),
      ),
    ).toEqual([
      `settings.json: formatVersion: file was written by a newer ShipWeek (format 99); this version reads formats up to ${SETTINGS_FORMAT_VERSION}`,
    ]);
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.formatVersion = '1';
          }),
          'a.json',
        ),
      ),
    ).toEqual(['settings.json: formatVersion: must be a whole number ≥ 1 (got "1")']);
  });

  it('with the geography: refuses a ZIP that does not exist and a time zone that does not match the ZIP', () => {
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.warehouses[0].zip = '43299';
          }),
          'a.json',
          { geo },
        ),
      ),
    ).toEqual(['settings.json: warehouses[0].zip: ZIP 43299 does not exist (not in the US ZIP code list)']);
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.warehouses[0].timeZone = 'America/Chicago';
          }),
          'a.json',
          { geo },
        ),
      ),
    ).toEqual([
      'settings.json: warehouses[0].timeZone: America/Chicago does not match ZIP 43215, which is in America/New_York',
    ]);
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.transitOverrides = [{ serviceId: 'ups-ground', dest: '000', businessDays: 1 }];
          }),
          'a.json',
          { geo },
        ),
      ),
    ).toEqual(['settings.json: transitOverrides[0].dest: ZIP 000 does not exist']);
    // Without the geography only the shape is checked.
    expect(
      parseSettings(
        sampleText((d) => {
          d.warehouses[0].zip = '43299';
        }),
        'a.json',
      ).ok,
    ).toBe(true);
  });

  it('refuses an unknown time-zone name even without the geography', () => {
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.warehouses[0].timeZone = 'Mars/Olympus_Mons';
          }),
          'a.json',
        ),
      ),
    ).toEqual([
      'settings.json: warehouses[0].timeZone: is not a known IANA time zone, e.g. America/New_York (got "Mars/Olympus_Mons")',
    ]);
  });

  it('checks the size cap before parsing', () => {
    const text = sampleText();
    expect(lines(parseSettings(text, 'a.json', { maxBytes: 1000 }))[0]).toBe(
      `settings.json: file is too large (${Buffer.byteLength(text)} bytes; the limit is 1000 bytes)`, // UTF-8: the sample name has an em dash
    );
    // Past the cap even though it is garbage: the cap answers first.
    expect(lines(parseSettings('{'.repeat(2000), 'a.json', { maxBytes: 1000 }))[0]).toMatch(/file is too large/);
  });
});

describe('migrateSettingsDocument', () => {
  // A made-up history (format 1 named the field "title", format 2 kept weights in percent) to prove
  // the chain runs in order and reports where it started; the real chain is tested in settingsMigrations.test.ts.
  const migrations = {
    1: ({ title, ...rest }: Record<string, unknown>) => ({ ...rest, name: title, formatVersion: 2 }),
    2: (doc: Record<string, unknown>) => ({
      ...doc,
      share: (doc.percent as number) / 100,
      percent: undefined,
      formatVersion: 3,
    }),
  };

  it('chains migrations from an older format up to the current one', () => {
    expect(migrateSettingsDocument({ formatVersion: 1, title: 'Plan', percent: 85 }, migrations, 3)).toEqual({
      doc: { formatVersion: 3, name: 'Plan', share: 0.85, percent: undefined },
      from: 1,
      notices: [],
    });
    expect(migrateSettingsDocument({ formatVersion: 3, name: 'Plan' }, migrations, 3)).toEqual({
      doc: { formatVersion: 3, name: 'Plan' },
      notices: [],
    });
  });

  it('refuses a gap in the chain and a migration that forgets to bump the version', () => {
    expect(migrateSettingsDocument({ formatVersion: 1 }, { 1: migrations[1] }, 3)).toEqual({
      error: { path: 'formatVersion', message: 'format 1 cannot be upgraded (no migration from format 2)' },
    });
    expect(migrateSettingsDocument({ formatVersion: 1 }, { 1: (d) => d }, 2)).toEqual({
      error: { path: 'formatVersion', message: 'migration from format 1 did not produce format 2' },
    });
  });

  it("parseSettings reads today's format without migrating", () => {
    const result = parseSettings(sampleText(), 'a.json');
    expect(result.ok && 'migratedFrom' in result).toBe(false);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and odd keys quoted', () => {
    expect(formatPath(['warehouses', 0, 'cutoffs', 'mon'])).toBe('warehouses[0].cutoffs.mon');
    expect(formatPath(['destinationWeights', 'byZip', '12'])).toBe('destinationWeights.byZip["12"]');
    expect(formatPath([])).toBe('');
  });
});

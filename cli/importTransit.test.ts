import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';
import { parseSettings } from '../shared/domain/parseSettings';
import { computePromise } from '../shared/engine/explainedPromise';
import { loadGeo } from '../shared/geo';

const geo = loadGeo();
let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);
const FIXTURES = resolve(__dirname, '../test/fixtures/transit');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-cli-transit-'));
  // The sample plan ships from Columbus, OH (ZIP3 432), with an override the USPS file changes.
  const plan = {
    ...sampleSettings(),
    transitOverrides: [{ serviceId: 'usps-priority-mail' as const, dest: '900', businessDays: 4 }],
  };
  writeFileSync(join(dir, 'plan.json'), JSON.stringify({ ...plan, formatVersion: 1 }));
  for (const f of ['usps-service-standards.txt', 'usps-5digit-supplement.csv', 'ups-time-in-transit.json'])
    copyFileSync(join(FIXTURES, f), join(dir, f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function written(name: string) {
  const parsed = parseSettings(readFileSync(join(dir, name), 'utf8'), name, { geo });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.settings;
}

describe('shipweek import usps-standards / ups-tnt', () => {
  it('imports the plan origin’s USPS standards as transit overrides, says what changed, and the promise follows them', () => {
    const before = readFileSync(join(dir, 'plan.json'), 'utf8');
    const r = run(
      'import',
      'usps-standards',
      'usps-service-standards.txt',
      '--into',
      'plan.json',
      '--out',
      'usps.json',
    );
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      [
        'USPS service standards usps-service-standards.txt: 10 rows read, 8 from origin 432; 5 ZIP3 and 0 ZIP5 transit times for Priority Mail, Priority Mail Express and Ground Advantage.',
        'Rows for products ShipWeek does not model, not imported: First-Class Mail (1), USPS Marketing Mail (1).',
        'Transit times: 4 added, 1 changed, 0 unchanged; the plan now has 5.',
        '  usps-priority-mail to 900: 4 → 3 business days',
        'Wrote usps.json (a copy of plan.json with these transit times).',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe(before);
    const settings = written('usps.json');
    expect(settings.transitOverrides).toContainEqual({ serviceId: 'usps-priority-mail', dest: '900', businessDays: 3 });
    // The engine's explained promise now says it uses the imported figure.
    const p = computePromise(
      {
        ...settings,
        warehouses: settings.warehouses.map((w) => ({
          ...w,
          services: w.services.filter((s) => s.serviceId === 'usps-priority-mail'),
        })),
      },
      geo,
      { at: '2026-06-10T10:00', to: '90001' },
    );
    expect(p.ok && [p.service.serviceId, p.transitDays]).toEqual(['usps-priority-mail', 3]);

    const supplement = run(
      'import',
      'usps-standards',
      'usps-5digit-supplement.csv',
      '--into',
      'usps.json',
      '--out',
      'usps5.json',
      '--json',
    );
    expect(supplement.exitCode).toBe(0);
    expect(JSON.parse(supplement.stdout)).toMatchObject({
      ok: true,
      kind: 'usps-standards',
      added: 2,
      unchanged: 0,
      total: 7,
      read: { zip5: 2 },
    });
  });

  it('imports UPS Time in Transit responses per destination ZIP5', () => {
    const r = run(
      'import',
      'ups-tnt',
      'ups-time-in-transit.json',
      '--into',
      'plan.json',
      '--out',
      'ups.json',
      '--json',
    );
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      ok: true,
      kind: 'ups-tnt',
      added: 6,
      total: 7,
      read: { destinations: ['90001', '10001'], otherLevels: { '1DM': 1, '2DM': 1 } },
    });
    expect(written('ups.json').transitOverrides).toContainEqual({
      serviceId: 'ups-ground',
      dest: '90001',
      businessDays: 4,
    });
  });

  it('refuses bad files and options with exit 2, row and field, and writes nothing; French too', () => {
    writeFileSync(join(dir, 'bad.txt'), 'ORIGIN_ZIP3|DEST_ZIP3|MAIL_CLASS|SERVICE_STANDARD\n432|90|Priority Mail|2\n');
    const bad = run('import', 'usps-standards', 'bad.txt', '--into', 'plan.json', '--out', 'never.json');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toBe(
      'bad.txt: 1 problem in the transit file; nothing was imported\nbad.txt: row 2, field "DEST_ZIP3": 90 is not a ZIP3 (3 digits) or ZIP5 (5 digits)\n',
    );
    const fr = run('import', 'usps-standards', 'bad.txt', '--into', 'plan.json', '--out', 'never.json', '--lang', 'fr');
    expect(fr.stderr).toBe(
      'bad.txt : 1 problème dans le fichier de délais ; rien n’a été importé\nbad.txt: ligne 2, champ « DEST_ZIP3 » : 90 n’est ni un ZIP3 (3 chiffres) ni un ZIP5 (5 chiffres)\n',
    );
    expect(
      run(
        'import',
        'usps-standards',
        'usps-service-standards.txt',
        '--into',
        'plan.json',
        '--out',
        'never.json',
        '--origin',
        '9',
      ).exitCode,
    ).toBe(2);
    expect(
      run(
        'import',
        'usps-standards',
        'usps-service-standards.txt',
        '--into',
        'plan.json',
        '--out',
        'never.json',
        '--origin',
        '850',
      ).stderr,
    ).toContain('no row has the plan’s origin 850');
    expect(
      run('import', 'ups-tnt', 'usps-service-standards.txt', '--into', 'plan.json', '--out', 'never.json').stderr,
    ).toMatch(/not JSON/);
    expect(
      run('import', 'ups-tnt', 'ups-time-in-transit.json', '--into', 'plan.json', '--out', 'ups.json').stderr,
    ).toMatch(/ups\.json/); // exists: kept without --force
    expect(run('import', 'fedex', 'x', '--into', 'plan.json', '--out', 'never.json').stderr).toContain(
      'imports: orders, usps-standards, ups-tnt',
    );
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});

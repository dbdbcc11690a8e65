import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyFileSync } from 'node:fs';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';
import { parseSettings } from '../shared/domain/parseSettings';
import { loadGeo } from '../shared/geo';
import { AppError } from '../shared/ipc/result';
import { openTempWorkspace } from '../test/support/tempWorkspace';

const geo = loadGeo();
let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);
const file = (name: string, text: string) => writeFileSync(join(dir, name), text);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-cli-csv-'));
  const plan = {
    ...sampleSettings(),
    transitOverrides: [{ serviceId: 'ups-ground' as const, dest: '900', businessDays: 5 }],
  };
  file('plan.json', JSON.stringify(plan));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function written(name: string) {
  const parsed = parseSettings(readFileSync(join(dir, name), 'utf8'), name, { geo });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.settings;
}

describe('shipweek import transit | weights | costs', () => {
  it('transit: adds the CSV to the plan’s transit times, replacing the same service and destination, and says what changed', () => {
    const before = readFileSync(join(dir, 'plan.json'), 'utf8');
    file('transit.csv', '\uFEFFdest,service,business_days\r\n900,UPS Ground,4\r\n43215,fedex-2day,2\r\n');
    const r = run('import', 'transit', 'transit.csv', '--into', 'plan.json', '--out', 'transit.json');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      [
        'Transit times: 1 added, 1 changed, 0 unchanged; the plan now has 2.',
        '  ups-ground to 900: 5 → 4 business days',
        'Wrote transit.json (a copy of plan.json with the figures above).',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe(before);
    expect(written('transit.json').transitOverrides).toEqual([
      { serviceId: 'ups-ground', dest: '900', businessDays: 4 },
      { serviceId: 'fedex-2day', dest: '43215', businessDays: 2 },
    ]);
  });

  it('weights: the CSV replaces the destination weights, repeated ZIPs summed', () => {
    file('weights.csv', 'zip,orders\n432,120\n90001,35\n432,30\n');
    const r = run('import', 'weights', 'weights.csv', '--into', 'plan.json', '--out', 'weights.json', '--json');
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, kind: 'weights', out: 'weights.json', zips: 2 });
    expect(written('weights.json').destinationWeights).toEqual({
      source: 'custom',
      byZip: { '432': 150, '90001': 35 },
    });
    const fr = run(
      'import',
      'weights',
      'weights.csv',
      '--into',
      'plan.json',
      '--out',
      'weights-fr.json',
      '--lang',
      'fr',
    );
    expect(fr.stdout).toContain('Poids de destination : les 2 codes ZIP de weights.csv remplacent ceux du plan.');
  });

  it('costs: a label-price CSV replaces the cost model’s label table, naming its source', () => {
    file('costs.csv', 'service,zone,tier,usd\nups-ground,5,standard,13.50\nUPS Ground,6,oversize,$41\n');
    const r = run('import', 'costs', 'costs.csv', '--into', 'plan.json', '--out', 'costs.json');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      "Label prices: 2 rows of costs.csv replace the plan's label table (0 rows before); prices it does not name stay at the defaults.",
    );
    const model = written('costs.json').costModel!;
    expect(model.labelRates).toEqual([
      { serviceId: 'ups-ground', zone: 5, tier: 'standard', usd: 13.5 },
      { serviceId: 'ups-ground', zone: 6, tier: 'oversize', usd: 41 },
    ]);
    expect(model.sources['labelRates']).toBe('costs.csv');
  });

  it('refuses a bad file whole with row, column and reason, in English and French, and writes nothing', () => {
    file('bad-weights.csv', 'zip,weight\n900,10\n43299,5\n432,-2\n');
    const r = run('import', 'weights', 'bad-weights.csv', '--into', 'plan.json', '--out', 'never.json');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      [
        'bad-weights.csv: 2 problems in the file; nothing was written',
        'bad-weights.csv: row 3, field "zip": ZIP 43299 does not exist',
        'bad-weights.csv: row 4, field "weight": "-2" is negative; a weight is 0 or more',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
    const fr = run(
      'import',
      'weights',
      'bad-weights.csv',
      '--into',
      'plan.json',
      '--out',
      'never.json',
      '--lang',
      'fr',
    );
    expect(fr.stderr).toContain("bad-weights.csv : 2 problèmes dans le fichier ; rien n'a été écrit");
    expect(fr.stderr).toContain('bad-weights.csv: ligne 4, champ « weight » : "-2" est négatif');
    file('bad-costs.csv', 'service,zone,price\nups-ground,5,1\n');
    expect(run('import', 'costs', 'bad-costs.csv', '--into', 'plan.json', '--out', 'never.json').stderr).toContain(
      'bad-costs.csv: row 1, field "tier": header has no "tier" column (expected service,zone,tier,usd)',
    );
    file('formula.csv', 'dest,service,business_days\n=cmd|x,UPS Ground,1\n');
    expect(run('import', 'transit', 'formula.csv', '--into', 'plan.json', '--out', 'never.json').exitCode).toBe(2);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });

  it('keeps an existing file unless --force, and never writes over --into', () => {
    file('exists.json', '{}');
    const kept = run('import', 'weights', 'weights.csv', '--into', 'plan.json', '--out', 'exists.json');
    expect(kept.exitCode).toBe(2);
    expect(kept.stderr).toContain('exists.json: file already exists (use --force to overwrite it)');
    expect(readFileSync(join(dir, 'exists.json'), 'utf8')).toBe('{}');
    expect(
      run('import', 'weights', 'weights.csv', '--into', 'plan.json', '--out', 'exists.json', '--force').exitCode,
    ).toBe(0);
    expect(written('exists.json').destinationWeights).toMatchObject({ source: 'custom' });
    expect(run('import', 'costs', 'costs.csv', '--into', 'plan.json', '--out', 'plan.json', '--force').exitCode).toBe(
      2,
    );
  });

  it('says the same thing as the app for the same file', () => {
    const text = 'dest,service,business_days\n432,UPS Grnd,1\n4321,ups-ground,1\n432,ups-ground,99\n';
    file('same.csv', text);
    const cli = run('import', 'transit', 'same.csv', '--into', 'plan.json', '--out', 'never.json');
    const tw = openTempWorkspace('cli-same', { subfolder: true });
    try {
      writeFileSync(join(tw.dir, 'same.csv'), text);
      let app: AppError | undefined;
      try {
        tw.svc.imports.importTransitCsv(tw.sid, join(tw.dir, 'same.csv'));
      } catch (e) {
        app = e as AppError;
      }
      const appLines = app!.toShape().fields!.map((f) => f.message);
      expect(appLines).toHaveLength(3);
      expect(cli.stderr.trimEnd().split('\n').slice(1)).toEqual(appLines);
    } finally {
      tw.close();
    }
  });
});

describe('shipweek import --progress', () => {
  it('prints how far a long read is on stderr with --progress, and nothing without it when stderr is not a terminal', () => {
    copyFileSync(resolve(__dirname, '../test/fixtures/transit/usps-service-standards.txt'), join(dir, 'ssd.txt'));
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      const quiet = run('import', 'usps-standards', 'ssd.txt', '--into', 'plan.json', '--out', 'ssd1.json');
      expect(quiet.exitCode).toBe(0);
      expect(writes).toEqual([]);
      const shown = run(
        'import',
        'usps-standards',
        'ssd.txt',
        '--into',
        'plan.json',
        '--out',
        'ssd2.json',
        '--progress',
      );
      expect(shown.exitCode).toBe(0);
      // The fixture is one chunk: one line, at 100 %.
      expect(writes).toEqual(['Reading ssd.txt 100%\n']);
    } finally {
      spy.mockRestore();
    }
  });
});

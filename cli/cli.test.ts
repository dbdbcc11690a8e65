import { SETTINGS_MAX_BYTES } from '../shared/domain/parseSettings';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';
import { parseSettings } from '../shared/domain/parseSettings';

let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);
/** Writes the sample, edited, as `name` in the temp folder. */
/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the raw JSON document freely, including
   into invalid shapes */
function writeSample(name: string, edit: (doc: any) => void = () => {}): string {
  const doc = JSON.parse(JSON.stringify(sampleSettings()));
  edit(doc);
  writeFileSync(join(dir, name), JSON.stringify(doc, null, 2));
  return name;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shipweek --help and usage errors', () => {
  it('prints help in English and French', () => {
    const en = run('--help');
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toMatch(/Usage: shipweek <command>/);
    expect(en.stdout).toMatch(/promise <file> --at/);
    expect(run('--lang', 'fr').stdout).toMatch(/Utilisation : shipweek <commande>/);
    expect(run('promise', '--help').stdout).toMatch(/^Usage: shipweek promise/);
  });

  it('exits 2 on an unknown command, option, language or extra argument', () => {
    expect(run('simulat').exitCode).toBe(2);
    expect(run('simulat').stderr).toMatch(/unknown command "simulat"/);
    const badOption = run('matrix', '--jsn');
    expect(badOption.exitCode).toBe(2);
    expect(badOption.stderr).toMatch(/--jsn/);
    expect(run('matrix', '--lang', 'de').stderr).toMatch(/--lang must be en or fr \(got "de"\)/);
    expect(run('validate', 'a.json', 'b.json').stderr).toMatch(/unexpected arguments/);
  });
});

describe('shipweek sample', () => {
  it('prints the sample settings, which read back as the sample', () => {
    const result = run('sample');
    expect(result.exitCode).toBe(0);
    expect(parseSettings(result.stdout, 'stdout')).toEqual({ ok: true, settings: sampleSettings() });
  });

  it('writes --out, refuses to overwrite without --force', () => {
    const first = run('sample', '--out', 'plans/mine.json');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toBe('Wrote "Sample — Columbus, OH" to plans/mine.json.\n');
    expect(JSON.parse(readFileSync(join(dir, 'plans/mine.json'), 'utf8')).name).toBe('Sample — Columbus, OH');
    const again = run('sample', '--out', 'plans/mine.json');
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(run('sample', '--out', 'plans/mine.json', '--force', '--variant', 'two-warehouses').exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'plans/mine.json'), 'utf8')).warehouses).toHaveLength(2);
    expect(existsSync(join(dir, 'plans/.mine.json.' + process.pid + '.tmp'))).toBe(false);
  });

  it('refuses an unknown variant, listing the real ones', () => {
    expect(run('sample', '--variant', 'paris').stderr).toBe(
      'unknown sample paris; samples: columbus, two-warehouses\n',
    );
  });
});

describe('shipweek validate', () => {
  it('passes the sample (exit 0)', () => {
    const result = run('validate', writeSample('ok.json'));
    expect(result).toEqual({ stdout: 'ok.json: no errors or warnings (0 info).\n', stderr: '', exitCode: 0 });
  });

  it('exits 1 with findings when a rule fails, in English and French', () => {
    const file = writeSample('early.json', (d) => {
      d.warehouses[0].cutoffs.tue = '13:00';
    });
    const en = run('validate', file);
    expect(en.exitCode).toBe(1);
    expect(en.stdout).toMatch(/^ERROR +warehouses\.0\.cutoffs\.tue: .*13:00/m);
    expect(en.stdout).toMatch(/early\.json: 1 error\b/);
    const fr = run('validate', file, '--lang', 'fr');
    expect(fr.exitCode).toBe(1);
    expect(fr.stdout).toMatch(/^ERREUR +warehouses\.0\.cutoffs\.tue: /m);
  });

  it('--json lists findings with rendered messages', () => {
    const file = writeSample('early2.json', (d) => {
      d.warehouses[0].cutoffs.tue = '13:00';
    });
    const result = run('validate', file, '--json');
    const out = JSON.parse(result.stdout);
    expect(out.pass).toBe(false);
    expect(out.counts.error).toBeGreaterThan(0);
    expect(out.findings[0]).toMatchObject({ severity: 'error', path: 'warehouses.0.cutoffs.tue' });
    expect(out.findings[0].message).toMatch(/13:00/);
  });

  it('exits 2 naming the file, the JSON path and the reason for a bad value', () => {
    const result = run(
      'validate',
      writeSample('settings.json', (d) => {
        d.warehouses[0].cutoffs.mon = '25:00';
      }),
    );
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'settings.json: warehouses[0].cutoffs.mon: must be a time HH:MM between 00:00 and 23:59 (got "25:00")',
    );
  });

  it('exits 2 with line and column for malformed JSON, and for missing files and folders', () => {
    writeFileSync(join(dir, 'broken.json'), '{\n  "formatVersion": 1\n  "name": "x"\n}\n');
    expect(run('validate', 'broken.json').stderr).toContain(
      'broken.json: line 3, column 3: invalid JSON: expected "," or "}"',
    );
    expect(run('validate', 'nope.json')).toEqual({ stdout: '', stderr: 'nope.json: file not found\n', exitCode: 2 });
    expect(run('validate', '.').stderr).toBe('.: is a folder, not a file\n');
    expect(run('validate').stderr).toMatch(/a settings file is required/);
  });

  it('exits 2 for unknown service ids, ZIPs that do not exist and mismatched time zones', () => {
    const svc = run(
      'validate',
      writeSample('svc.json', (d) => {
        d.warehouses[0].services[0].serviceId = 'ups-grnd';
      }),
    );
    expect(svc.exitCode).toBe(2);
    expect(svc.stderr).toContain('svc.json: warehouses[0].services[0].serviceId: unknown carrier service "ups-grnd"');
    const zip = run(
      'validate',
      writeSample('zip.json', (d) => {
        d.warehouses[0].zip = '43299';
      }),
    );
    expect(zip.stderr).toContain('zip.json: warehouses[0].zip: ZIP 43299 does not exist');
    const tz = run(
      'validate',
      writeSample('tz.json', (d) => {
        d.warehouses[0].timeZone = 'America/Los_Angeles';
      }),
    );
    expect(tz.stderr).toContain(
      'tz.json: warehouses[0].timeZone: America/Los_Angeles does not match ZIP 43215, which is in America/New_York',
    );
  });

  it('--json still prints a parseable error document on bad input', () => {
    const result = run(
      'validate',
      writeSample('bad.json', (d) => {
        d.warehouses[0].cutoffs.mon = '25:00';
      }),
      '--json',
    );
    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      file: 'bad.json',
      errorCount: 1,
      errors: [
        { path: 'warehouses[0].cutoffs.mon', message: 'must be a time HH:MM between 00:00 and 23:59 (got "25:00")' },
      ],
    });
  });

  it('refuses an oversized file before reading it', () => {
    writeFileSync(join(dir, 'huge.json'), ' '.repeat(SETTINGS_MAX_BYTES + 1));
    expect(run('validate', 'huge.json').stderr).toMatch(
      new RegExp(`^huge\\.json: file is too large \\(${SETTINGS_MAX_BYTES + 1} bytes`),
    );
  });
});

describe('shipweek promise', () => {
  it('gives the promise with its reasons (exit 0) and a documented JSON shape', () => {
    const file = writeSample('p.json');
    const human = run('promise', file, '--at', '2026-06-10T10:00', '--to', '10001');
    expect(human.exitCode).toBe(0);
    expect(human.stdout).toMatch(/^Promise: \d+ days?, delivered 2026-06-1\d, to 10001 \(New York\)/);
    expect(human.stdout).toMatch(/Why:\n {2}1\. /);
    const out = JSON.parse(run('promise', file, '--at', '2026-06-10T10:00', '--to', '10001', '--json').stdout);
    expect(out).toMatchObject({
      ok: true,
      to: '10001',
      sizeTier: 'standard',
      warehouseId: 'wh-columbus',
      shipDate: '2026-06-10',
    });
    expect(out.service.carrier).toMatch(/^(ups|fedex|usps)$/);
    expect(out.handover.kind).toBe('pickup');
    expect(out.promiseDays).toBeGreaterThanOrEqual(1);
    expect(out.deliveryDate > out.shipDate).toBe(true);
    expect(out.explanation.length).toBeGreaterThan(3);
    expect(out.explanation[0]).toHaveProperty('text');
  });

  it('exits 2 on a bad --at, --to or --tier before reading the file', () => {
    const file = writeSample('p2.json');
    expect(run('promise', file, '--at', '2026-02-30T10:00', '--to', '10001').stderr).toMatch(
      /--at must be a local date and time/,
    );
    expect(run('promise', file, '--at', '2026-06-10 10:00', '--to', '10001').exitCode).toBe(2);
    expect(run('promise', file, '--at', '2026-06-10T10:00', '--to', '1001').stderr).toMatch(/--to must be a ZIP5/);
    expect(run('promise', file, '--at', '2026-06-10T10:00', '--to', '43299').stderr).toBe(
      '--to: ZIP 43299 does not exist\n',
    );
    expect(run('promise', file, '--at', '2026-06-10T10:00', '--to', '10001', '--tier', 'huge').stderr).toMatch(
      /--tier must be one of standard, oversize, extraLarge/,
    );
    expect(run('promise', 'missing.json', '--at', '2026-06-10T10:00', '--to', '10001').stderr).toBe(
      'missing.json: file not found\n',
    );
  });

  it('exits 1 when no service can deliver the order', () => {
    const file = writeSample('none.json', (d) => {
      for (const s of d.warehouses[0].services) s.enabled = false;
    });
    const result = run('promise', file, '--at', '2026-06-10T10:00', '--to', '10001', '--json');
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, reason: 'engine.reason.noService' });
  });
});

describe('shipweek matrix and policies', () => {
  it('prints the weekend matrix from the help page, in French too', () => {
    const rows = JSON.parse(run('matrix', '--json').stdout);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ carrier: 'ups', row: 'Ground', satPickup: 'limited', satDropoff: 'no' });
    expect(run('matrix').stdout).toMatch(/USPS +All services +Yes +Yes +Limited +Limited/);
    expect(run('matrix', '--lang', 'fr').stdout).toMatch(/Limité/);
  });

  it('lists the policy profiles with the default marked', () => {
    const profiles = JSON.parse(run('policies', '--json').stdout);
    expect(profiles.find((p: { default: boolean }) => p.default).id).toBe('us-2026-07');
    expect(run('policies').stdout).toMatch(/us-2026-07 \(Default\)/);
    expect(run('policies').stdout).toMatch(/Within 2 days ≥ 75%/);
  });
});

describe('shipweek simulate', () => {
  it('simulates the sample against its policy: documented JSON shape, exit code follows pass', () => {
    const file = writeSample('sim.json');
    const result = run('simulate', file, '--json');
    const out = JSON.parse(result.stdout);
    expect(result.exitCode).toBe(out.pass ? 0 : 1);
    expect(out).toMatchObject({
      ok: true,
      file: 'sim.json',
      policyId: 'us-2026-07',
      typicalWeek: true,
      nationwide: true,
      missingStates: [],
    });
    for (const tier of ['standard', 'oversize', 'extraLarge']) {
      const t = out.tiers[tier];
      // Cumulative shares: within 1 day <= within 2 <= within 3 <= within 5.
      expect(0 <= t.le1 && t.le1 <= t.le2 && t.le2 <= t.le3 && t.le3 <= t.le5 && t.le5 <= 1).toBe(true);
    }
    expect(Object.keys(out.byState)).toHaveLength(49);
    expect(out.byState.OH.covered).toBe(true);
    expect(out.sixDayOperation).toBe(true);
    expect(out.outsideBuyShippingShare).toBe(0);
    const le2 = out.checks.find((c: { id: string }) => c.id === 'speed.standard.le2');
    expect(le2).toMatchObject({ target: 0.75 });
    expect(le2.pass).toBe(le2.value >= 0.75);
    expect(out.pass).toBe(out.checks.every((c: { pass: boolean }) => c.pass));
  });

  it('prints a human summary in English and French', () => {
    const file = writeSample('sim2.json');
    const en = run('simulate', file);
    expect(en.stdout).toMatch(/^Simulation of "Sample — Columbus, OH" against .*\(us-2026-07\), typical week/);
    expect(en.stdout).toMatch(/Standard size +\d+(\.\d)?% +\d/);
    expect(en.stdout).toMatch(/Result: (PASS|FAIL)/);
    expect(run('simulate', file, '--lang', 'fr').stdout).toMatch(/Résultat : (CONFORME|NON CONFORME)/);
  });

  it('judges against --policy and simulates a real --week', () => {
    const file = writeSample('sim3.json');
    const out = JSON.parse(run('simulate', file, '--json', '--policy', 'sfp-help-page', '--week', '2026-11-23').stdout);
    expect(out).toMatchObject({ policyId: 'sfp-help-page', weekStart: '2026-11-23', typicalWeek: false });
    // The help-page profile has no speed targets: only coverage is checked.
    expect(out.checks.map((c: { id: string }) => c.id)).toEqual(['coverage.nationwide']);
    expect(run('simulate', file, '--policy', 'sfp-help-page').exitCode).toBe(0);
  });

  it('a plan that stops at the Rockies fails nationwide coverage (exit 1) and names the missing states', () => {
    const file = writeSample('capped.json', (d) => {
      for (const s of d.warehouses[0].services) s.zoneCap = 5;
    });
    const result = run('simulate', file, '--json', '--policy', 'sfp-help-page');
    expect(result.exitCode).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out.nationwide).toBe(false);
    expect(out.missingStates).toEqual(expect.arrayContaining(['CA', 'WA']));
    expect(out.missingStates).not.toContain('OH');
  });

  it('exits 2 on a week that starts neither on a Sunday nor a Monday, or an unknown policy', () => {
    const file = writeSample('sim4.json');
    expect(run('simulate', file, '--week', '2026-11-24').stderr).toBe(
      '--week must be the Sunday YYYY-MM-DD that starts an Amazon week (Sunday to Saturday), e.g. 2026-11-22, or a Monday for a Monday-to-Sunday week (got "2026-11-24")\n',
    );
    expect(run('simulate', file, '--week', '2026-13-01').exitCode).toBe(2);
    expect(run('simulate', file, '--policy', 'eu-2030').stderr).toMatch(
      /^--policy: unknown policy "eu-2030"; policies: sfp-help-page, us-2021/,
    );
  });
});

describe('hostile and careless input is refused cleanly (exit 2, a clear message)', () => {
  it('Object.prototype names are unknown commands, not a crash', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const result = run(name);
      expect(result.exitCode, name).toBe(2);
      expect(result.stderr, name).toMatch(new RegExp(`^unknown command "${name}"`));
      // Asking for help on one of them is the general help, as for any unknown command.
      expect(run(name, '--help').stdout).toMatch(/^ShipWeek: /);
    }
  });

  it('validate: a `closure` typo fails with the JSON path and "did you mean", in English and French', () => {
    const file = writeSample('typo.json', (d) => {
      d.warehouses[0].closure = ['2026-07-03'];
    });
    const en = run('validate', file);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toBe(
      'typo.json: not a valid settings file (1 problem):\ntypo.json: warehouses[0].closure: unknown key; did you mean "closures"?\n',
    );
    expect(run('validate', file, '--lang', 'fr').stderr).toContain(
      'typo.json: warehouses[0].closure: clé inconnue ; vouliez-vous dire « closures » ?',
    );
    expect(JSON.parse(run('validate', file, '--json').stdout).errors).toEqual([
      {
        path: 'warehouses[0].closure',
        message: 'unknown key; did you mean "closures"?',
        messageKey: 'domain.shape.unknownKeySuggest',
        params: { suggestion: 'closures' },
      },
    ]);
  });

  it('promise --at year 0100 exits 2 at once with the supported range (it used to search forever)', () => {
    const file = writeSample('years.json');
    const ancient = run('promise', file, '--at', '0100-01-01T10:00', '--to', '10001');
    expect(ancient).toEqual({
      stdout: '',
      stderr: '--at must be a date between 1970-01-01 and 2199-12-31 (got "0100-01-01T10:00")\n',
      exitCode: 2,
    });
    expect(run('promise', file, '--at', '1969-12-31T23:59', '--to', '10001').exitCode).toBe(2);
    expect(run('promise', file, '--at', '2200-01-01T00:00', '--to', '10001').exitCode).toBe(2);
    expect(run('promise', file, '--at', '0100-01-01T10:00', '--to', '10001', '--lang', 'fr').stderr).toBe(
      '--at doit être une date entre le 1970-01-01 et le 2199-12-31 (reçu "0100-01-01T10:00")\n',
    );
    // Both ends of the range still answer.
    expect(run('promise', file, '--at', '1970-01-01T10:00', '--to', '10001').exitCode).not.toBe(2);
    expect(run('promise', file, '--at', '2199-12-31T10:00', '--to', '10001').exitCode).not.toBe(2);
  });

  it('simulate and report --week outside 1970-2199 exit 2 with the range', () => {
    const file = writeSample('weeks.json');
    expect(run('simulate', file, '--week', '1969-12-29').stderr).toBe(
      '--week must be a date between 1970-01-01 and 2199-12-31 (got "1969-12-29")\n',
    );
    expect(run('simulate', file, '--week', '0100-01-04').exitCode).toBe(2);
    expect(run('report', file, '--format', 'csv', '--out', 'w.csv', '--week', '2200-01-06').stderr).toMatch(
      /^--week must be a date between 1970-01-01 and 2199-12-31/,
    );
    expect(existsSync(join(dir, 'w.csv'))).toBe(false);
  });

  it('a file with 300,000 bad keys prints the first 50 problems and a count, not megabytes', () => {
    const file = writeSample('flood.json', (d) => {
      for (let i = 0; i < 300_000; i++) d[`bad${i}`] = 0;
    });
    const result = run('validate', file);
    expect(result.exitCode).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('flood.json: not a valid settings file (300,000 problems):');
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines.at(-1)).toBe('… and 299950 more');
    expect(result.stderr.length).toBeLessThan(20_000);
    const json = JSON.parse(run('validate', file, '--json').stdout);
    expect(json.errorCount).toBe(300_000);
    expect(json.errors).toHaveLength(50);
  });
});

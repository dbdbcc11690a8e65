import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-notices-'));
  // Format 1, with only Thanksgiving 2026 listed for UPS: UPS worked its other 2026 holidays then.
  const { reopenedCarrierDays: _r, ...doc } = JSON.parse(JSON.stringify(sampleSettings())) as Record<string, unknown>;
  void _r;
  writeFileSync(
    join(dir, 'old.json'),
    JSON.stringify({
      ...doc,
      formatVersion: 1,
      holidays: [{ date: '2026-11-26', name: 'Thanksgiving Day', carriers: ['ups'] }],
    }),
  );
  writeFileSync(join(dir, 'today.json'), JSON.stringify(sampleSettings()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a settings file from before holidays added up', () => {
  it('is read with its meaning kept, and stderr names the carrier, year and days reopened (stdout stays clean JSON)', () => {
    const r = runCli(['promise', 'old.json', '--at', '2026-12-24T10:00', '--to', '10001', '--json'], dir);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('old.json: UPS 2026: this file listed only some UPS holidays for 2026');
    expect(r.stderr).toContain('2026-01-01, 2026-05-25, 2026-07-03, 2026-07-04, 2026-09-07, 2026-12-25');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const fr = runCli(['promise', 'old.json', '--at', '2026-12-24T10:00', '--to', '10001', '--lang', 'fr'], dir);
    expect(fr.stderr).toContain('UPS 2026 : ce fichier ne listait que certains jours fériés de UPS');
  });

  it("a file in today's format says nothing", () => {
    const r = runCli(['promise', 'today.json', '--at', '2026-12-24T10:00', '--to', '10001', '--json'], dir);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
  });
});

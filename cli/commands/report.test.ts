import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGeo } from '../../shared/geo/index';
import { sampleSettings } from '../../shared/catalog/sample';
import { scenarioJson } from '../../shared/report/exports';
import { createContext } from '../context';
import { runCli } from '../main';
import { DEFAULT_REPORT_DEPS, reportCommand } from './report';
import { findChromium } from '../chromium';
import { loadSettingsFile } from '../loadSettings';
import { simulateWindow } from '../../shared/engine/simulateWindow';
import { metricsCsv } from '../../shared/report/exports';
import { translator } from '../../shared/report/format';

const geo = loadGeo();
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-cli-report-'));
  fs.writeFileSync(path.join(dir, 'plan.json'), scenarioJson(sampleSettings()));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const pinned = { ...DEFAULT_REPORT_DEPS, now: () => new Date('2026-06-10T14:05:00Z') };

describe('shipweek report', () => {
  it('writes the HTML report in the chosen language and refuses to overwrite without --force', () => {
    const ctx = createContext('fr', dir);
    const r = reportCommand(ctx, geo, { file: 'plan.json', format: 'html', out: 'r.html' }, pinned);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^r\.html : écrit \(\d+ octets\)/);
    const html = fs.readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('10 juin 2026');
    expect(reportCommand(ctx, geo, { file: 'plan.json', format: 'html', out: 'r.html' }, pinned)).toMatchObject({
      exitCode: 2,
      stderr: 'r.html : le fichier existe ; ajoutez --force pour le remplacer\n',
    });
    expect(
      reportCommand(ctx, geo, { file: 'plan.json', format: 'html', out: 'r.html', force: true }, pinned).exitCode,
    ).toBe(0);
  });

  it('writes each CSV export and the settings JSON, and explains bad options with exit 2', () => {
    const ctx = createContext('en', dir);
    for (const kind of ['schedule', 'coverageZip3', 'coverageState', 'metrics']) {
      expect(
        reportCommand(ctx, geo, { file: 'plan.json', format: 'csv', csv: kind, out: `${kind}.csv` }, pinned).exitCode,
      ).toBe(0);
    }
    expect(fs.readFileSync(path.join(dir, 'metrics.csv'), 'utf8')).toContain('speed.standard.le2,');
    expect(reportCommand(ctx, geo, { file: 'plan.json', format: 'json', out: 'copy.json' }, pinned).exitCode).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'copy.json'), 'utf8')).toBe(scenarioJson(sampleSettings()));
    expect(reportCommand(ctx, geo, { file: 'plan.json', format: 'docx', out: 'x' }, pinned).stderr).toBe(
      '--format must be html, csv, json or pdf (got "docx")\n',
    );
    expect(reportCommand(ctx, geo, { file: 'plan.json', format: 'html' }, pinned).exitCode).toBe(2);
    expect(
      reportCommand(ctx, geo, { file: 'plan.json', format: 'csv', csv: 'zips', out: 'x.csv' }, pinned).stderr,
    ).toContain('--csv must be one of schedule, coverageZip3, coverageState, metrics');
    expect(
      reportCommand(ctx, geo, { file: 'plan.json', format: 'html', out: 'r.html', policy: 'nope' }, pinned).exitCode,
    ).toBe(2);
    expect(reportCommand(ctx, geo, { file: 'missing.json', format: 'html', out: 'r.html' }, pinned).stderr).toBe(
      'missing.json: file not found\n',
    );
    expect(
      reportCommand(ctx, geo, { file: 'plan.json', format: 'html', out: 'no/such/dir.html' }, pinned).exitCode,
    ).toBe(2);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says clearly that a PDF needs a Chromium when none is installed (exit 2, nothing written)', () => {
    const ctx = createContext('en', dir);
    const r = reportCommand(
      ctx,
      geo,
      { file: 'plan.json', format: 'pdf', out: 'r.pdf' },
      { ...pinned, findChromium: () => null },
    );
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('no Chromium found for --format pdf');
    expect(fs.existsSync(path.join(dir, 'r.pdf'))).toBe(false);
  });

  it.runIf(findChromium() !== null)('prints a PDF with the system Chromium', async () => {
    const r = runCli(['report', 'plan.json', '--format', 'pdf', '--out', 'r.pdf'], dir);
    expect(r.pending).toBeDefined();
    const done = await r.pending!;
    expect(done.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'r.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('runs from bin/shipweek.mjs (help lists the command; bad input exits 2)', () => {
    const bin = path.resolve(__dirname, '../../bin/shipweek.mjs');
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('report <file> --format html|csv|json|pdf --out <path>');
    const bad = spawnSync(process.execPath, [bin, 'report', 'plan.json', '--format', 'pdf'], {
      encoding: 'utf8',
      cwd: dir,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--out <path> is required');
  });
});

describe('report --week', () => {
  it('reports on a real week (its holidays apply) and refuses a week that does not start on a Monday', () => {
    // Uses the suite's temp folder (removed after each test) rather than a second one of its own.
    const { join } = path;
    const readFileSync = (f: string) => fs.readFileSync(f, 'utf8');
    const sample = join(process.cwd(), 'resources/samples/sample-columbus.json');
    expect(
      runCli(['report', sample, '--format', 'csv', '--csv', 'metrics', '--out', join(dir, 'typical.csv')], dir)
        .exitCode,
    ).toBe(0);
    expect(
      runCli(
        [
          'report',
          sample,
          '--format',
          'csv',
          '--csv',
          'metrics',
          '--week',
          '2026-11-23',
          '--out',
          join(dir, 'thanksgiving.csv'),
        ],
        dir,
      ).exitCode,
    ).toBe(0);
    expect(readFileSync(join(dir, 'thanksgiving.csv'))).not.toBe(readFileSync(join(dir, 'typical.csv')));
    const bad = runCli(['report', sample, '--format', 'csv', '--week', '2026-11-24', '--out', join(dir, 'x.csv')], dir);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('2026-11-24');
  });

  it('reports on weeks judged together or a date range, as shipweek simulate and the app export them', () => {
    const sample = path.join(process.cwd(), 'resources/samples/sample-columbus.json');
    const settings = loadSettingsFile(createContext('en', dir), sample, geo, false);
    if (!settings.ok) throw new Error('sample did not load');
    const tr = translator('en');
    const run = (extra: string[], out: string) =>
      runCli(['report', sample, '--format', 'csv', '--csv', 'metrics', ...extra, '--out', path.join(dir, out)], dir);
    const read = (out: string) => fs.readFileSync(path.join(dir, out), 'utf8');

    expect(run(['--from', '2026-11-25', '--to', '2026-12-01'], 'range.csv').exitCode).toBe(0);
    const range = simulateWindow(settings.settings, geo, {
      range: { from: '2026-11-25', to: '2026-12-01' },
      destinations: 'auto',
    });
    expect(read('range.csv')).toBe(metricsCsv(range, tr));
    expect(read('range.csv')).toContain('2026-11-25/2026-12-01');

    expect(run(['--week', '2026-11-22', '--weeks', '2'], 'two.csv').exitCode).toBe(0);
    const two = simulateWindow(settings.settings, geo, { weekStart: '2026-11-22', weeks: 2, destinations: 'auto' });
    expect(read('two.csv')).toBe(metricsCsv(two, tr));
    // The three periods differ, so the options really reach the engine.
    expect(read('two.csv')).not.toBe(read('range.csv'));

    const backwards = run(['--from', '2026-12-01', '--to', '2026-11-25'], 'bad.csv');
    expect(backwards.exitCode).toBe(2);
    expect(backwards.stderr).toContain('2026-11-25');
    const both = run(['--week', '2026-11-22', '--from', '2026-11-25', '--to', '2026-12-01'], 'bad.csv');
    expect(both.exitCode).toBe(2);
    expect(fs.existsSync(path.join(dir, 'bad.csv'))).toBe(false);
  });
});

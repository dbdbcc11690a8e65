import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import type { OpenedWorkspace } from '../db/workspace';
import type { Services } from '.';
import { exportFileName } from './exportService';
import { writeFileAtomic } from './atomicWrite';
import { AppError } from '../../../shared/ipc/result';
import { parseSettings } from '../../../shared/domain/parseSettings';
import { loadGeo } from '../../../shared/geo';
import { simulateWindow } from '../../../shared/engine/simulateWindow';
import { dumpDatabase } from '../../../test/support/dbDump';

let dir: string;
let ws: OpenedWorkspace;
let svc: Services;
let sid: number;
const now = () => new Date('2026-06-10T14:05:00Z');
let tw: TempWorkspace;
beforeEach(() => {
  tw = openTempWorkspace('exp', { now, version: '0.1.0', subfolder: true });
  ({ dir, ws, svc, sid } = tw);
});
afterEach(() => tw.close());

describe('export service', () => {
  it('writes the report from the SAVED scenario: an edit changes the exported numbers', () => {
    const target = path.join(dir, 'report.html');
    svc.exports.writeReportHtml(sid, 'en', target);
    const before = fs.readFileSync(target, 'utf8');
    expect(before).toContain('Sample — Columbus, OH');
    expect(before).toContain('data-verdict="fail"');
    const doc = svc.scenarios.get(sid);
    const s = structuredClone(doc.settings);
    s.warehouses[0]!.operatingDays = ['mon', 'tue', 'wed', 'thu', 'fri'];
    delete s.warehouses[0]!.cutoffs.sat;
    svc.scenarios.save(sid, doc.revision, s);
    svc.exports.writeReportHtml(sid, 'fr', target);
    const after = fs.readFileSync(target, 'utf8');
    expect(after).toContain('<html lang="fr">');
    expect(after).toMatch(/data-check="operation\.sixDays">.*?Échec/);
  });

  it('reports on the week asked for: Thanksgiving week has its own figures and says so', async () => {
    const typical = svc.exports.reportHtml(sid, 'en');
    let printed = '';
    await svc.exports.writeReportPdf(
      sid,
      'en',
      path.join(dir, 'w.pdf'),
      async (html) => {
        printed = html;
        return new TextEncoder().encode('%PDF-1.7 fake for this unit test');
      },
      undefined,
      '2026-11-23',
    );
    expect(typical).toContain('A typical week (no holidays or closures)');
    expect(printed).toContain(
      'Mon 23 Nov – Sun 29 Nov 2026 (Monday–Sunday week, not Amazon’s Sunday–Saturday) (with its holidays and closures)',
    );
    const le2 = (html: string) => html.match(/data-check="speed\.standard\.le2">.*?(\d+(?:\.\d)?%)/s)?.[1];
    expect(le2(typical)).toBeDefined();
    expect(le2(printed)).toBeDefined();
    expect(le2(printed)).not.toBe(le2(typical));
    const csv = (weekStart?: string) => svc.exports.csv(sid, 'metrics', 'en', weekStart);
    expect(csv('2026-11-23')).not.toBe(csv());
  });

  it('exports over a window of weeks with the CLI’s simulateWindow, and the report and the metrics CSV name the window', async () => {
    let printed = '';
    await svc.exports.writeReportPdf(
      sid,
      'en',
      path.join(dir, 'win.pdf'),
      async (html) => {
        printed = html;
        return new TextEncoder().encode('%PDF-1.7 fake for this unit test');
      },
      undefined,
      '2026-11-23',
      { weeks: 2 },
    );
    expect(printed).toContain(
      'Mon 23 Nov – Sun 6 Dec 2026 (2 Monday–Sunday weeks, not Amazon’s Sunday–Saturday), judged together',
    );
    expect(printed).toContain('data-week="2026-11-23/2026-12-06"');
    const csv = svc.exports.csv(sid, 'metrics', 'fr', '2026-11-23', 2);
    const first = csv.split(/\r?\n/)[1]!;
    expect(first).toContain('2026-11-23/2026-12-06');
    expect(first).toContain(
      'lun. 23 nov. – dim. 6 déc. 2026 (2 semaines du lundi au dimanche, pas celles d’Amazon du dimanche au samedi)',
    );
    // The same figure as `shipweek simulate --week 2026-11-23 --weeks 2` (one implementation).
    const expected = simulateWindow(svc.scenarios.get(sid).settings, loadGeo(), { weekStart: '2026-11-23', weeks: 2 })
      .tiers.standard.le2;
    const row = csv.split(/\r?\n/).find((l) => l.startsWith('speed.standard.le2'))!;
    expect(Number(row.split(/[;,]/)[2])).toBeCloseTo(expected, 6);
    // One week stays that week; the typical week ignores a window.
    expect(svc.exports.csv(sid, 'metrics', 'en', '2026-11-23', 1)).toBe(
      svc.exports.csv(sid, 'metrics', 'en', '2026-11-23'),
    );
  });

  it('exports over a date range week by week (progress, Cancel) with simulateWindow({ range }), and the files name the range', async () => {
    const range = { from: '2026-11-25', to: '2026-12-01' };
    const expected = simulateWindow(svc.scenarios.get(sid).settings, loadGeo(), { range });
    const steps: string[] = [];
    const target = path.join(dir, 'range.csv');
    const written = await svc.exports.exportCsv(sid, 'metrics', 'en', target, {
      range,
      watch: { onWeekDone: (done, total) => steps.push(`${done}/${total}`) },
    });
    expect(written).toMatchObject({ path: target });
    // Wednesday to Tuesday touches two Sunday–Saturday weeks: two steps, each a chance to stop.
    expect(steps).toEqual(['1/2', '2/2']);
    const rows = fs
      .readFileSync(target, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(rows[1]).toContain('simulatedWeek,Simulated week,2026-11-25/2026-12-01,');
    expect(rows[1]).toContain('Wed 25 Nov – Tue 1 Dec 2026');
    for (const [key, value] of [
      ['speed.standard.le2', expected.tiers.standard.le2],
      ['speed.standard.le1', expected.tiers.standard.le1],
    ] as const) {
      const row = rows.find((l) => l.startsWith(`${key},`))!;
      expect(Number(row.split(',')[2]), key).toBeCloseTo(value, 6);
    }
    // The range changes the figures compared with its first week alone (else this test proves little).
    const firstWeek = simulateWindow(svc.scenarios.get(sid).settings, loadGeo(), { weekStart: '2026-11-22', weeks: 1 });
    expect(expected.tiers.standard.le2).not.toBeCloseTo(firstWeek.tiers.standard.le2, 6);

    let printed = '';
    const pdf = await svc.exports.exportReportPdf(
      sid,
      'fr',
      path.join(dir, 'range.pdf'),
      async (html) => {
        printed = html;
        return new TextEncoder().encode('%PDF-1.7 fake for this unit test');
      },
      { extras: { range } },
    );
    expect(pdf).toMatchObject({ path: path.join(dir, 'range.pdf') });
    expect(printed).toContain('data-week="2026-11-25/2026-12-01"');
    expect(printed).toContain('mer. 25 nov. – mar. 1 déc. 2026');

    // Cancel asked after the first week of the range: no file.
    const stopped = path.join(dir, 'stopped.csv');
    let weeksSeen = 0;
    const r = await svc.exports.exportCsv(sid, 'metrics', 'en', stopped, {
      range,
      watch: { onWeekDone: () => weeksSeen++, isCancelled: () => weeksSeen >= 1 },
    });
    expect(r).toEqual({ cancelled: true });
    expect(weeksSeen).toBe(1);
    expect(fs.existsSync(stopped)).toBe(false);
  });

  it('passes the report HTML to the PDF printer and writes its bytes atomically', async () => {
    let printed = '';
    const target = path.join(dir, 'r.pdf');
    const out = await svc.exports.writeReportPdf(sid, 'en', target, async (html) => {
      printed = html;
      return new TextEncoder().encode('%PDF-1.7 fake for this unit test');
    });
    expect(printed.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(fs.readFileSync(target, 'latin1').startsWith('%PDF')).toBe(true);
    expect(out.bytes).toBe(fs.statSync(target).size);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exports CSVs and a JSON that imports back, and never changes the database', () => {
    const before = dumpDatabase(ws.db);
    for (const kind of ['schedule', 'coverageZip3', 'coverageState', 'metrics'] as const) {
      const target = path.join(dir, `${kind}.csv`);
      svc.exports.writeCsv(sid, kind, 'en', target);
      expect(fs.readFileSync(target, 'utf8').startsWith('\uFEFF')).toBe(true);
    }
    svc.exports.writeScenarioJson(sid, path.join(dir, 's.json'));
    const back = parseSettings(fs.readFileSync(path.join(dir, 's.json'), 'utf8'), 's.json', { geo: loadGeo() });
    expect(back.ok && back.settings).toEqual(svc.scenarios.get(sid).settings);
    expect(dumpDatabase(ws.db)).toBe(before);
  });

  it('refuses an unknown policy, an unknown scenario and an unwritable target with clear errors', async () => {
    expect(() => svc.exports.reportHtml(sid, 'en', 'no-such-policy')).toThrow(AppError);
    expect(() => svc.exports.writeCsv(999, 'metrics', 'en', path.join(dir, 'x.csv'))).toThrow(/does not exist/);
    try {
      svc.exports.writeScenarioJson(sid, path.join(dir, 'no', 'such', 'dir.json'));
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).extra).toMatchObject({
        key: 'reports.error.cannotWrite',
        params: { file: 'dir.json', code: 'ENOENT' },
      });
    }
  });

  it('suggests file names that every OS accepts', () => {
    expect(exportFileName('Sample — Columbus, OH', 'report', '2026-06-10', 'pdf')).toBe(
      'Sample — Columbus, OH - report - 2026-06-10.pdf',
    );
    expect(exportFileName('a/b:c*?"<>|', 'metrics', '2026-06-10', 'csv')).toBe(
      'a_b_c______ - metrics - 2026-06-10.csv',
    );
    expect(svc.exports.defaultName(sid, 'report', 'pdf')).toBe('Sample — Columbus, OH - report - 2026-06-10.pdf');
    // Long names are cut by whole characters and kept well under the 255-byte file-name limit.
    const emoji = exportFileName(`a${'😀'.repeat(60)}`, 'report', '2026-06-10', 'pdf');
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const cjk = exportFileName('倉'.repeat(80), 'report', '2026-06-10', 'pdf');
    expect(Buffer.byteLength(cjk)).toBeLessThan(200);
    expect(cjk.startsWith('倉'.repeat(50))).toBe(true);
  });

  it('writes a file whose name is long in bytes (no over-long temp file name)', () => {
    const target = path.join(dir, exportFileName('倉'.repeat(80), 'scenario', '2026-06-10', 'json'));
    writeFileAtomic(target, '{}');
    expect(fs.readFileSync(target, 'utf8')).toBe('{}');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

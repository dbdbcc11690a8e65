import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import { dumpDatabase } from '../../../test/support/dbDump';
import { loadGeo } from '../../../shared/geo';
import { simulateWindow } from '../../../shared/engine/simulateWindow';
import { createHandlers, dispatch, type HandlerTable } from './handlers';
import { EXPORT_CANCELLED } from '../services/exportService';
import { importTransitFileWatched, TRANSIT_IMPORT_CANCELLED } from '../services/transitFiles';

/*
 * The exports over a window of weeks and the carrier transit imports are long calls the page can
 * watch (task:progress) and stop (task:cancel). What is counted here is work — weeks simulated,
 * chunks read — never time: a stop after k weeks simulates k weeks and writes no file; a stop after k
 * chunks of a transit file leaves the workspace as it was.
 */

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/transit');
const TASK = 'test-task-0001';
let tw: TempWorkspace;
let handlers: HandlerTable;
let nextFile: string | null;
let exportsDir: string;
beforeEach(() => {
  tw = openTempWorkspace('long-calls', { subfolder: true, version: '1' });
  nextFile = null;
  exportsDir = path.join(tw.dir, 'exports');
  fs.mkdirSync(exportsDir);
  handlers = createHandlers({
    ...tw.svc,
    startup: tw.ws.report,
    version: '1',
    dataDir: tw.dataDir,
    chooseSavePath: async ({ defaultName }) => path.join(exportsDir, defaultName),
    chooseOpenPath: async () => nextFile,
    // The PDF's bytes are the HTML's: what is checked here is when (and whether) a file is written.
    printToPdf: async (html) => new TextEncoder().encode(html),
  });
});
afterEach(() => tw.close());
const quiet = () => undefined;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A USPS national file of `mib` MiB: other origins' rows (skipped), then the plan origin's. */
function bigUspsFile(mib: number): string {
  const fixture = fs.readFileSync(path.join(FIXTURES, 'usps-service-standards.txt'), 'utf8').split('\n');
  const [header, ...own] = fixture;
  const zip3s = loadGeo().zip3s.map((z) => z.zip3);
  const rows: string[] = [header!];
  let bytes = 0;
  for (let i = 0; bytes < mib * 1024 * 1024; i++) {
    const origin = zip3s[i % zip3s.length] === '432' ? '433' : zip3s[i % zip3s.length];
    const row = `${origin}|${zip3s[(i * 7) % zip3s.length]}|Priority Mail|${1 + (i % 4)}`;
    rows.push(row);
    bytes += row.length + 1;
  }
  const file = path.join(tw.dir, 'usps-national.txt');
  fs.writeFileSync(file, [...rows, ...own].join('\n'));
  return file;
}

describe('exports over a window of weeks: progress by week, and a stop that writes nothing', () => {
  it('a stop after k weeks simulates k of 13 weeks and leaves no file (report PDF and CSV)', async () => {
    for (const stopAfter of [1, 5]) {
      let weeks = 0;
      let stop = false;
      const watch = {
        onWeekDone: (done: number, total: number) => {
          weeks = done;
          expect(total).toBe(13);
          if (done === stopAfter) stop = true;
        },
        isCancelled: () => stop,
      };
      const pdfTarget = path.join(exportsDir, `report-${stopAfter}.pdf`);
      let printed = 0;
      const pdf = await tw.svc.exports.exportReportPdf(
        tw.sid,
        'en',
        pdfTarget,
        async (html) => {
          printed++;
          return new TextEncoder().encode(html);
        },
        { weekStart: '2026-11-23', extras: { weeks: 13 }, watch },
      );
      expect(pdf).toBe(EXPORT_CANCELLED);
      expect(weeks).toBe(stopAfter);
      expect(printed).toBe(0);

      weeks = 0;
      stop = false;
      const csv = await tw.svc.exports.exportCsv(tw.sid, 'metrics', 'fr', path.join(exportsDir, 'metrics.csv'), {
        weekStart: '2026-11-23',
        weeks: 13,
        watch,
      });
      expect(csv).toBe(EXPORT_CANCELLED);
      expect(weeks).toBe(stopAfter);
    }
    // Not even a temporary file: the atomic write never started.
    expect(fs.readdirSync(exportsDir)).toEqual([]);
  });

  it('a stop asked while the PDF is printed still writes nothing', async () => {
    let stop = false;
    const target = path.join(exportsDir, 'report.pdf');
    const r = await tw.svc.exports.exportReportPdf(
      tw.sid,
      'en',
      target,
      async (html) => {
        stop = true;
        return new TextEncoder().encode(html);
      },
      { weekStart: '2026-11-23', extras: { weeks: 2 }, watch: { isCancelled: () => stop } },
    );
    expect(r).toBe(EXPORT_CANCELLED);
    expect(fs.readdirSync(exportsDir)).toEqual([]);
  });

  it('left to finish, the watched CSV is the one simulateWindow gives, and reports every week', async () => {
    const seen: number[] = [];
    const target = path.join(exportsDir, 'metrics.csv');
    const r = await tw.svc.exports.exportCsv(tw.sid, 'metrics', 'en', target, {
      weekStart: '2026-11-23',
      weeks: 4,
      watch: { onWeekDone: (done) => seen.push(done) },
    });
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(r).toEqual({ path: target, bytes: fs.statSync(target).size });
    const window = simulateWindow(tw.svc.scenarios.get(tw.sid).settings, loadGeo(), {
      weekStart: '2026-11-23',
      weeks: 4,
    });
    const le2 = fs
      .readFileSync(target, 'utf8')
      .split('\r\n')
      .find((row) => row.startsWith('tier.standard.le2,'))!;
    expect(Number(le2.split(',')[2])).toBeCloseTo(window.tiers.standard.le2, 6);
    expect(fs.readFileSync(target, 'utf8')).toBe(tw.svc.exports.csv(tw.sid, 'metrics', 'en', '2026-11-23', 4));
  });

  it('through dispatch: task:progress counts the weeks, task:cancel stops the export, the answer says so', async () => {
    const running = dispatch(
      handlers,
      'export:csv',
      { scenarioId: tw.sid, kind: 'metrics', lang: 'en', weekStart: '2026-11-23', weeks: 13, taskId: TASK },
      quiet,
    );
    // Ask how far it is between weeks (main's event loop gets a turn after each) until 2 are done.
    let progress = await dispatch(handlers, 'task:progress', { taskId: TASK });
    let asked = 0;
    while (!(progress.ok && ((progress.value as { weeksDone?: number }).weeksDone ?? 0) >= 2)) {
      expect(++asked).toBeLessThan(10_000);
      await nextTurn();
      progress = await dispatch(handlers, 'task:progress', { taskId: TASK });
    }
    expect(progress).toMatchObject({ ok: true, value: { state: 'running', weeksTotal: 13 } });
    expect(await dispatch(handlers, 'task:cancel', { taskId: TASK })).toEqual({
      ok: true,
      value: { cancelling: true },
    });
    expect(await running).toEqual({ ok: true, value: { saved: false, path: null, bytes: 0, cancelled: true } });
    const after = await dispatch(handlers, 'task:progress', { taskId: TASK });
    expect(after).toMatchObject({ ok: true, value: { state: 'cancelled', weeksTotal: 13 } });
    // Stopped between weeks: fewer than 13 were simulated.
    expect((after as { value: { weeksDone: number } }).value.weeksDone).toBeLessThan(13);
    expect(fs.readdirSync(exportsDir)).toEqual([]);

    // The same call left alone writes its file.
    const done = await dispatch(
      handlers,
      'export:reportPdf',
      { scenarioId: tw.sid, lang: 'en', weekStart: '2026-11-23', weeks: 3, taskId: 'test-task-0002' },
      quiet,
    );
    expect(done).toMatchObject({ ok: true, value: { saved: true } });
    expect(await dispatch(handlers, 'task:progress', { taskId: 'test-task-0002' })).toMatchObject({
      ok: true,
      value: { state: 'finished', weeksDone: 3, weeksTotal: 3 },
    });
    expect(fs.readdirSync(exportsDir)).toHaveLength(1);
  });

  it('a cancel sent before the export starts (the save dialog still open) stops it at once', async () => {
    await dispatch(handlers, 'task:cancel', { taskId: TASK });
    expect(
      await dispatch(
        handlers,
        'export:reportPdf',
        { scenarioId: tw.sid, lang: 'fr', weekStart: '2026-11-23', weeks: 13, taskId: TASK },
        quiet,
      ),
    ).toEqual({ ok: true, value: { saved: false, path: null, bytes: 0, cancelled: true } });
    expect(fs.readdirSync(exportsDir)).toEqual([]);
  });
});

describe('USPS and UPS transit imports: progress by bytes, and a stop that changes nothing', () => {
  it('a stop after k MiB of a USPS national file reads k chunks and leaves the workspace unchanged', async () => {
    const file = bigUspsFile(4);
    const size = fs.statSync(file).size;
    const before = dumpDatabase(tw.ws.db);
    for (const stopAfter of [1, 3]) {
      const reads: number[] = [];
      const r = await importTransitFileWatched(tw.svc.scenarios, loadGeo(), tw.sid, file, 'usps-standards', {
        onProgress: (bytesRead, totalBytes) => {
          reads.push(bytesRead);
          expect(totalBytes).toBe(size);
        },
        isCancelled: () => reads.length >= stopAfter,
      });
      expect(r).toBe(TRANSIT_IMPORT_CANCELLED);
      expect(reads).toEqual(Array.from({ length: stopAfter }, (_, i) => (i + 1) * 1024 * 1024));
      expect(dumpDatabase(tw.ws.db)).toEqual(before);
    }
    // Left to finish, the same file imports the plan origin's rows.
    const reads: number[] = [];
    const done = await importTransitFileWatched(tw.svc.scenarios, loadGeo(), tw.sid, file, 'usps-standards', {
      onProgress: (bytesRead) => reads.push(bytesRead),
    });
    expect(reads.at(-1)).toBe(size);
    expect(reads).toHaveLength(Math.ceil(size / (1024 * 1024)));
    expect(done).toMatchObject({ kind: 'usps-standards', added: 5, zip3: 5 });
  });

  it('through dispatch: the USPS and UPS imports answer task:progress in bytes, and task:cancel changes nothing', async () => {
    nextFile = bigUspsFile(3);
    const before = dumpDatabase(tw.ws.db);
    const running = dispatch(
      handlers,
      'import:carrierTransit',
      { scenarioId: tw.sid, kind: 'usps-standards', taskId: TASK },
      quiet,
    );
    let progress = await dispatch(handlers, 'task:progress', { taskId: TASK });
    let asked = 0;
    while (!(progress.ok && (progress.value as { bytesRead: number }).bytesRead > 0)) {
      expect(++asked).toBeLessThan(10_000);
      await nextTurn();
      progress = await dispatch(handlers, 'task:progress', { taskId: TASK });
    }
    expect(progress).toMatchObject({
      ok: true,
      value: { state: 'running', totalBytes: fs.statSync(nextFile).size },
    });
    await dispatch(handlers, 'task:cancel', { taskId: TASK });
    expect(await running).toEqual({ ok: true, value: { imported: false, cancelled: true, summary: null } });
    expect(dumpDatabase(tw.ws.db)).toEqual(before);

    // UPS: a cancel sent while the file was still being uploaded stops it before it reads a byte.
    nextFile = path.join(FIXTURES, 'ups-time-in-transit.json');
    await dispatch(handlers, 'task:cancel', { taskId: 'test-task-ups1' });
    expect(
      await dispatch(
        handlers,
        'import:carrierTransit',
        { scenarioId: tw.sid, kind: 'ups-tnt', taskId: 'test-task-ups1' },
        quiet,
      ),
    ).toEqual({ ok: true, value: { imported: false, cancelled: true, summary: null } });
    expect(dumpDatabase(tw.ws.db)).toEqual(before);
    // Left alone, it imports and its progress ends at the file's size.
    const ups = await dispatch(
      handlers,
      'import:carrierTransit',
      { scenarioId: tw.sid, kind: 'ups-tnt', taskId: 'test-task-ups2' },
      quiet,
    );
    expect(ups).toMatchObject({ ok: true, value: { imported: true, summary: { kind: 'ups-tnt', zip5: 6 } } });
    const size = fs.statSync(nextFile).size;
    expect(await dispatch(handlers, 'task:progress', { taskId: 'test-task-ups2' })).toEqual({
      ok: true,
      value: { state: 'finished', bytesRead: size, totalBytes: size },
    });
  });
});

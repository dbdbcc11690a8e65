import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGeo } from '../../shared/geo';
import { toImportError, type ImportError } from '../../shared/imports/framework';
import { parseTransitCsv } from '../../shared/imports/transitCsv';
import { parseWeightsCsv } from '../../shared/imports/weightsCsv';
import { parseLabelCostCsv } from '../../shared/imports/labelCostCsv';
import { parseSpreadCsv } from '../../shared/eligibility/spreadCsv';
import { readOrderReport } from '../../shared/orders/orderReport';
import { parseUspsStandards } from '../../shared/transit/uspsStandards';
import { parseUpsTimeInTransit } from '../../shared/transit/upsTimeInTransit';
import { readReturnsReport } from '../../shared/returns/returnsReport';
import { AppError } from '../../shared/ipc/result';
import { importTransitFileInto } from '../../electron/main/services/transitFiles';
import { openTempWorkspace, type TempWorkspace } from '../support/tempWorkspace';
import { dumpDatabase } from '../support/dbDump';
import { recordFigure } from './support';

/**
 * The one fuzz harness of the import framework: every import format's parser gets its own valid file
 * mutated at random (cells replaced by hostile ones, characters inserted and deleted, lines repeated
 * or dropped, BOM and line ends changed, truncation) plus random text. Each parse must return — never
 * throw — and a refusal must be errors in the framework's one shape that carry nothing importable.
 * Then the app's import services get a share of the same inputs as files on disk: a refusal is an
 * AppError and the database dump is byte-for-byte what it was.
 */

const geo = loadGeo();
const SEED = Number(process.env['RELIABILITY_SEED'] ?? Date.now() % 2 ** 31);
const RUNS_PER_FORMAT = Number(process.env['IMPORT_FUZZ_RUNS'] ?? 400);
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

const FORMULAS = ["=cmd|' /C calc'!A0", '+1+1', '-A1', '@SUM(A1:A2)', '=HYPERLINK("http://x.example","x")'];
const HOSTILE_CELLS = [
  ...FORMULAS,
  '',
  ' ',
  '"',
  '""',
  '"open',
  '-1',
  '1e999',
  'NaN',
  '0',
  '99',
  '00000',
  '4321',
  '\u0000',
  '\uFEFF',
  'x'.repeat(300),
  '\t',
  ',',
  '|',
  'é',
];

/** A parse reduced to what the harness checks: accepted, or refused with errors in their shapes. */
type ReaderError = Parameters<typeof toImportError>[0];
type Outcome = { ok: true } | { ok: false; errors: ReaderError[]; carriesData: boolean };

interface Format {
  id: string;
  valid: string;
  parse: (text: string) => Outcome;
}

const refusal = (r: { ok: boolean; errors?: ReaderError[] }, dataKeys: string[]): Outcome =>
  r.ok ? { ok: true } : { ok: false, errors: r.errors ?? [], carriesData: dataKeys.some((k) => k in r) };

function drain<T, R>(gen: Generator<T, R, undefined>): R {
  for (;;) {
    const next = gen.next();
    if (next.done) return next.value;
  }
}

const ORDER_HEADER = 'amazon-order-id\tpurchase-date\tship-postal-code\tis-prime\tpromise-date\tship-service-level';
const FORMATS: Format[] = [
  {
    id: 'transit CSV',
    valid: 'dest,service,business_days\n432,UPS Ground,1\n90001,fedex-2day,2\n10001,Priority Mail,3\n',
    parse: (t) => refusal(parseTransitCsv(t, { geo }), ['overrides']),
  },
  {
    id: 'destination weights CSV',
    valid: 'zip,weight\n432,120\n90001,35.5\n10001,7\n',
    parse: (t) => refusal(parseWeightsCsv(t, { geo }), ['weights']),
  },
  {
    id: 'label-cost CSV',
    valid: 'service,zone,tier,usd\nups-ground,5,standard,13.50\nfedex-2day,2,oversize,$40\n',
    parse: (t) => refusal(parseLabelCostCsv(t), ['rates']),
  },
  {
    id: 'transit-spread CSV',
    valid: 'service,zone,days,share\nups-ground,5,3,0.95\nups-ground,5,4,0.05\n',
    parse: (t) => refusal(parseSpreadCsv(t), ['spreads']),
  },
  {
    id: 'Amazon order report',
    valid: `${ORDER_HEADER}\n111-1\t2026-06-12T15:30:00-04:00\t10001\ttrue\t2026-06-15T20:00:00-04:00\tStandard\n111-2\t2026-06-13T09:00:00Z\t90001-1234\tfalse\t\tExpedited\n`,
    parse: (t) => refusal(drain(readOrderReport([t], { geo })), ['summary']),
  },
  {
    id: 'USPS service standards',
    valid: fs.readFileSync(path.join(FIXTURES, 'transit/usps-service-standards.txt'), 'utf8'),
    parse: (t) => refusal(parseUspsStandards(t, { origins: ['432'], geo }), ['overrides']),
  },
  {
    id: 'UPS Time in Transit',
    valid: fs.readFileSync(path.join(FIXTURES, 'transit/ups-time-in-transit.json'), 'utf8'),
    parse: (t) => refusal(parseUpsTimeInTransit(t, { geo }), ['overrides']),
  },
  {
    id: 'Amazon returns report',
    valid: fs.readFileSync(path.join(FIXTURES, 'returns/returns-report-2026-11.txt'), 'utf8'),
    parse: (t) => refusal(readReturnsReport([t], { timeZone: 'America/New_York' }), ['entries']),
  },
];

/** Mutations of a valid file: what a spreadsheet, an editor or a broken download does to one. */
function mutated(valid: string): fc.Arbitrary<string> {
  const lines = valid.split(/\r\n|\n/);
  const edit = fc.oneof(
    // A cell replaced by a hostile one.
    fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...HOSTILE_CELLS)).map(([l, c, v]) => (ls: string[]) => {
      if (ls.length === 0) return [v];
      const i = l % ls.length;
      const sep = ls[i]!.includes('\t') ? '\t' : ls[i]!.includes('|') ? '|' : ',';
      const cells = ls[i]!.split(sep);
      cells[c % cells.length] = v;
      ls[i] = cells.join(sep);
      return ls;
    }),
    // Characters inserted or deleted anywhere.
    fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.string({ maxLength: 6 })).map(([at, del, ins]) => (ls: string[]) => {
      const text = ls.join('\n');
      const p = at % (text.length + 1);
      return (text.slice(0, p) + ins + text.slice(p + del)).split('\n');
    }),
    // A line repeated, dropped or moved.
    fc.tuple(fc.nat(), fc.constantFrom('repeat', 'drop', 'toTop')).map(([l, how]) => (ls: string[]) => {
      if (ls.length === 0) return ls;
      const i = l % ls.length;
      const [line] = ls.splice(i, how === 'drop' ? 1 : 0);
      if (how === 'repeat' && i < ls.length) ls.splice(i, 0, ls[i]!, ls[i]!);
      if (how === 'toTop' && line !== undefined) ls.unshift(line);
      return ls;
    }),
    // Cut short.
    fc.nat().map((n) => (ls: string[]) => {
      const text = ls.join('\n');
      return text.slice(0, n % (text.length + 1)).split('\n');
    }),
  );
  return fc
    .record({
      edits: fc.array(edit, { minLength: 1, maxLength: 4 }),
      bom: fc.boolean(),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
    })
    .map(({ edits, bom, eol }) => (bom ? '\uFEFF' : '') + edits.reduce((ls, e) => e([...ls]), lines).join(eol));
}

const inputs = (valid: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: mutated(valid) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')) },
  );

/** Why an outcome breaks the contract, or null. */
function contractBroken(o: Outcome, text: string): string | null {
  if (o.ok) return null;
  if (o.carriesData) return 'a refusal carries importable data';
  if (o.errors.length === 0) return 'a refusal without an error';
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const raw of o.errors) {
    let e: ImportError;
    try {
      e = toImportError(raw);
    } catch (error) {
      return `error not in the one shape: ${String(error)}`;
    }
    if (!Number.isInteger(e.row) || e.row < 0 || e.row > lines) return `row ${e.row} outside the file (${lines} lines)`;
    if (typeof e.field !== 'string') return 'field is not a string';
    if (!/^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(e.messageKey) || e.code === '')
      return `message key ${JSON.stringify(e.messageKey)}`;
    if (typeof e.message !== 'string' || e.message.trim() === '' || e.message.length > 2000)
      return `message of ${e.message.length} chars`;
    if (e.message.includes('{{')) return `unfilled placeholder in ${JSON.stringify(e.message)}`;
  }
  return null;
}

const preview = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

describe('import framework fuzz: every format', () => {
  it(`parsers: ${RUNS_PER_FORMAT} random or mutated inputs per format never throw and refuse in the one error shape`, () => {
    console.log(`[reliability] import formats fuzz seed=${SEED}`);
    const problems: string[] = [];
    const tallies: string[] = [];
    let total = 0;
    for (const format of FORMATS) {
      expect(format.parse(format.valid), `${format.id}: its valid sample is accepted`).toEqual({ ok: true });
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(inputs(format.valid), (text) => {
          total++;
          let outcome: Outcome;
          try {
            outcome = format.parse(text);
          } catch (error) {
            problems.push(
              `${format.id} threw on ${preview(text)}: ${error instanceof Error ? error.message : String(error)}`,
            );
            return;
          }
          if (outcome.ok) accepted++;
          else refused++;
          const broken = contractBroken(outcome, text);
          if (broken) problems.push(`${format.id} ${preview(text)}: ${broken}`);
        }),
        { seed: SEED, numRuns: RUNS_PER_FORMAT },
      );
      tallies.push(`${format.id} ${accepted} accepted / ${refused} refused`);
    }
    console.log(`[reliability] import formats fuzz: ${tallies.join('; ')}`);
    recordFigure(
      'import framework fuzz (8 formats, parsers)',
      `${total} inputs, ${problems.length} crashes or malformed refusals`,
    );
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('import framework fuzz: the app services change nothing on a refusal', () => {
  let tw: TempWorkspace;
  beforeAll(() => {
    tw = openTempWorkspace('impfuzz', { subfolder: true });
  });
  afterAll(() => tw.close());

  /** The file-reading imports of the app, each given a file and a scenario. */
  const services: { id: string; valid: string; run: (file: string) => unknown }[] = [
    { id: 'transit CSV', valid: FORMATS[0]!.valid, run: (f) => tw.svc.imports.importTransitCsv(tw.sid, f) },
    {
      id: 'destination weights CSV',
      valid: FORMATS[1]!.valid,
      run: (f) => tw.svc.imports.importDestinationWeights(tw.sid, f),
    },
    {
      id: 'UPS Time in Transit',
      valid: FORMATS[6]!.valid,
      run: (f) => importTransitFileInto(tw.svc.scenarios, geo, tw.sid, f, 'ups-tnt'),
    },
    {
      id: 'USPS service standards',
      valid: FORMATS[5]!.valid,
      run: (f) => importTransitFileInto(tw.svc.scenarios, geo, tw.sid, f, 'usps-standards', '432'),
    },
    { id: 'Amazon returns report', valid: FORMATS[7]!.valid, run: (f) => tw.svc.returns.importReport(f, tw.sid) },
  ];
  const RUNS = Math.max(20, Math.round(RUNS_PER_FORMAT / 8));

  it(`${RUNS} mutated files per service: an AppError and the same database dump, or an import`, () => {
    const problems: string[] = [];
    let refusedUnchanged = 0;
    let imported = 0;
    for (const service of services) {
      const file = path.join(tw.dir, `fuzz-${service.id.replace(/\W+/g, '-')}.txt`);
      fc.assert(
        fc.property(mutated(service.valid), (text) => {
          fs.writeFileSync(file, text);
          const before = dumpDatabase(tw.ws.db);
          try {
            service.run(file);
            imported++;
          } catch (error) {
            if (!(error instanceof AppError)) {
              problems.push(
                `${service.id} threw ${error instanceof Error ? error.name : typeof error} on ${preview(text)}`,
              );
              return;
            }
            if (dumpDatabase(tw.ws.db) !== before)
              problems.push(`${service.id} refused ${preview(text)} but the database changed`);
            else refusedUnchanged++;
            for (const f of error.toShape().fields ?? []) {
              if (!f.key || !f.message) problems.push(`${service.id}: a field error without key or message`);
            }
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    }
    console.log(
      `[reliability] import services fuzz: ${refusedUnchanged} refused with the database unchanged, ${imported} imported`,
    );
    recordFigure(
      'import framework fuzz (app services)',
      `${refusedUnchanged + imported} files, ${refusedUnchanged} refused with the database unchanged, ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
    expect(refusedUnchanged).toBeGreaterThan(0);
  }, 300_000);
});

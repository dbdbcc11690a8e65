import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadGeo } from '../../shared/geo';
import type { ImportError } from '../../shared/imports/framework';
import { parseTransitCsv, TRANSIT_CSV_DEFAULTS, type TransitCsvResult } from '../../shared/imports/transitCsv';
import { parseWeightsCsv, type WeightsCsvResult } from '../../shared/imports/weightsCsv';
import { parseLabelCostCsv } from '../../shared/imports/labelCostCsv';
import { parseSpreadCsv } from '../../shared/eligibility/spreadCsv';
import { readOrderReport } from '../../shared/orders/orderReport';
import { createUspsStandardsReader, parseUspsStandards } from '../../shared/transit/uspsStandards';
import { parseUpsTimeInTransit } from '../../shared/transit/upsTimeInTransit';
import { readReturnsReport } from '../../shared/returns/returnsReport';
import { parseSettings, SETTINGS_MAX_BYTES, type ParseSettingsResult } from '../../shared/domain/parseSettings';
import { sampleSettings } from '../../shared/catalog/sample';
import { DestinationWeightsSchema } from '../../shared/domain/settings';
import { CATALOGUE } from '../../shared/i18n/catalogue';
import { AppError } from '../../shared/ipc/result';
import { importTransitFileInto } from '../../electron/main/services/transitFiles';
import { openTempWorkspace, type TempWorkspace } from '../support/tempWorkspace';
import { dumpDatabase } from '../support/dbDump';
import { recordFigure } from './support';

/**
 * The one fuzz harness of the imports: every file the app reads — each import format, and the
 * settings file — gets its own valid file mutated at random (cells replaced by hostile ones,
 * characters inserted and deleted, lines repeated or dropped, BOM and line ends changed, truncation),
 * random text, and for some formats a grammar of plausible and hostile cells plus hand-written nasty
 * files (huge rows, unterminated quotes, formulas, files just over their caps). Each parse must
 * return — never throw — and a refusal must be errors in the framework's one shape, each with a
 * catalogue key whose placeholders its parameters fill, that carry nothing importable. Then the app's
 * import services get a share of the same inputs as files on disk: a refusal is an AppError and the
 * database dump is byte-for-byte what it was. Inputs are counted, never timed: a parse that does not
 * return fails the test by its timeout.
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
type Outcome =
  { ok: true } | { ok: false; errors: ImportError[]; totalErrors: number | undefined; carriesData: boolean };

interface Format {
  id: string;
  valid: string;
  parse: (text: string) => Outcome;
  /** Hand-written hostile files, each parsed once. */
  nasties?: () => string[];
  /** A grammar of plausible and hostile cells, and how many of its files to parse. */
  grammar?: { files: fc.Arbitrary<string>; runs: number };
  /** What this format alone promises of its result (accepted or refused), or null. */
  check?: (text: string) => string | null;
  /** A streamed format read from chunks: its whole outcome, which must not depend on where they are cut. */
  streamed?: (chunks: string[]) => unknown;
}

const refusal = (r: { ok: boolean; errors?: ImportError[]; totalErrors?: number }, dataKeys: string[]): Outcome =>
  r.ok
    ? { ok: true }
    : { ok: false, errors: r.errors ?? [], totalErrors: r.totalErrors, carriesData: dataKeys.some((k) => k in r) };

function drain<T, R>(gen: Generator<T, R, undefined>): R {
  for (;;) {
    const next = gen.next();
    if (next.done) return next.value;
  }
}

// ---------- transit CSV: hand-written nasty files, a cell grammar and what a result must be ----------

const CSV_HEADER = 'dest,service,business_days';
const CSV_FORMULAS = [...FORMULAS, '-2+3', '\t=1', '=1+1'];

function transitNasties(): string[] {
  const row = (dest: string, service = 'UPS Ground', days = '2') => `${dest},${service},${days}`;
  const big = 'x'.repeat(3 * 1024 * 1024);
  return [
    '',
    '\uFEFF',
    CSV_HEADER,
    `\uFEFF${CSV_HEADER}\r\n${row('432')}\r\n`,
    `${CSV_HEADER}\r${row('432')}\r`,
    `${CSV_HEADER}\n"432,UPS Ground,2\n`,
    `${CSV_HEADER}\n"432"x,UPS Ground,2\n`,
    `${CSV_HEADER}\n"4""32",UPS Ground,2\n`,
    `${CSV_HEADER}\n${row('432')}\n${row('432', 'UPS Ground', '3')}\n`,
    `${CSV_HEADER}\n${row('4321')}\n`,
    `${CSV_HEADER}\n${row('000')}\n`,
    `${CSV_HEADER}\n${row('432', 'UPS Grnd')}\n`,
    `${CSV_HEADER}\n${row('432', 'Ground')}\n`,
    `${CSV_HEADER}\n${row('432', 'UPS Ground', '-1')}\n`,
    `${CSV_HEADER}\n${row('432', 'UPS Ground', '2.5')}\n`,
    `${CSV_HEADER}\n${row('432', 'UPS Ground', '99')}\n`,
    `${CSV_HEADER}\n${row('432', 'UPS Ground', '1e1')}\n`,
    `${CSV_HEADER},${CSV_HEADER}\n${row('432')}\n`,
    `dest;service;business_days\n432;UPS Ground;2\n`,
    ...CSV_FORMULAS.flatMap((f) => [
      `${CSV_HEADER}\n${row(f)}\n`,
      `${CSV_HEADER}\n${row('432', f)}\n`,
      `${CSV_HEADER}\n${row('432', 'UPS Ground', f)}\n`,
      `${f},service,business_days\n${row('432')}\n`,
    ]),
    `${CSV_HEADER}\n${row(big)}\n`,
    `${CSV_HEADER}\n432,"${big}",2\n`,
    `${CSV_HEADER}\n${row('432')}${','.repeat(100_000)}\n`,
    `${CSV_HEADER}\n${'"'.repeat(999_999)}\n`,
    `${CSV_HEADER}\n${'432,UPS Ground,2\n'.repeat(50_000)}`,
    `${CSV_HEADER}\n${Array.from({ length: 20_000 }, (_, i) => row(String(i % 1000).padStart(3, '0'), 'UPS Grnd', 'x')).join('\n')}\n`,
    // Under both caps (3.4 MB, 99,000 rows), every row a distinct unknown service: each one could cost
    // an edit-distance search for a suggestion, although only the first 20 errors are ever shown.
    `${CSV_HEADER}\n${Array.from({ length: 99_000 }, (_, i) => `432,qwertyuiopasdfghjklzxcv${i},2`).join('\n')}\n`,
    '\u0000,\u0000,\u0000\n\u0000,\u0000,\u0000',
    `${CSV_HEADER}\n\uD800,\uDC00,\uFFFF\n`,
  ];
}

/** CSV text from a grammar of plausible and hostile cells, in random line-ending and quoting styles. */
const transitGrammar = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    header: fc.oneof(
      fc.constant(['dest', 'service', 'business_days']),
      fc.shuffledSubarray(['Destination', 'SERVICE', 'days', 'zip', 'carrier', 'notes', ''], { minLength: 1 }),
    ),
    rows: fc.array(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            '432',
            '90001',
            '43215-1234',
            '4321',
            '00000',
            '00601',
            'abc',
            '',
            ' 432 ',
            'UPS Ground',
            'ups-ground',
            'fedex-2day',
            'Priority Mail',
            'Ground',
            '2',
            '0',
            '15',
            '16',
            '-1',
            '1.0',
            '"',
            '""',
            '\r\n',
            '\uFEFF',
            '=cmd',
          ),
          fc.constantFrom(...CSV_FORMULAS),
          fc.string({ maxLength: 20 }),
          fc.string({ unit: 'grapheme', maxLength: 10 }),
        ),
        { maxLength: 6 },
      ),
      { maxLength: 30 },
    ),
    quote: fc.constantFrom('none', 'all', 'random', 'broken'),
  })
  .map(({ bom, eol, header, rows, quote }) => {
    const cell = (c: string, i: number) => {
      if (quote === 'all' || (quote === 'random' && i % 2 === 0)) return `"${c.replace(/"/g, '""')}"`;
      if (quote === 'broken' && i === 1) return `"${c}`;
      return c;
    };
    return (bom ? '\uFEFF' : '') + ([header, ...rows] as string[][]).map((r) => r.map(cell).join(',')).join(eol);
  });

/** A transit result: overrides of a real shape, or at most 20 errors of its own columns and keys. */
function transitBroken(r: TransitCsvResult): string | null {
  if (r.ok) {
    for (const o of r.overrides) {
      if (!/^\d{3}(\d{2})?$/.test(o.dest)) return `override to ${JSON.stringify(o.dest)}`;
      if (!(o.businessDays >= 0)) return `override of ${o.businessDays} days`;
    }
    return null;
  }
  if (r.errors.length > 20 || r.totalErrors < r.errors.length) return 'more than 20 errors shown / bad totals';
  for (const e of r.errors) {
    if (e.message.length > 400) return `error message of ${e.message.length} chars (echoes the input?)`;
    if (!['', 'dest', 'service', 'business_days'].includes(e.field)) return `unknown field ${e.field}`;
    if (!e.messageKey.startsWith('geo.transitCsv.')) return `message key ${e.messageKey}`;
  }
  return null;
}

// ---------- destination weights CSV: a cell grammar and what a result must be ----------

const weightsGrammar = (() => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('432', '43215', '00601', '1001', '"', '""', '\r\n', '\uFEFF', '=cmd', '3', '-1', '0', '1e3', '0,5'),
  );
  const row = fc.array(cell, { maxLength: 4 }).map((cells) => cells.join(','));
  return fc.oneof(
    fc.string({ maxLength: 300 }),
    fc
      .tuple(fc.array(row, { maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r'))
      .map(([rows, eol]) => ['zip,weight', ...rows].join(eol)),
  );
})();

/** Weights a settings file accepts (counted right, one above 0), or at most 20 errors shown. */
function weightsBroken(r: WeightsCsvResult): string | null {
  if (r.ok) {
    if (!DestinationWeightsSchema.safeParse(r.weights).success) return 'weights a settings file refuses';
    if (r.count !== Object.keys(r.weights.byZip).length) return `count ${r.count} is not the number of ZIPs`;
    if (!Object.values(r.weights.byZip).some((w) => w > 0)) return 'every weight is 0';
    return null;
  }
  if (r.errors.length > 20 || r.totalErrors < r.errors.length) return 'more than 20 errors shown / bad totals';
  return null;
}

// ---------- streamed formats: an order-report grammar, and one cut of every input ----------

const ORDER_GRAMMAR_HEADER =
  'amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tship-service-level\tproduct-name\tquantity\tship-state\tship-postal-code\tis-prime\tlatest-ship-date\tpromise-date';
const ORDER_PIECES = [
  '\t',
  ',',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  '=cmd|calc',
  '@SUM(1)',
  '-1',
  '113-0000000-0000001',
  '2026-06-12T10:00:00Z',
  '2026-02-30',
  '10001',
  '00000',
  '90001-1234',
  'true',
  'false',
  ' ',
  '\uFEFF',
  'é',
  '\u0000',
  'x'.repeat(50),
];

/** Order reports (tab, comma, or another file's header): valid rows with random pieces dropped into them. */
const orderGrammar = fc
  .tuple(
    fc.constantFrom('tab', 'comma', 'other'),
    fc.array(
      fc.tuple(
        fc.nat({ max: 2 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ORDER_PIECES)), { maxLength: 3 }),
        fc.boolean(),
      ),
      { maxLength: 11 },
    ),
  )
  .map(([layout, rows]) => {
    const header =
      layout === 'other'
        ? 'zip,weight'
        : layout === 'comma'
          ? ORDER_GRAMMAR_HEADER.replace(/\t/g, ',')
          : ORDER_GRAMMAR_HEADER;
    const sep = header.includes('\t') ? '\t' : ',';
    const body = rows.map(([zip, pieces, crlf], i) => {
      const purchase = '2026-06-12T10:00:00Z';
      let row = [`113-0000000-${String(i % 4).padStart(7, '0')}`, '', purchase, purchase, 'Shipped', 'Standard']
        .concat(['Blue mug', '1', 'NY', ['10001', '90001', '00000'][zip]!, 'true', '', '2026-06-15'])
        .join(sep);
      for (const [at, piece] of pieces) {
        const p = at % (row.length + 1);
        row = row.slice(0, p) + piece + row.slice(p);
      }
      return `${row}${crlf ? '\r\n' : '\n'}`;
    });
    return `${header}\n${body.join('')}`;
  });

/** An order report's whole outcome, and whether it handed over one line per order it counted. */
function orderOutcome(chunks: string[]): unknown {
  const gen = readOrderReport(chunks, { geo, maxLineLength: 2000 });
  let lines = 0;
  for (;;) {
    const next = gen.next();
    if (next.done) {
      const result = next.value;
      return { result, linesMatchOrders: !result.ok || result.summary.orders === lines };
    }
    lines++;
  }
}

/** Where an input is cut in two for the chunking check: anywhere, chosen from the text itself. */
function cutPoint(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1 + (text.length >> 8)) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % (text.length + 1);
}

/** Why a streamed format's outcome changed with where the file was cut, or null. */
function chunkingBroken(format: Format, text: string): string | null {
  if (!format.streamed) return null;
  const whole = JSON.stringify(format.streamed([text]));
  const at = cutPoint(text);
  const cut = JSON.stringify(format.streamed([text.slice(0, at), text.slice(at)]));
  // Seven characters at a time for the smaller files: every boundary falls inside some line.
  const bytes = text.length > 4096 ? whole : JSON.stringify(format.streamed(text.match(/[^]{1,7}/g) ?? []));
  if (cut !== whole) return `cut at ${at}, the outcome changed`;
  if (bytes !== whole) return 'read 7 characters at a time, the outcome changed';
  if (whole.includes('"linesMatchOrders":false')) return 'orders counted are not the lines handed over';
  return null;
}

// ---------- transit-spread CSV: a cell grammar and what an accepted spread must be ----------

const spreadGrammar = (() => {
  const cell = fc.oneof(
    fc.constantFrom(
      'ups-ground',
      'UPS Ground',
      'usps-priority-mail',
      'fedex 2day',
      'all',
      '',
      '3',
      '0.5',
      '50%',
      '-1',
      '=1+1',
      '@x',
      '"',
      '""',
      '1e3',
      '15',
      '16',
      'p50',
      '\uFEFF',
      '\r',
      '\n',
    ),
    fc.string({ maxLength: 8 }),
    fc.integer({ min: -3, max: 20 }).map(String),
    fc.double({ min: -1, max: 2, noNaN: true }).map((x) => x.toFixed(3)),
  );
  const header = fc.constantFrom(
    'service,zone,days,share',
    'Service,Zone,Month,Days,Share',
    'service,zone,p50,p75,p90,p95,p99',
    'service,p50,p99',
    'service,zone,days,share,p50',
    'zone,days',
  );
  return fc
    .tuple(
      fc.boolean(),
      header,
      fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
      fc.constantFrom('\n', '\r\n', '\r'),
    )
    .map(([bom, h, rows, eol]) => (bom ? '\uFEFF' : '') + [h, ...rows.map((r) => r.join(','))].join(eol));
})();

/** Spreads whose shares are each 0..1, sum to 1 (within rounding) and cover at most 16 days. */
function spreadBroken(text: string): string | null {
  const r = parseSpreadCsv(text);
  if (!r.ok) return null;
  for (const sp of r.spreads) {
    if (!sp.shares.every((x) => x >= 0 && x <= 1)) return 'a share outside 0..1';
    if (Math.abs(sp.shares.reduce((a, b) => a + b, 0) - 1) > 0.005 + 1e-9) return 'shares that do not sum to 1';
    if (sp.shares.length > 16) return `${sp.shares.length} days of shares`;
  }
  return null;
}

const ORDER_HEADER = 'amazon-order-id\tpurchase-date\tship-postal-code\tis-prime\tpromise-date\tship-service-level';
const FORMATS: Format[] = [
  {
    id: 'transit CSV',
    valid: 'dest,service,business_days\n432,UPS Ground,1\n90001,fedex-2day,2\n10001,Priority Mail,3\n',
    parse: (t) => refusal(parseTransitCsv(t, { geo }), ['overrides']),
    nasties: transitNasties,
    grammar: { files: transitGrammar, runs: 1500 },
    check: (t) => transitBroken(parseTransitCsv(t, { geo })),
  },
  {
    id: 'destination weights CSV',
    valid: 'zip,weight\n432,120\n90001,35.5\n10001,7\n',
    parse: (t) => refusal(parseWeightsCsv(t, { geo }), ['weights']),
    grammar: { files: weightsGrammar, runs: 500 },
    check: (t) => weightsBroken(parseWeightsCsv(t)),
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
    grammar: { files: spreadGrammar, runs: 400 },
    check: spreadBroken,
  },
  {
    id: 'Amazon order report',
    valid: `${ORDER_HEADER}\n111-1\t2026-06-12T15:30:00-04:00\t10001\ttrue\t2026-06-15T20:00:00-04:00\tStandard\n111-2\t2026-06-13T09:00:00Z\t90001-1234\tfalse\t\tExpedited\n`,
    parse: (t) => refusal(drain(readOrderReport([t], { geo })), ['summary']),
    grammar: { files: orderGrammar, runs: 300 },
    streamed: orderOutcome,
  },
  {
    id: 'USPS service standards',
    valid: fs.readFileSync(path.join(FIXTURES, 'transit/usps-service-standards.txt'), 'utf8'),
    parse: (t) => refusal(parseUspsStandards(t, { origins: ['432'], geo }), ['overrides']),
    streamed: (chunks) => {
      const reader = createUspsStandardsReader({ origins: ['432'], geo });
      for (const chunk of chunks) reader.push(chunk);
      return reader.end();
    },
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
    streamed: (chunks) => readReturnsReport(chunks, { timeZone: 'America/New_York' }),
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
  if (o.totalErrors !== undefined && o.totalErrors < o.errors.length) return 'fewer errors counted than shown';
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const e of o.errors) {
    if (e.code !== e.messageKey.slice(e.messageKey.lastIndexOf('.') + 1)) return `code ${e.code} of ${e.messageKey}`;
    if (e.details !== undefined && typeof e.details !== 'string') return 'details is not text';
    if (!Number.isInteger(e.row) || e.row < 0 || e.row > lines) return `row ${e.row} outside the file (${lines} lines)`;
    if (typeof e.field !== 'string') return 'field is not a string';
    for (const [name, v] of Object.entries(e.params))
      if (v === undefined || (typeof v === 'number' && Number.isNaN(v))) return `${e.messageKey}: ${name} is ${v}`;
    if (!/^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(e.messageKey) || e.code === '')
      return `message key ${JSON.stringify(e.messageKey)}`;
    if (typeof e.message !== 'string' || e.message.trim() === '' || e.message.length > 2000)
      return `message of ${e.message.length} chars`;
    // A `{{` the file itself holds (a quoted cell) is not a placeholder left unfilled.
    const own = Object.values(e.params).reduce<string>((m, v) => m.split(String(v)).join(''), e.message);
    if (own.includes('{{')) return `unfilled placeholder in ${JSON.stringify(e.message)}`;
    const template = ENGLISH[e.messageKey] ?? ENGLISH[`${e.messageKey}_other`];
    if (template === undefined) return `message key ${e.messageKey} is not in the catalogue`;
    for (const [, name] of template.matchAll(/\{\{(\w+)\}\}/g))
      if (!(name! in e.params)) return `${e.messageKey} without its parameter ${name}`;
  }
  return null;
}

const ENGLISH = CATALOGUE.en;
const preview = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…(${s.length} chars)` : s);

describe('import framework fuzz: every format', () => {
  it(`parsers: ${RUNS_PER_FORMAT} random or mutated inputs per format, plus each format's grammar and nasty files, never throw and refuse in the one error shape`, () => {
    console.log(`[reliability] import formats fuzz seed=${SEED}`);
    const problems: string[] = [];
    const tallies: string[] = [];
    let total = 0;
    for (const format of FORMATS) {
      expect(format.parse(format.valid), `${format.id}: its valid sample is accepted`).toEqual({ ok: true });
      let accepted = 0;
      let refused = 0;
      const tryOne = (text: string) => {
        total++;
        let outcome: Outcome;
        let broken: string | null;
        try {
          outcome = format.parse(text);
          broken = contractBroken(outcome, text) ?? format.check?.(text) ?? chunkingBroken(format, text);
        } catch (error) {
          problems.push(
            `${format.id} threw on ${preview(text)}: ${error instanceof Error ? error.message : String(error)}`,
          );
          return;
        }
        if (outcome.ok) accepted++;
        else refused++;
        if (broken) problems.push(`${format.id} ${preview(text)}: ${broken}`);
      };
      for (const text of format.nasties?.() ?? []) tryOne(text);
      fc.assert(fc.property(inputs(format.valid), tryOne), { seed: SEED, numRuns: RUNS_PER_FORMAT });
      if (format.grammar)
        fc.assert(fc.property(format.grammar.files, tryOne), { seed: SEED, numRuns: format.grammar.runs });
      tallies.push(`${format.id} ${accepted} accepted / ${refused} refused`);
    }
    console.log(`[reliability] import formats fuzz: ${tallies.join('; ')}`);
    recordFigure(
      `import framework fuzz (${FORMATS.length} formats, parsers)`,
      `${total} inputs, ${problems.length} crashes or malformed refusals`,
    );
    expect(problems).toEqual([]);
  }, 300_000);

  it('transit CSV: what must be accepted is, and a formula cell is refused as a value', () => {
    const parse = (s: string) => parseTransitCsv(s, { geo });
    expect(parse(`\uFEFF${CSV_HEADER}\r\n432,UPS Ground,1\r\n"90001","fedex-2day",2\r\n`)).toMatchObject({
      ok: true,
      overrides: [{ dest: '432' }, { dest: '90001' }],
    });
    const formula = parse(`${CSV_HEADER}\n=cmd|' /C calc'!A0,UPS Ground,1\n`);
    expect(formula.ok).toBe(false);
    if (!formula.ok) expect(formula.errors[0]).toMatchObject({ row: 2, field: 'dest' });
  });
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
                `${service.id} threw ${error instanceof Error ? `${error.name} (${error.message})` : typeof error} on ${preview(text)}`,
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

// ---------- the settings file (JSON): its own error shape (a path and a message), the same contract ----------

const validSettingsText = JSON.stringify(sampleSettings(), null, 2);

/** A rejection must carry no data, at least one error, and short readable messages that say where. */
function checkSettingsReject(r: ParseSettingsResult): string | null {
  if (r.ok) return null;
  if ('settings' in r) return 'rejected but carries settings';
  if (r.errors.length === 0) return 'rejected without an error';
  for (const e of r.errors) {
    if (typeof e.message !== 'string' || e.message.trim() === '') return 'empty error message';
    if (e.message.length > 400) return `error message of ${e.message.length} chars (echoes the input?)`;
    if (typeof e.path !== 'string') return 'error without a path';
  }
  return null;
}

function settingsNasties(): string[] {
  const s = sampleSettings();
  const wrongTypes: unknown[] = [
    { ...s, formatVersion: '1' },
    { ...s, formatVersion: 3 },
    { ...s, formatVersion: 1.5 },
    { ...s, warehouses: {} },
    { ...s, warehouses: [{ ...s.warehouses[0], zip: 43215 }] },
    { ...s, warehouses: [{ ...s.warehouses[0], zip: '4321' }] },
    { ...s, warehouses: [{ ...s.warehouses[0], zip: '99999' }] },
    { ...s, warehouses: [{ ...s.warehouses[0], timeZone: 'Mars/Olympus' }] },
    { ...s, warehouses: [{ ...s.warehouses[0], cutoffs: { mon: '25:00' } }] },
    { ...s, warehouses: [{ ...s.warehouses[0], name: "=cmd|' /C calc'!A0", cutoffs: { mon: 1400 } }] },
    { ...s, warehouses: Array.from({ length: 51 }, () => s.warehouses[0]) },
    { ...s, holidays: [{ date: '2026-02-30', name: 'Nope' }] },
    { ...s, sizeTierMix: { standard: 'lots' } },
    { ...s, viewProfile: { source: 'custom', weights: [[1]] } },
    { ...s, destinationWeights: { source: 'custom', byZip: { abc: -1 } } },
    { ...s, name: '' },
    { ...s, name: 'x'.repeat(10_000) },
    { ...s, __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    null,
    [],
    'settings',
    42,
    true,
  ];
  return [
    ...wrongTypes.map((v) => JSON.stringify(v)),
    '',
    '\uFEFF',
    '   \r\n\t ',
    `\uFEFF${validSettingsText}`,
    validSettingsText.replace(/\n/g, '\r\n'),
    validSettingsText.slice(0, validSettingsText.length / 2),
    `${validSettingsText},`,
    validSettingsText.replace('"formatVersion": 1,', '"formatVersion": 1,,'),
    validSettingsText.replace(/"/, "'"),
    '{"formatVersion": 1, "name": "unterminated',
    '['.repeat(1_000_000),
    '{"a":'.repeat(200_000),
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    `{"formatVersion":1,${'"k":0,'.repeat(200_000)}"name":"x"}`,
    `{"formatVersion": 1, "name": "${'\\u0000'.repeat(1000)}"}`,
    '\u0000\u0001\u0002',
    '\uD800',
    'NaN',
    '1e999999',
    '{"formatVersion": 1e400}',
    '\uFFFE{}',
  ];
}

/**
 * JSON text: random JSON, the sample with a random part replaced by a random value, or the sample with a few characters
 * mangled.
 */
const settingsArb = fc.oneof(
  fc.json({ maxDepth: 6 }),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('utf8')),
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1')),
  fc
    .tuple(
      fc.constantFrom(
        'formatVersion',
        'name',
        'warehouses',
        'holidays',
        'transitOverrides',
        'viewProfile',
        'destinationWeights',
        'sizeTierMix',
        'policyId',
        'customPolicies',
      ),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map(([key, value]) => JSON.stringify({ ...sampleSettings(), [key]: value })),
  fc
    .tuple(
      fc.constantFrom(
        'id',
        'name',
        'zip',
        'timeZone',
        'operatingDays',
        'cutoffs',
        'services',
        'closures',
        'customerCutoffLeadMinutes',
        'extra',
      ),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map(([key, value]) => {
      const s = sampleSettings();
      return JSON.stringify({ ...s, warehouses: [{ ...s.warehouses[0], [key]: value }] });
    }),
  fc
    .array(fc.tuple(fc.nat({ max: validSettingsText.length - 1 }), fc.nat({ max: 8 }), fc.string({ maxLength: 4 })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((edits) =>
      edits.reduce((text, [at, del, ins]) => text.slice(0, at) + ins + text.slice(at + del), validSettingsText),
    ),
);

describe('import fuzz: the settings file, and size caps before parsing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('settings JSON: no crash, every refusal all-or-nothing with a readable error that says where', () => {
    const parse = (s: string) => parseSettings(s, 'fuzz.json', { geo });
    const problems: string[] = [];
    let inputs = 0;
    let accepted = 0;
    const tryOne = (text: string) => {
      inputs++;
      let r: ParseSettingsResult;
      try {
        r = parse(text);
      } catch (e) {
        problems.push(`settings ${preview(text)}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
        return;
      }
      if (r.ok) accepted++;
      const bad = checkSettingsReject(r);
      if (bad) problems.push(`settings ${preview(text)}: ${bad}`);
    };
    for (const text of settingsNasties()) tryOne(text);
    fc.assert(fc.property(settingsArb, tryOne), { seed: SEED, numRuns: 1500 });
    // The sample file is accepted as written, and after a BOM and CRLF line ends.
    expect(parse(validSettingsText).ok).toBe(true);
    expect(parse(`\uFEFF${validSettingsText.replace(/\n/g, '\r\n')}`).ok).toBe(true);
    recordFigure(
      'import fuzz (settings JSON)',
      `${inputs} inputs (${accepted} accepted), ${problems.length === 0 ? 'nothing importable on every reject (all or nothing)' : `${problems.length} crashes or bad rejects`}`,
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('size caps are checked before parsing', () => {
    const results: { name: string; ok: boolean; why?: string }[] = [];
    const parseSpy = vi.spyOn(JSON, 'parse');

    // Settings: over the byte cap in ASCII, in multi-byte text (fewer UTF-16 units than bytes), and
    // as invalid JSON that would report a syntax error if it were parsed. JSON.parse must not be called.
    const overS = SETTINGS_MAX_BYTES + 1;
    const settingsCases: [string, string][] = [
      [
        'settings: valid JSON padded to cap+1 bytes',
        `${validSettingsText}${' '.repeat(overS - validSettingsText.length)}`,
      ],
      ['settings: invalid JSON of cap+1 bytes', `{${'x'.repeat(overS - 1)}`],
      ['settings: 2-byte characters, cap/2+1 of them', `"${'é'.repeat(SETTINGS_MAX_BYTES / 2)}"`],
      ['settings: one newline more than the cap (over 16 million lines)', '\n'.repeat(SETTINGS_MAX_BYTES + 1)],
    ];
    for (const [name, text] of settingsCases) {
      parseSpy.mockClear();
      const r = parseSettings(text, 'big.json');
      const tooLarge =
        !r.ok && r.errors.length === 1 && /too large/.test(r.errors[0]!.message) && r.errors[0]!.path === '';
      const parsed = parseSpy.mock.calls.length > 0;
      results.push({
        name,
        ok: tooLarge && !parsed,
        why: `${r.ok ? 'accepted' : r.errors[0]?.message}; JSON.parse called: ${parsed}`,
      });
    }
    parseSpy.mockRestore();

    // CSV: content that would fail differently if scanned (an unterminated quote on row 2), so only the
    // size check can produce "tooLarge"; plus the row cap, which needs no cell splitting either.
    const capC = TRANSIT_CSV_DEFAULTS.maxBytes;
    const csvCases: [string, string, string][] = [
      [
        'csv: cap+1 bytes, unterminated quote inside',
        `${CSV_HEADER}\n"${'4'.repeat(capC - CSV_HEADER.length - 1)}`,
        'geo.transitCsv.tooLarge',
      ],
      [
        'csv: 2-byte characters over the byte cap',
        `${CSV_HEADER}\n"${'é'.repeat(capC / 2)}`,
        'geo.transitCsv.tooLarge',
      ],
      [
        'csv: 10 million rows just over the cap',
        `${CSV_HEADER}\n${'1\n'.repeat(Math.ceil(capC / 2))}`,
        'geo.transitCsv.tooLarge',
      ],
      ['csv: 10 million empty lines', '\n'.repeat(10_000_000), 'geo.transitCsv.tooLarge'],
      [
        'csv: more rows than the row cap, under the byte cap',
        `${CSV_HEADER}\n"${'1\n'.repeat(TRANSIT_CSV_DEFAULTS.maxRows + 2)}`,
        'geo.transitCsv.tooManyRows',
      ],
    ];
    for (const [name, text, key] of csvCases) {
      const r = parseTransitCsv(text);
      const ok = !r.ok && r.errors.length === 1 && r.errors[0]!.messageKey === key && r.errors[0]!.row === 0;
      results.push({ name, ok, why: r.ok ? 'accepted' : `${r.errors[0]?.messageKey}: ${r.errors[0]?.message}` });
    }

    const rejected = results.filter((r) => r.ok).length;
    recordFigure('size caps before parsing', `oversize rejected ${rejected}/${results.length}`);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  }, 60_000);
});

import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSettings, SETTINGS_MAX_BYTES, type ParseSettingsResult } from '../../shared/domain/parseSettings';
import { parseTransitCsv, TRANSIT_CSV_DEFAULTS, type TransitCsvResult } from '../../shared/imports/transitCsv';
import { sampleSettings } from '../../shared/domain/sample';
import { loadGeo } from '../../shared/geo';
import { recordFigure } from './support';

/**
 * Importers under attack: the settings JSON reader and the transit CSV reader get random bytes,
 * BOMs, CRLF, unterminated quotes, huge rows, spreadsheet formulas, wrong types, deep nesting and
 * files just over their size caps. Each call must return (no throw), quickly, with either a result
 * or a rejection that says where and why in a message a person can read — and a rejection carries
 * nothing importable (all or nothing).
 *
 * "Database unchanged on every reject": there is no import channel or service writing to the
 * workspace yet (the app's import will call these parsers and write only on { ok: true }), so this
 * test proves the all-or-nothing contract of the parsers themselves; the IPC fuzz test
 * (ipcFuzz.test.ts) compares database dumps for every channel that exists.
 */

const geo = loadGeo();
const HANG_MS = 1000;
const SEED = Number(process.env['RELIABILITY_SEED'] ?? Date.now() % 2 ** 31);

interface Tally {
  inputs: number;
  crashes: string[];
  hangs: string[];
  badRejects: string[];
  accepted: number;
}

function newTally(): Tally {
  return { inputs: 0, crashes: [], hangs: [], badRejects: [], accepted: 0 };
}

const preview = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…(${s.length} chars)` : s);

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

function checkCsvReject(r: TransitCsvResult, text: string): string | null {
  if (r.ok) return null;
  if ('overrides' in r) return 'rejected but carries overrides';
  if (r.errors.length === 0 || r.totalErrors < r.errors.length) return 'rejected without an error / bad totals';
  const rows = text.split(/\r\n|\r|\n/).length;
  for (const e of r.errors) {
    if (!e.message || e.message.length > 400) return `bad message length ${e.message.length}`;
    if (!Number.isInteger(e.row) || e.row < 0 || e.row > rows) return `row ${e.row} outside the file (${rows} lines)`;
    if (!['', 'dest', 'service', 'business_days'].includes(e.field)) return `unknown field ${e.field}`;
    if (!e.messageKey.startsWith('geo.transitCsv.')) return `message key ${e.messageKey}`;
  }
  return null;
}

/**
 * CPU cost per character of parsing a valid transit CSV, measured in this run (see calibrate()).
 * Even CPU time grows on a loaded machine (shared caches, this process's GC threads), so a fixed
 * budget failed on big inputs under load: 3 MB files took 1.1-1.3 s of CPU with both cores busy.
 * A hang is work out of proportion to the input, so the budget scales with what a linear parse of
 * the same size costs right now, with a 10x margin, and never goes below one second.
 */
let cpuMsPerChar = 0;

function hangBudgetMs(chars: number): number {
  return Math.max(HANG_MS, 10 * cpuMsPerChar * chars);
}

function calibrate(): void {
  const rows = Array.from(
    { length: 60_000 },
    (_, i) => `${String(100 + (i % 900)).padStart(3, '0')},UPS Ground,${1 + (i % 5)}`,
  );
  const text = `${CSV_HEADER}\n${rows.join('\n')}\n`;
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.cpuUsage();
    parseTransitCsv(text, { geo });
    const used = process.cpuUsage(t0);
    samples.push((used.user + used.system) / 1000 / text.length);
  }
  cpuMsPerChar = samples.sort((a, b) => a - b)[1]!;
}

function run<R extends { ok: boolean }>(
  t: Tally,
  label: string,
  input: string,
  parse: (s: string) => R,
  check: (r: R) => string | null,
): R | undefined {
  t.inputs++;
  // CPU time of this process, not wall-clock: other test files share the 2 cores, and a parse that
  // waits for a core is not hanging. (A real hang burns CPU: quadratic scans, runaway backtracking.)
  const t0 = process.cpuUsage();
  let r: R;
  try {
    r = parse(input);
  } catch (e) {
    t.crashes.push(`${label} ${preview(input)}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    return undefined;
  }
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  const budget = hangBudgetMs(input.length);
  if (ms > budget)
    t.hangs.push(`${label} ${preview(input)}: ${ms.toFixed(0)} ms of CPU (budget ${budget.toFixed(0)} ms)`);
  const bad = check(r);
  if (bad) t.badRejects.push(`${label} ${preview(input)}: ${bad}`);
  if (r.ok) t.accepted++;
  return r;
}

// ---------- inputs ----------

const validSettingsText = JSON.stringify(sampleSettings(), null, 2);
const FORMULAS = [
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '=HYPERLINK("http://evil.example","x")',
  '\t=1',
  '=1+1',
];
const CSV_HEADER = 'dest,service,business_days';

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

function csvNasties(): string[] {
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
    ...FORMULAS.flatMap((f) => [
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
    // Under both caps (3.4 MB, 99,000 rows), every row a distinct unknown service: each one costs an
    // edit-distance search for a suggestion, although only the first 20 errors are ever shown.
    `${CSV_HEADER}\n${Array.from({ length: 99_000 }, (_, i) => `432,qwertyuiopasdfghjklzxcv${i},2`).join('\n')}\n`,
    '\u0000,\u0000,\u0000\n\u0000,\u0000,\u0000',
    `${CSV_HEADER}\n\uD800,\uDC00,\uFFFF\n`,
  ];
}

/** CSV text from a grammar of plausible and hostile cells, in random line-ending and quoting styles. */
const csvArb = fc
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
          ),
          fc.constantFrom(...FORMULAS),
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

/** JSON text: random JSON, the sample with a random part replaced by a random value, or the sample with a few characters mangled. */
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

// ---------- tests ----------

describe('importer fuzzing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('settings JSON and transit CSV: no crash, no hang, every reject all-or-nothing with a readable error', () => {
    console.log(`[reliability] importer fuzz seed=${SEED}`);
    calibrate();
    console.log(
      `[reliability] importer fuzz: a valid CSV costs ${(cpuMsPerChar * 1e6).toFixed(0)} ms of CPU per million characters here; hang = over 1 s and over 10x that for the input's size`,
    );
    const settings = newTally();
    const csv = newTally();
    const parseS = (s: string) => parseSettings(s, 'fuzz.json', { geo });
    const parseC = (s: string) => parseTransitCsv(s, { geo });

    for (const text of settingsNasties()) run(settings, 'settings', text, parseS, checkSettingsReject);
    for (const text of csvNasties()) run(csv, 'csv', text, parseC, (r) => checkCsvReject(r, text));

    fc.assert(
      fc.property(settingsArb, (text) => {
        run(settings, 'settings', text, parseS, checkSettingsReject);
      }),
      { seed: SEED, numRuns: 1500 },
    );
    fc.assert(
      fc.property(csvArb, (text) => {
        run(csv, 'csv', text, parseC, (r) => checkCsvReject(r, text));
      }),
      { seed: SEED, numRuns: 1500 },
    );

    // Both readers also accept what they should: the sample file and a real transit table.
    expect(parseS(validSettingsText).ok).toBe(true);
    expect(parseS(`\uFEFF${validSettingsText.replace(/\n/g, '\r\n')}`).ok).toBe(true);
    expect(parseC(`\uFEFF${CSV_HEADER}\r\n432,UPS Ground,1\r\n"90001","fedex-2day",2\r\n`)).toMatchObject({
      ok: true,
      overrides: [{ dest: '432' }, { dest: '90001' }],
    });
    // A formula cell is refused as a value, never imported.
    const formula = parseC(`${CSV_HEADER}\n=cmd|' /C calc'!A0,UPS Ground,1\n`);
    expect(formula.ok).toBe(false);
    if (!formula.ok) expect(formula.errors[0]).toMatchObject({ row: 2, field: 'dest' });

    const inputs = settings.inputs + csv.inputs;
    const crashes = [...settings.crashes, ...csv.crashes];
    const hangs = [...settings.hangs, ...csv.hangs];
    const bad = [...settings.badRejects, ...csv.badRejects];
    console.log(
      `[reliability] importer fuzz detail: settings ${settings.inputs} inputs (${settings.accepted} accepted), CSV ${csv.inputs} inputs (${csv.accepted} accepted)`,
    );
    recordFigure(
      'importer fuzzing (settings JSON, transit CSV)',
      `${inputs} inputs, ${crashes.length} crashes, ${hangs.length} hangs > 1 s (and > 10x a valid file's cost), ${bad.length === 0 ? 'nothing importable on every reject (all or nothing)' : `${bad.length} bad rejects`}`,
    );
    expect(crashes).toEqual([]);
    expect(hangs).toEqual([]);
    expect(bad).toEqual([]);
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

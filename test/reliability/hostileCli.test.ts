import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { sampleSettings } from '../../shared/catalog/sample';
import { recordFigure, tempDir } from './support';

/**
 * The command line under attack: command names from Object.prototype, dates the calendar cannot
 * hold (year 0100 used to loop forever; before 1970 nothing could deliver), hostile option values and
 * settings files built to hurt (typos, a million closures, 300,000 bad keys, broken characters,
 * numbers past any sense, deep nesting). Every input runs through runCli in this process.
 *
 * Counted, not timed: an internal error is a throw out of runCli or an exit code other than 0, 1, 2.
 * Runs over 5 s are measured and printed (the machine is shared, so a slow run is not a failure);
 * the assertion is on internal errors and on the exit code each regression must give.
 */

const dir = tempDir('hostile-cli');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- the files edit the raw JSON document freely, into
   invalid shapes too */
function settingsFile(name: string, edit: (doc: any) => void): string {
  const doc = JSON.parse(JSON.stringify(sampleSettings()));
  edit(doc);
  fs.writeFileSync(path.join(dir, name), JSON.stringify(doc));
  return name;
}

function rawFile(name: string, content: string | Buffer): string {
  fs.writeFileSync(path.join(dir, name), content);
  return name;
}

const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + (i % 20_000) * 86_400_000).toISOString().slice(0, 10);

const ok = settingsFile('ok.json', () => {});
const files = [
  ok,
  settingsFile('typo.json', (d) => {
    d.warehouses[0].closure = ['2026-07-03'];
  }),
  settingsFile('million-closures.json', (d) => {
    d.warehouses[0].closures = Array.from({ length: 1_000_000 }, (_, i) => day(i));
  }),
  settingsFile('bad-keys.json', (d) => {
    for (let i = 0; i < 300_000; i++) d[`bad${i}`] = i;
  }),
  settingsFile('surrogate.json', (d) => {
    d.warehouses[0].name = 'Dock \uD800';
  }),
  settingsFile('nul.json', (d) => {
    d.name = 'Plan\u0000';
    d.holidays = [{ date: '2026-07-03', name: '\u001b]0;owned\u0007' }];
  }),
  settingsFile('weights.json', (d) => {
    d.destinationWeights = { source: 'custom', byZip: { '432': 1e308 } };
    d.viewProfile.weights[0][0] = 1e308;
  }),
  settingsFile('old-dates.json', (d) => {
    d.warehouses[0].closures = ['0100-01-01', '1969-12-31', '2200-01-01'];
    d.holidays = [{ date: '0001-01-01', name: 'Zero' }];
  }),
  settingsFile('proto.json', (d) => {
    d.constructor = { prototype: { polluted: true } };
    d.toString = 'x';
  }),
  rawFile('proto-raw.json', JSON.stringify(sampleSettings()).replace(/^\{/, '{"__proto__": {"polluted": true},')),
  rawFile(
    'infinity.json',
    JSON.stringify(sampleSettings()).replace('"customerCutoffLeadMinutes":60', '"customerCutoffLeadMinutes":1e999'),
  ),
  rawFile('deep.json', '['.repeat(100_000)),
  rawFile('empty.json', ''),
  rawFile('bom.json', '\uFEFF'),
  rawFile('binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28, 0x7b])),
  rawFile('huge-key.json', `{"formatVersion":1,"${'k'.repeat(1_000_000)}":1}`),
];

const PROTO_NAMES = [
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
];
const BAD_AT = [
  '0100-01-01T10:00',
  '0000-01-01T00:00',
  '0099-12-31T23:59',
  '1969-12-31T23:59',
  '2200-01-01T00:00',
  '9999-12-31T23:59',
  '+275760-09-13T00:00',
  '2026-02-30T10:00',
  '2026-06-10T24:00',
  '２０２６-06-10T10:00',
  '',
  'x'.repeat(100_000),
  '\u0000',
  '__proto__',
];
const BAD_WEEK = ['0100-01-04', '1969-12-29', '2200-01-06', '9999-12-27', '0000-01-03', '2026-06-09', '__proto__', ''];

/** [argv, the exit code it must give, or undefined when any of 0/1/2 is right]. */
const inputs: [string[], (0 | 1 | 2)?][] = [
  ...PROTO_NAMES.map((n): [string[], 2] => [[n], 2]),
  ...PROTO_NAMES.map((n): [string[]] => [[n, '--help']]),
  ...PROTO_NAMES.flatMap((n): [string[], 2][] => [
    [['matrix', '--lang', n], 2],
    [['promise', ok, '--at', '2026-06-10T10:00', '--to', '10001', '--tier', n], 2],
    [['simulate', ok, '--policy', n], 2],
    [['report', ok, '--format', n, '--out', 'r.out'], 2],
    [['report', ok, '--format', 'csv', '--csv', n, '--out', 'r.csv'], 2],
    [['sample', '--variant', n], 2],
  ]),
  ...BAD_AT.map((at): [string[], 2] => [['promise', ok, '--at', at, '--to', '10001'], 2]),
  ...BAD_WEEK.flatMap((week): [string[], 2][] => [
    [['simulate', ok, '--week', week], 2],
    [['report', ok, '--format', 'csv', '--out', 'w.csv', '--force', '--week', week], 2],
  ]),
  ...['\u0000', '000', '1e5', '-1', '4321', 'x'.repeat(100_000)].map((to): [string[], 2] => [
    ['promise', ok, '--at', '2026-06-10T10:00', '--to', to],
    2,
  ]),
  ...[
    ['--max-moves', '-1'],
    ['--max-moves', '1e308'],
    ['--budget', 'NaN'],
    ['--budget', '-5'],
    ['--budget', 'Infinity'],
  ].map((opt): [string[], 2] => [['advise', ok, ...opt], 2]),
  ...files
    .filter((f) => f !== ok)
    .flatMap((f): [string[], 2][] => [
      [['validate', f], 2],
      [['validate', f, '--json'], 2],
      [['simulate', f], 2],
      [['promise', f, '--at', '2026-06-10T10:00', '--to', '10001'], 2],
      [['report', f, '--format', 'json', '--out', 'x.json', '--force'], 2],
    ]),
  [['validate', ok], 0],
  [['promise', ok, '--at', '1970-01-01T10:00', '--to', '10001']],
  [['promise', ok, '--at', '2199-12-31T10:00', '--to', '10001']],
  [['report', ok, '--format', 'csv', '--out', 'ok.csv', '--force', '--week', '2199-12-30'], 0],
];

describe('hostile CLI inputs', () => {
  it('every input answers with exit 0, 1 or 2 and a message; none is an internal error', () => {
    const internal: string[] = [];
    const wrongExit: string[] = [];
    const slow: string[] = [];
    let outputBytes = 0;
    for (const [argv, expected] of inputs) {
      const label = argv.map((a) => (a.length > 40 ? `${a.slice(0, 40)}…(${a.length})` : a)).join(' ');
      const started = performance.now();
      try {
        const result = runCli(argv, dir);
        if (result.pending) throw new Error('a command that waits was not expected here');
        if (![0, 1, 2].includes(result.exitCode)) internal.push(`${label}: exit ${result.exitCode}`);
        else if (expected !== undefined && result.exitCode !== expected)
          wrongExit.push(`${label}: exit ${result.exitCode}, expected ${expected}: ${result.stderr.slice(0, 200)}`);
        if (result.exitCode === 2 && result.stderr.trim() === '') wrongExit.push(`${label}: exit 2 without a message`);
        outputBytes = Math.max(outputBytes, result.stdout.length + result.stderr.length);
      } catch (e) {
        internal.push(`${label}: threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
      }
      const seconds = (performance.now() - started) / 1000;
      if (seconds > 5) slow.push(`${label}: ${seconds.toFixed(1)} s`);
    }
    if (slow.length)
      console.log(`[reliability] hostile CLI inputs over 5 s on this (shared) machine:\n  ${slow.join('\n  ')}`);
    console.log(`[reliability] hostile CLI inputs: largest output ${outputBytes} bytes`);
    recordFigure(
      'hostile CLI inputs',
      `${inputs.length} inputs, ${internal.length} internal errors, ${slow.length} runs over 5 s`,
    );
    expect(internal).toEqual([]);
    expect(wrongExit).toEqual([]);
    // A flood of problems prints a page, not megabytes (300,000 bad keys printed 57 MB).
    expect(outputBytes).toBeLessThan(200_000);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 600_000);
});

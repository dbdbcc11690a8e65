import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';

let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);
const FIXTURE = new URL('../test/fixtures/returns/returns-report-2026-11.txt', import.meta.url);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-returns-'));
  copyFileSync(FIXTURE, join(dir, 'returns.txt'));
  // Columbus, OH (America/New_York) with Thanksgiving, and a closure on Friday 27 November.
  const plan = sampleSettings();
  plan.warehouses[0]!.closures = ['2026-11-27'];
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  writeFileSync(join(dir, 'plan-plain.json'), JSON.stringify(sampleSettings()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = { orderId: string; item: string; arrivedOn: string; refundBy: string; status: string };
const rowsOf = (stdout: string) =>
  (JSON.parse(stdout) as { returns: Row[] }).returns.map((r) => [r.item, r.arrivedOn, r.refundBy, r.status]);

describe('shipweek returns', () => {
  it("refund-by dates in the plan's calendar (Thanksgiving, weekends), exit 1 when one is overdue", () => {
    const r = run('returns', 'returns.txt', '--holidays-from', 'plan-plain.json', '--today', '2026-11-30', '--json');
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.calendar).toMatchObject({ timeZone: 'America/New_York', fromSettings: true });
    expect(out.totals).toEqual({ overdue: 1, dueToday: 3, due: 1, awaiting: 1, refunded: 1 });
    expect(rowsOf(r.stdout)).toEqual([
      ['MUG-12OZ-BLU', '2026-11-20', '2026-11-24', 'overdue'], // Friday arrival -> Tuesday
      ['TOWEL-SET-3', '2026-11-25', '2026-11-30', 'dueToday'], // Wednesday before Thanksgiving -> Monday
      ['TOWEL-HOOK-2', '2026-11-25', '2026-11-30', 'dueToday'],
      ['LAMP-DESK-01', '2026-11-26', '2026-11-30', 'dueToday'], // 04:30 UTC on the 27th: Thanksgiving evening in Columbus
      ['RUG-2X3-GRY', '2026-11-27', '2026-12-01', 'due'], // Friday after Thanksgiving -> Tuesday
      ['MUG-12OZ-RED', '2026-11-19', '2026-11-23', 'refunded'],
      ['CANDLE-3PK', '', '', 'awaiting'],
    ]);
  });

  it("the warehouse's closures count too: closed on Friday 27 November moves the Wednesday arrival to Tuesday", () => {
    const r = run('returns', 'returns.txt', '--holidays-from', 'plan.json', '--today', '2026-11-30', '--json');
    expect(rowsOf(r.stdout)[1]).toEqual(['TOWEL-SET-3', '2026-11-25', '2026-12-01', 'due']);
  });

  it('without a plan: weekends only, in America/Los_Angeles, and the text says so', () => {
    const r = run('returns', 'returns.txt', '--today', '2026-11-30');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      'Calendar: weekends only (no plan given: --holidays-from), time zone America/Los_Angeles; today is 2026-11-30.',
    );
    expect(r.stdout).toContain('7 rows with dates without a time zone: read in America/Los_Angeles (assumed).');
    // Without the holiday the Wednesday-before-Thanksgiving return was due on Friday.
    expect(r.stdout).toMatch(/112-3344556-0000002 +TOWEL-SET-3 +2026-11-25 +2026-11-27 +Overdue/);
    expect(r.stdout).toContain('3 overdue, 1 due today, 1 due later, 1 not arrived, 1 refunded.');
    // The read summary counts by the register's statuses, as the app's import summary does.
    expect(r.stdout).toContain('returns 7 (5 to refund, 1 not arrived yet, 1 refunded).');
  });

  it('exit 0 when nothing is overdue (a day when everything is still ahead), French output', () => {
    const r = run(
      'returns',
      'returns.txt',
      '--holidays-from',
      'plan-plain.json',
      '--today',
      '2026-11-21',
      '--lang',
      'fr',
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Calendrier : Columbus DC, fuseau horaire America/New_York');
    expect(r.stdout).toMatch(/MUG-12OZ-BLU +2026-11-20 +2026-11-24 +À faire/);
  });

  it('bad input exits 2 and names the row and field; nothing is listed', () => {
    writeFileSync(
      join(dir, 'bad.txt'),
      'order-id\treturn-request-date\treturn-delivery-date\nA\t2026-11-20\t2026-11-18\n',
    );
    const bad = run('returns', 'bad.txt', '--today', '2026-11-30');
    expect(bad.exitCode).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(
      'bad.txt: row 2, field "return-delivery-date": item received on 2026-11-18, before the return was requested on 2026-11-20',
    );
    writeFileSync(join(dir, 'orders.txt'), 'amazon-order-id\tpurchase-date\tship-postal-code\n1\t2026-11-01\t10001\n');
    expect(run('returns', 'orders.txt').stderr).toContain('not an Amazon returns report');
    expect(run('returns', 'returns.txt', '--today', '2026-02-30').stderr).toContain(
      '--today must be a date YYYY-MM-DD (got "2026-02-30")',
    );
    expect(run('returns', 'returns.txt', '--holidays-from', 'plan.json', '--warehouse', 'nope').stderr).toContain(
      'no warehouse "nope" in plan.json (it has: wh-columbus)',
    );
    expect(run('returns', 'missing.txt').exitCode).toBe(2);
    expect(run('returns').exitCode).toBe(2);
  });
});

describe('shipweek report --returns', () => {
  it('adds the returns section to the HTML report, with the refund-by dates in the plan calendar', () => {
    const r = run('report', 'plan-plain.json', '--format', 'html', '--out', 'report.html', '--returns', 'returns.txt');
    expect(r.exitCode).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<h2>Returns and SAFE-T claims</h2>');
    expect(html).toContain('(time zone America/New_York)');
    expect(html).toContain(
      '<td>112-3344556-0000002</td><td>TOWEL-SET-3</td><td>2026-11-21</td><td>2026-11-25</td><td>2026-11-30</td>',
    );
    expect(html).toContain(
      '<td>112-3344556-0000004</td><td>RUG-2X3-GRY</td><td>2026-11-23</td><td>2026-11-27</td><td>2026-12-01</td>',
    );
    expect(
      run('report', 'plan-plain.json', '--format', 'csv', '--out', 'x.csv', '--returns', 'returns.txt').stderr,
    ).toContain('--returns needs an HTML or PDF report');
    expect(
      run('report', 'plan-plain.json', '--format', 'html', '--out', 'r2.html', '--returns', 'orders.txt').exitCode,
    ).toBe(2);
  });
});

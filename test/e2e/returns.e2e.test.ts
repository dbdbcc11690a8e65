import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';
import { dumpDatabase } from '../support/dbDump';

/**
 * The Returns & SAFE-T page in Chromium through the browser shell: Amazon's returns report (the
 * hand-written fixture, with a Thanksgiving-week arrival and Friday arrivals) gives the refund-by
 * dates worked out by hand, in the Columbus warehouse's time zone and calendar; the navigation
 * counts what is due today or overdue; a return typed by hand is saved as typed and undone; a SAFE-T
 * claim is walked through request, answer, decision and its one dispute; the CSV export carries the
 * same dates; the page in French. "Today" is Monday 30 November 2026, 10:00 in Columbus.
 */
const FIXTURE = path.resolve(__dirname, '../fixtures/returns/returns-report-2026-11.txt');
const NOW = new Date('2026-11-30T15:00:00Z');

describe('Returns and SAFE-T end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function openReturns(page: Page) {
    await page.clock.setFixedTime(NOW);
    await page.getByTestId('nav-returns').click();
    await page.getByTestId('returns-calendar').waitFor();
  }
  /** axe-core over the page as it is: the serious and critical violations, one line each. */
  async function seriousViolations(page: Page): Promise<string[]> {
    await page.waitForTimeout(300); // MUI transitions settle, so contrast is measured on final colours
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
  }
  const rowOf = (page: Page, item: string) => page.locator(`[data-testid="return-row"][data-item="${item}"]`);

  it('imports the returns report: refund-by dates in the warehouse calendar, counts in the navigation, overdue highlighted, CSV export', async () => {
    const { page, context, errors } = await app.newPage();
    await openReturns(page);
    const calendar = page.getByTestId('returns-calendar');
    expect(await calendar.getAttribute('data-time-zone')).toBe('America/New_York');
    expect(await calendar.getAttribute('data-today')).toBe('2026-11-30');
    expect(await calendar.textContent()).toContain('in its time zone America/New_York');

    app.queueOpenPath(FIXTURE);
    await page.getByTestId('returns-import').click();
    const outcome = page.getByTestId('returns-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toBe(
      'Returns report read: 7 rows (5 to refund, 1 not arrived yet, 1 refunded); 7 added, 0 updated, 0 unchanged. Columns missing: refund status. 7 rows had dates without a time zone: read in America/New_York (an assumption: the warehouse’s zone).',
    );
    // Hand-computed: Friday 20 Nov -> Tue 24; Wed 25 (Thanksgiving Thu 26) -> Mon 30; 04:30 UTC on the 27th
    // is Thanksgiving evening in Columbus -> Mon 30; Friday 27 -> Tue 1 Dec.
    const expected: [string, string, string, string][] = [
      ['MUG-12OZ-BLU', '2026-11-20', '2026-11-24', 'overdue'],
      ['TOWEL-SET-3', '2026-11-25', '2026-11-30', 'dueToday'],
      ['TOWEL-HOOK-2', '2026-11-25', '2026-11-30', 'dueToday'],
      ['LAMP-DESK-01', '2026-11-26', '2026-11-30', 'dueToday'],
      ['RUG-2X3-GRY', '2026-11-27', '2026-12-01', 'due'],
      ['CANDLE-3PK', '', '', 'awaiting'],
      ['MUG-12OZ-RED', '2026-11-19', '2026-11-23', 'refunded'],
    ];
    for (const [item, arrived, refundBy, status] of expected) {
      const row = rowOf(page, item);
      expect(
        [
          await row.getAttribute('data-arrived'),
          await row.getAttribute('data-refund-by'),
          await row.getAttribute('data-status'),
        ],
        item,
      ).toEqual([arrived, refundBy, status]);
    }
    expect(await rowOf(page, 'TOWEL-SET-3').textContent()).toContain('Mon, Nov 30, 2026');
    // Overdue first, and highlighted.
    expect(await page.getByTestId('return-row').first().getAttribute('data-item')).toBe('MUG-12OZ-BLU');
    const overdueBg = await rowOf(page, 'MUG-12OZ-BLU').evaluate((el) => getComputedStyle(el).backgroundColor);
    const plainBg = await rowOf(page, 'RUG-2X3-GRY').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(overdueBg).not.toBe(plainBg);
    expect(await page.getByTestId('returns-counts').textContent()).toBe(
      'Overdue: 1 · due today: 3 · due in the next 7 days: 1',
    );
    expect(await page.getByTestId('returns-nav-count').textContent()).toBe('4');
    expect(
      await page
        .getByTestId('due-row')
        .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-date')} ${r.getAttribute('data-status')}`)),
    ).toEqual([
      '2026-11-24 overdue',
      '2026-11-30 dueToday',
      '2026-11-30 dueToday',
      '2026-11-30 dueToday',
      '2026-12-01 due',
    ]);

    // The export carries the same dates and the time zone.
    const download = app.nextDownload();
    await page.getByTestId('returns-export').click();
    const csv = fs.readFileSync(await download, 'utf8');
    expect(csv).toContain(
      '112-3344556-0000002,TOWEL-SET-3,2026-11-21,2026-11-25,2026-11-25,2026-11-30,Due today,America/New_York',
    );
    expect(csv).toContain(
      '112-3344556-0000003,LAMP-DESK-01,2026-11-22,2026-11-27T04:30:00Z,2026-11-26,2026-11-30,Due today,America/New_York',
    );
    expect(csv).toContain(
      '112-3344556-0000004,RUG-2X3-GRY,2026-11-23,2026-11-27,2026-11-27,2026-12-01,Due,America/New_York',
    );

    await app.screenshot(page, 'returns-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a return typed by hand is saved as typed; marking one refunded and Undo; a bad report changes nothing', async () => {
    const { page, context, errors } = await app.newPage();
    await openReturns(page);
    await page.getByTestId('returns-add').click();
    await page.getByTestId('return-orderId').fill('114-0000000-0000009');
    await page.getByTestId('return-requestedAt').fill('2026-11-26');
    await page.getByTestId('return-receivedAt').fill('2026-11-24');
    expect(await page.getByTestId('return-form').textContent()).toContain('before the return was requested');
    await page.getByTestId('return-receivedAt').fill('2026-11-27');
    await page.getByTestId('return-form-deadline').getByText('Refund by Tue, Dec 1, 2026 (Due).').waitFor();
    await rowOf(page, '').waitFor();
    await expect
      .poll(
        () =>
          app.services.returns.list().returns.find((r) => r.entry.orderId === '114-0000000-0000009')?.entry.receivedAt,
      )
      .toBe('2026-11-27');
    await page.getByTestId('return-close').click();

    // Mark the overdue mug refunded: the navigation count drops; Undo (Ctrl+Z outside a text box) brings it back.
    await rowOf(page, 'MUG-12OZ-BLU').getByTestId('return-edit').click();
    await page.getByTestId('return-refunded').click();
    await page.locator('[data-testid="return-row"][data-item="MUG-12OZ-BLU"][data-status="refunded"]').waitFor();
    expect(await page.getByTestId('returns-nav-count').textContent()).toBe('3');
    await page.getByTestId('return-close').click();
    await page.getByRole('heading', { name: 'What is due', exact: true }).click();
    await page.keyboard.press('Control+z');
    await page.locator('[data-testid="return-row"][data-item="MUG-12OZ-BLU"][data-status="overdue"]').waitFor();
    expect(await page.getByTestId('returns-nav-count').textContent()).toBe('4');
    expect(app.services.returns.list().returns.find((r) => r.entry.item === 'MUG-12OZ-BLU')!.entry.refunded).toBe(
      false,
    );

    // A report with an item received before it was requested: row and field named, nothing imported.
    const bad = path.join(app.dataDir, 'bad-returns.txt');
    fs.writeFileSync(bad, 'Order ID\tReturn request date\tReturn delivery date\n115-1\t2026-11-20\t2026-11-18\n');
    const before = dumpDatabase(app.opened.db);
    app.queueOpenPath(bad);
    await page.getByTestId('returns-import').click();
    await page.getByTestId('returns-error').waitFor();
    expect(await page.getByTestId('returns-error-row').textContent()).toBe(
      'row 2, Return delivery date: item received on 2026-11-18, before the return was requested on 2026-11-20',
    );
    expect(dumpDatabase(app.opened.db)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a SAFE-T claim walked through request, answer, decision and its one dispute', async () => {
    const { page, context, errors } = await app.newPage();
    await openReturns(page);
    await page.getByTestId('claims-add').click();
    await page.getByTestId('claim-claimId').fill('SAFE-T-0042');
    await page.getByTestId('claim-orderId').fill('112-3344556-0000003');
    // A mistyped amount is named as an amount (it used to be told it was not a date).
    await page.getByTestId('claim-amount').fill('4x2');
    await page.getByText('not an amount in dollars (e.g. 125.50)').first().waitFor();
    await page.getByTestId('claim-amount').fill('42');
    await page.getByTestId('claim-filedOn').fill('2026-11-20');
    await page.getByTestId('claim-infoRequestedOn').fill('2026-11-23');
    const status = page.getByTestId('claim-form-status');
    await page.locator('[data-testid="claim-form-status"][data-status="awaitingInfo"]').waitFor();
    expect(await status.textContent()).toBe('Information requested — Respond by Mon, Nov 30, 2026.');
    await page
      .locator('[data-testid="due-row"][data-date="2026-11-30"]')
      .filter({ hasText: 'SAFE-T: send information' })
      .waitFor();
    expect(await page.getByTestId('returns-nav-count').textContent()).toBe('5');
    await page.getByTestId('claim-infoSentOn').fill('2026-11-27');
    await page.locator('[data-testid="claim-form-status"][data-status="awaitingDecision"]').waitFor();
    await page.getByTestId('claim-decisionOn').fill('2026-11-27');
    await page.getByTestId('claim-outcome').click();
    await page.getByTestId('claim-outcome-denied').click();
    await page.locator('[data-testid="claim-form-status"][data-status="disputable"]').waitFor();
    expect(await status.textContent()).toBe('Decided: can be disputed once — Dispute by Fri, Dec 4, 2026 (once).');
    await page.getByTestId('claim-dispute-today').click();
    await page.locator('[data-testid="claim-form-status"][data-status="disputed"]').waitFor();
    await expect.poll(() => app.services.returns.list().claims[0]?.claim.disputedOn).toBe('2026-11-30');
    // A second dispute is refused, and a dispute after the window too.
    await page.getByTestId('claim-dispute-today').click();
    expect(await page.getByTestId('claim-form-refusal').textContent()).toBe(
      'this decision was already disputed on 2026-11-30; a decision can be disputed only once',
    );
    await page.getByTestId('claim-disputedOn').fill('2026-12-05');
    expect(await page.getByTestId('claim-form').textContent()).toContain(
      'the window to dispute closed on 2026-12-04 (seven days after the decision)',
    );
    expect(app.services.returns.list().claims[0]!.claim.disputedOn).toBe('2026-11-30');
    await page.getByTestId('claim-disputedOn').fill('2026-11-30');
    await app.screenshot(page, 'returns-claim-en');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the settings report PDF carries the returns section when its box is ticked', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    const box = page.getByTestId('reports-include-returns').locator('input');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await app.screenshot(page, 'reports-include-returns-en');
    const download = app.nextDownload();
    await page.getByTestId('export-pdf').click();
    await page
      .getByTestId('reports-outcome')
      .getByText(/Saved to .*report.*\.pdf/)
      .waitFor({ timeout: 30_000 });
    const file = await download;
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Returns and SAFE-T claims');
    expect(text).toContain('(time zone America/New_York)');
    // The same hand-computed dates as on the page: Friday 20 Nov -> Tue 24; Friday 27 -> Tue 1 Dec.
    expect(text).toMatch(/112-3344556-0000001 MUG-12OZ-BLU 2026-11-18 2026-11-20 2026-11-24 /);
    expect(text).toMatch(/112-3344556-0000004 RUG-2X3-GRY 2026-11-23 2026-11-27 2026-12-01 /);
    expect(text).toMatch(/SAFE-T-0042 112-3344556-0000003 /);
    // The page where the section starts, as a picture to look at.
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const pageText = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
    const first = Array.from({ length: pages }, (_, i) => i + 1).find((n) =>
      pageText(n).includes('Returns and SAFE-T claims'),
    )!;
    execFileSync('pdftoppm', [
      '-r',
      '70',
      '-png',
      '-f',
      String(first),
      '-l',
      String(first),
      '-singlefile',
      file,
      path.join(SCREENSHOT_DIR, 'report-pdf-returns-en'),
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with two warehouses, a picker chooses whose calendar and time zone the deadlines use', async () => {
    const scenarioId = app.workspace.getPrefs().currentScenarioId!;
    const reno = app.workspace.createWarehouse(scenarioId, {
      name: 'Reno West',
      zip: '89502',
      timeZone: 'America/Los_Angeles',
    });
    try {
      const { page, context, errors } = await app.newPage();
      await openReturns(page);
      const calendar = page.getByTestId('returns-calendar');
      expect(await calendar.getAttribute('data-time-zone')).toBe('America/New_York');
      await page.getByTestId('returns-warehouse').click();
      await page.getByRole('option', { name: 'Reno West (America/Los_Angeles)' }).click();
      await page.locator('[data-testid="returns-calendar"][data-time-zone="America/Los_Angeles"]').waitFor();
      expect(await calendar.textContent()).toContain('Deadlines for Reno West, in its time zone America/Los_Angeles');
      // 07:00 on Monday 30 November in Reno: the same day, so the same refund-by dates.
      expect(await calendar.getAttribute('data-today')).toBe('2026-11-30');
      expect(await rowOf(page, 'RUG-2X3-GRY').getAttribute('data-refund-by')).toBe('2026-12-01');
      // The CSV export follows the warehouse shown.
      const download = app.nextDownload();
      await page.getByTestId('returns-export').click();
      const csv = fs.readFileSync(await download, 'utf8');
      expect(csv).toContain(
        '112-3344556-0000004,RUG-2X3-GRY,2026-11-23,2026-11-27,2026-11-27,2026-12-01,Due,America/Los_Angeles',
      );
      await app.screenshot(page, 'returns-warehouse-en');
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      app.workspace.deleteWarehouse(scenarioId, reno.id);
    }
  });

  it('a half-typed return or claim is Not saved in the save status, leaving the page or closing the form asks first, Undo puts the form back', async () => {
    const { page, context, errors } = await app.newPage();
    await openReturns(page);
    await page.getByTestId('returns-add').click();
    await page.getByTestId('return-orderId').fill('112-9999999-0000009');
    await page.getByTestId('return-receivedAt').fill('2026-02-30');
    expect(await page.getByTestId('return-form').textContent()).toContain('not a date (e.g. 2026-11-27');
    // Never "All changes saved" beside an entry that was not saved: the status names the field and why.
    await page.locator('[data-testid="save-status"][data-state="invalid"]').waitFor();
    expect(await page.getByTestId('save-invalid').textContent()).toBe(
      'Not saved: 1 entry is invalid — Return — Return requested (date): required',
    );
    await page.getByTestId('save-invalid-show').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('return-requestedAt');
    await app.screenshot(page, 'returns-unsaved-en');
    expect(await seriousViolations(page)).toEqual([]);

    // Leaving asks; Stay keeps every typed character.
    await page.getByTestId('nav-assumptions').click();
    await page.getByTestId('leave-guard').waitFor();
    expect(await page.getByTestId('leave-guard').textContent()).toContain('Return — Return requested (date)');
    await app.screenshot(page, 'returns-unsaved-leave-en');
    await page.getByTestId('leave-stay').click();
    await page.getByTestId('leave-guard').waitFor({ state: 'detached' });
    expect(await page.getByTestId('return-orderId').inputValue()).toBe('112-9999999-0000009');
    expect(await page.getByTestId('return-receivedAt').inputValue()).toBe('2026-02-30');

    // Undo (the save status's) puts the new return back to blank; the status is saved again and nothing was stored.
    await page.getByTestId('undo').click();
    expect(await page.getByTestId('return-orderId').inputValue()).toBe('');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    expect(app.services.returns.list().returns.some((r) => r.entry.orderId === '112-9999999-0000009')).toBe(false);
    await page.getByTestId('return-close').click();

    // Closing the form, or opening another, asks too: Stay keeps the typing, Discard drops it and closes.
    await page.getByTestId('returns-add').click();
    await page.getByTestId('return-receivedAt').fill('2026-02-30');
    await page.locator('[data-testid="save-status"][data-state="invalid"]').waitFor();
    await page.getByTestId('return-close').click();
    await page.getByTestId('leave-guard').waitFor();
    await page.getByTestId('leave-stay').click();
    await page.getByTestId('leave-guard').waitFor({ state: 'detached' });
    expect(await page.getByTestId('return-receivedAt').inputValue()).toBe('2026-02-30');
    await page.getByTestId('claims-add').click();
    await page.getByTestId('leave-guard').waitFor();
    await page.getByTestId('leave-discard').click();
    await page.getByTestId('return-form').waitFor({ state: 'detached' });
    await page.getByTestId('claim-form').waitFor();
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.getByTestId('claim-close').click();

    // A claim with a mistyped amount: Discard it and leave drops the typing and leaves.
    await page.getByTestId('claims-add').click();
    await page.getByTestId('claim-claimId').fill('SAFE-T-0077');
    await page.getByTestId('claim-amount').fill('4x2');
    expect(await page.getByTestId('save-invalid').textContent()).toBe(
      'Not saved: 1 entry is invalid — SAFE-T claim — Amount claimed (USD): not an amount in dollars (e.g. 125.50)',
    );
    await page.getByTestId('nav-assumptions').click();
    await page.getByTestId('leave-discard').click();
    await page.getByTestId('leave-guard').waitFor({ state: 'detached' });
    await page.getByTestId('claim-form').waitFor({ state: 'detached' });
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    // The claim was saved as soon as it had an id; the mistyped amount never was.
    expect(app.services.returns.list().claims.find((c) => c.claim.claimId === 'SAFE-T-0077')?.claim.amount).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in French', async () => {
    app.services.workspace.setPrefs({ language: 'fr' });
    const { page, context, errors } = await app.newPage({ locale: 'fr-FR', colorScheme: 'dark' });
    await openReturns(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Retours et SAFE-T : ce qui est à faire');
    expect(await page.getByTestId('returns-counts').textContent()).toBe(
      "En retard : 1 · à faire aujourd'hui : 3 · dans les 7 prochains jours : 2",
    );
    expect(await rowOf(page, 'TOWEL-SET-3').textContent()).toContain('lun. 30 nov. 2026');
    expect(await rowOf(page, 'TOWEL-SET-3').textContent()).toContain("À faire aujourd'hui");
    await app.screenshot(page, 'returns-fr');
    expect(await seriousViolations(page)).toEqual([]);
    app.services.workspace.setPrefs({ language: 'en' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { validateSettings } from '../../shared/engine/validate';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';

/**
 * The carrier grid at 1024 px: the navigation shrinks to icons so the whole week, Saturday and Sunday
 * included, is on screen without scrolling sideways; a finding about a day's handover is written
 * below the service's row, full width, and the flagged time field points at it, instead of a
 * sentence squeezed into a 70 px column. English and French, 1024 px and wide.
 */
describe('Weekly schedule layout', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
    const sid = app.workspace.getPrefs().currentScenarioId!;
    const doc = app.services.scenarios.get(sid);
    const next = structuredClone(doc.settings);
    // USPS Priority Mail's Saturday pickup before the 10:30 Saturday cutoff: a finding on that day.
    next.warehouses[0]!.services.find((p) => p.serviceId === 'usps-priority-mail')!.days.sat = {
      kind: 'pickup',
      times: ['10:00'],
    };
    app.services.scenarios.save(sid, doc.revision, next);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const settings = () => app.services.scenarios.get(app.workspace.getPrefs().currentScenarioId!).settings;

  async function weekFits(page: Page) {
    const table = page.getByRole('table', { name: /Carrier handovers|Remises au transporteur/ }).first();
    const box = await table.evaluate((el) => {
      const container = el.parentElement!;
      return { scroll: container.scrollWidth, client: container.clientWidth };
    });
    expect(box.scroll, 'the week scrolls sideways').toBeLessThanOrEqual(box.client + 1);
    const sun = await page.getByTestId('handover-ups-ground-sun').boundingBox();
    expect(sun!.x + sun!.width).toBeLessThanOrEqual(1024);
  }

  it('shows the whole week at 1024 px and writes findings below the row', async () => {
    const finding = validateSettings(settings()).find(
      (f) => f.path.startsWith('warehouses.0.services.') && f.path.endsWith('.days.sat') && f.severity !== 'info',
    );
    expect(finding, 'the engine flags the Saturday pickup').toBeDefined();
    const { page, context, errors } = await app.newPage();
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.getByTestId('nav-schedule').click();
    await page.getByTestId('service-row-ups-ground').waitFor();
    expect(await page.locator('.MuiDrawer-root').getAttribute('data-compact')).toBe('true');
    // The page names stay available to screen readers and as tooltips.
    expect(await page.getByTestId('nav-simulation').textContent()).toContain('Simulation');
    await weekFits(page);

    const below = page.getByTestId('service-findings-usps-priority-mail');
    const text = (await below.textContent()) ?? '';
    expect(text).toMatch(/^Saturday: /);
    expect(text).toContain('10:00');
    // The flagged field says where its explanation is; the day's cell stays a cell, not a column of text.
    const input = page
      .getByTestId('handover-usps-priority-mail-sat')
      .locator('input[data-entry-id^="pickup:"]')
      .first();
    const describedBy = await input.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('10:00');
    const cell = await page.getByTestId('handover-usps-priority-mail-sat').boundingBox();
    // (a Select, one time field and the add-pickup button; with the sentence inside it was ~20 lines tall)
    expect(cell!.height).toBeLessThan(160);
    await page
      .getByRole('table', { name: /Carrier handovers/ })
      .first()
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'schedule-grid-1024-en.png') });

    await page.setViewportSize({ width: 1440, height: 900 });
    // The navigation widens on the media query's next render: wait for that state, not a fixed time.
    await page.locator('.MuiDrawer-root[data-compact="false"]').waitFor();
    await page
      .getByRole('table', { name: /Carrier handovers/ })
      .first()
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'schedule-grid-wide-en.png') });

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').click();
    await page.getByTestId('language-fr').click();
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.getByTestId('nav-schedule').click();
    await page.getByTestId('service-row-ups-ground').waitFor();
    await weekFits(page);
    expect((await below.textContent()) ?? '').toMatch(/^samedi\u202f: /);
    await page
      .getByRole('table', { name: /Remises au transporteur/ })
      .first()
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'schedule-grid-1024-fr.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/domain/settings';
import { AppHarness } from '../support/appHarness';

/**
 * The Weekend check as a shipping manager uses it: the sample's Saturday pickups are all fine; a
 * UPS Ground Saturday pickup and a FedEx Home Delivery Sunday drop-off are flagged with what would
 * fix them; declaring the special operating plan right on the screen is saved and clears the
 * problem; a week without weekend handovers fails six-day operation and says which day to add.
 */
describe('Weekend check end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;
  const saved = () => app.services.scenarios.get(scenarioId()).settings;
  function rewrite(mutate: (s: Settings) => void) {
    const doc = app.services.scenarios.get(scenarioId());
    const next = structuredClone(doc.settings);
    mutate(next);
    app.services.scenarios.save(scenarioId(), doc.revision, next);
  }
  const service = (s: Settings, id: string) => s.warehouses[0]!.services.find((p) => p.serviceId === id)!;

  it('shows the carrier matrix and the sample plan: four Saturday pickups, all available, six-day verdicts met', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-weekend').click();
    await page.getByRole('heading', { name: 'Weekend check', level: 1 }).waitFor();
    expect(await page.getByTestId('weekend-matrix-row').count()).toBe(6);
    const upsGround = page.getByTestId('weekend-matrix-row').first();
    expect(
      await upsGround
        .locator('[data-capability]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-capability'))),
    ).toEqual(['limited', 'no', 'limited', 'no']);
    expect(await page.getByTestId('weekend-row').count()).toBe(4);
    expect(await page.locator('[data-testid="weekend-row"][data-status="available"]').count()).toBe(4);
    expect(await page.getByTestId('weekend-summary').textContent()).toContain(
      'Every weekend handover (4) is one the carriers will do.',
    );
    expect(await page.getByTestId('six-day-operation-verdict').getAttribute('data-pass')).toBe('true');
    expect(await page.getByTestId('six-day-delivery-verdict').getAttribute('data-pass')).toBe('true');
    expect(await page.getByTestId('six-day-operation').textContent()).toContain(
      'Columbus DC ships on Mon, Tue, Wed, Thu, Fri, Sat (6 days).',
    );
    await app.screenshot(page, 'weekend-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('flags a limited and a not-offered weekend handover with their fixes; declaring the plan on screen saves and clears it', async () => {
    rewrite((s) => {
      service(s, 'ups-ground').days.sat = { kind: 'pickup', times: ['12:00'] };
      service(s, 'fedex-home-delivery').days.sun = { kind: 'dropoff', latest: '15:00' };
    });
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-weekend').click();
    const ground = page.locator('[data-testid="weekend-row"][data-service="ups-ground"][data-day="sat"]');
    const home = page.locator('[data-testid="weekend-row"][data-service="fedex-home-delivery"][data-day="sun"]');
    await ground.waitFor();
    expect(await ground.getAttribute('data-status')).toBe('needsSpecialPlan');
    expect(await ground.textContent()).toContain('Needs a special operating plan');
    expect(await ground.getByTestId('weekend-fix').textContent()).toContain('Sign a special operating plan with UPS');
    expect(await home.getAttribute('data-status')).toBe('notOffered');
    expect(await home.textContent()).toContain('Sunday · drop-off by 15:00');
    expect(await home.getByTestId('weekend-fix').textContent()).toMatch(/Sunday/);
    expect(await home.textContent()).toContain('Cannot help: not offered');
    expect(await page.getByTestId('weekend-summary').textContent()).toContain('will not happen as planned: 2 of 6.');
    await app.screenshot(page, 'weekend-problems-en');

    const toggle = page.getByLabel('Special operating plan with UPS for UPS Ground on Saturday (Columbus DC)');
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => ground.getAttribute('data-status')).toBe('needsSpecialPlan');
    await expect.poll(() => ground.getAttribute('data-usable')).toBe('true');
    expect(await ground.textContent()).toContain('Plan declared · outside Buy Shipping');
    expect(await ground.getByTestId('weekend-fix').textContent()).toContain(
      'Buy these labels directly from UPS, outside Buy Shipping.',
    );
    expect(await page.getByTestId('weekend-summary').textContent()).toContain('as planned: 1 of 6.');
    expect(await page.getByTestId('weekend-summary').textContent()).toContain(
      'Weekend handovers under a special operating plan: 1.',
    );
    await expect.poll(() => service(saved(), 'ups-ground').specialPlans.sat).toBe(true);
    await app.screenshot(page, 'weekend-plan-declared-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without any weekend handover, six-day operation fails and names Saturday as the day to add', async () => {
    rewrite((s) => {
      for (const p of s.warehouses[0]!.services) {
        delete p.days.sat;
        delete p.days.sun;
      }
    });
    const { page, context } = await app.newPage();
    await page.getByTestId('nav-weekend').click();
    await page.getByTestId('six-day-operation-fix').waitFor();
    expect(await page.getByTestId('six-day-operation-verdict').getAttribute('data-pass')).toBe('false');
    expect(await page.getByTestId('six-day-operation-fix').textContent()).toContain('add: Saturday.');
    expect(await page.getByTestId('weekend-summary').textContent()).toContain(
      'no Saturday or Sunday pickup or drop-off',
    );
    expect(await page.getByTestId('weekend-row').count()).toBe(0);
    await app.screenshot(page, 'weekend-empty-en');
    await context.close();
  });

  it('reads in French and renders in the dark theme', async () => {
    rewrite((s) => {
      service(s, 'ups-ground').days.sat = { kind: 'pickup', times: ['12:00'] };
      service(s, 'ups-ground').specialPlans.sat = false;
      service(s, 'usps-priority-mail').days.sat = { kind: 'pickup', times: ['12:00'] };
      service(s, 'fedex-home-delivery').days.sun = { kind: 'dropoff', latest: '15:00' };
    });
    app.workspace.setPrefs({ language: 'fr' });
    const fr = await app.newPage();
    await fr.page.getByTestId('nav-weekend').click();
    await fr.page.getByRole('heading', { name: 'Contrôle du week-end', level: 1 }).waitFor();
    await fr.page.getByRole('columnheader', { name: 'Comment corriger' }).waitFor();
    const text = (await fr.page.locator('main').textContent()) ?? '';
    expect(text).toContain('Plan d’exploitation spécial nécessaire');
    expect(text).toContain('samedi · enlèvement à 12:00');
    expect(text).not.toMatch(/weekend\.|catalog\.|finding\./);
    await app.screenshot(fr.page, 'weekend-fr');
    await fr.context.close();

    app.workspace.setPrefs({ language: 'en', theme: 'dark' });
    const dark = await app.newPage();
    await dark.page.getByTestId('nav-weekend').click();
    await dark.page.getByTestId('weekend-plan').waitFor();
    await app.screenshot(dark.page, 'weekend-dark-en');
    await dark.context.close();
    app.workspace.setPrefs({ theme: 'light' });
  });
});

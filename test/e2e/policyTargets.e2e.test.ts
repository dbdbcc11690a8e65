import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';

/**
 * The policy targets on Settings use the app's validated number field: an entry outside 0–100 %
 * stays on screen with its reason, the save status says it is not saved, nothing is saved; a valid
 * entry is saved as the share the user typed; emptying the field removes the target.
 */
describe('Policy target fields', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const settings = () => app.services.scenarios.get(app.workspace.getPrefs().currentScenarioId!).settings;
  const custom = () => settings().customPolicies[0];

  it('refuses 120 % with a reason and saves 80.5 % as 0.805', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('policy-copy').click();
    await expect.poll(() => custom()?.id ?? null).not.toBeNull();
    const field = page.getByTestId('target-standard-le2');
    await expect.poll(() => field.isEditable()).toBe(true);
    const before = custom()!.targets.standard?.le2;
    expect(before).toBeGreaterThan(0);

    await field.fill('120');
    await field.press('Tab');
    await page.getByText('120 is above the maximum (100 %).').first().waitFor();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('invalid');
    expect(await page.getByTestId('save-status').textContent()).toContain('Not saved');
    expect(await field.inputValue()).toBe('120');
    expect(custom()!.targets.standard?.le2).toBe(before);
    await app.screenshot(page, 'policy-target-refused-en');

    await field.fill('80.5');
    await field.press('Tab');
    await expect.poll(() => custom()!.targets.standard?.le2).toBe(0.805);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).not.toBe('invalid');

    await field.fill('');
    await field.press('Tab');
    await expect.poll(() => custom()!.targets.standard?.le2 ?? null).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';
import { dumpDatabase } from '../support/dbDump';

/**
 * The Reports screen as a shipping manager uses it: export the settings report as a PDF (printed by
 * Chromium through the same handler path the app uses), check its pages and text with poppler and
 * render every page to PNG for a person to look at; export CSVs and the scenario JSON; import that JSON
 * back as a new scenario; see a broken transit CSV refused with row and field and nothing changed;
 * draft, edit and export the plan of action; the screen in English and French.
 */
describe('Reports end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;

  function pdfText(file: string): string {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  }
  function pdfPages(file: string): number {
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  }
  /** Every page as PNG under test-results/screenshots, to look at. */
  function renderPages(file: string, prefix: string): string[] {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const old of fs.readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(`${prefix}-`)))
      fs.rmSync(path.join(SCREENSHOT_DIR, old));
    execFileSync('pdftoppm', ['-r', '70', '-png', file, path.join(SCREENSHOT_DIR, prefix)]);
    return fs.readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'));
  }

  it('exports the settings report as a PDF with every section, the failing checks and the data credits', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await app.screenshot(page, 'reports-en');
    const download = app.nextDownload();
    await page.getByTestId('export-pdf').click();
    await page
      .getByTestId('reports-outcome')
      .getByText(/Saved to .*report.*\.pdf/)
      .waitFor({ timeout: 20_000 });
    const file = await download;
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(10);
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const s of [
      'Settings report',
      'Scenario: Sample — Columbus, OH',
      '2 of 10 checks fail.',
      '1. Warehouses and weekly schedule',
      '3. Weekend check',
      '6. Where and when promises are fast',
      '8. Assumptions, data sources and policy',
      'CC BY 4.0',
      'us-atlas 3.0.1',
      'July 6, 2026',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(
      /standard-size: share of page views promised within 2 days 65\.2% (\(dashboard [\d.]+%\) )?75% (\(dashboard 75%\) )?9\.8 pts Fail/,
    );
    const pngs = renderPages(file, 'report-pdf-en');
    expect(pngs).toHaveLength(pages);
    console.log(
      `report PDF (EN): ${pages} pages, ${fs.statSync(file).size} bytes -> ${pngs.length} PNGs in test-results/screenshots`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the French report and the CSVs and JSON, without changing the workspace', async () => {
    const before = dumpDatabase(app.opened.db);
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('reports-lang').click();
    await page.getByRole('option', { name: 'French' }).click();
    const frDownload = app.nextDownload();
    await page.getByTestId('export-pdf').click();
    await page
      .getByTestId('reports-outcome')
      .getByText(/Saved to .*rapport.*\.pdf/)
      .waitFor({ timeout: 20_000 });
    const fr = await frDownload;
    const text = pdfText(fr).replace(/\s+/g, ' ');
    expect(text).toContain('Rapport de paramétrage');
    expect(text).toContain('Contrôles en échec : 2 sur 10.');
    expect(text).toContain('Hypothèses, sources des données et règles');
    const pngs = renderPages(fr, 'report-pdf-fr');
    console.log(`report PDF (FR): ${pdfPages(fr)} pages -> ${pngs.length} PNGs`);

    const csvs: Record<string, string> = {};
    // French exports get French file names (the JSON below follows the English interface).
    const frenchName = {
      schedule: 'horaires',
      coverageZip3: 'couverture par ZIP3',
      coverageState: 'couverture par État',
      metrics: 'statistiques',
    };
    for (const kind of ['schedule', 'coverageZip3', 'coverageState', 'metrics'] as const) {
      const csv = app.nextDownload();
      await page.getByTestId(`export-csv-${kind}`).click();
      await page
        .getByTestId('reports-outcome')
        .getByText(new RegExp(`Saved to .*${frenchName[kind]}.*\\.csv`))
        .waitFor();
      csvs[kind] = await csv;
    }
    const states = fs.readFileSync(csvs['coverageState']!, 'utf8');
    expect(states.startsWith('\uFEFFCode de l’État,État,')).toBe(true);
    expect(states.split('\r\n').filter(Boolean)).toHaveLength(50);
    const json = app.nextDownload();
    await page.getByTestId('export-json').click();
    await page
      .getByTestId('reports-outcome')
      .getByText(/Saved to .*settings.*\.json/)
      .waitFor();
    expect(JSON.parse(fs.readFileSync(await json, 'utf8')).formatVersion).toBe(2);
    expect(dumpDatabase(app.opened.db)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports the exported JSON as a new scenario and refuses a broken transit CSV with row and field, changing nothing', async () => {
    const json = app.savedPaths.find((p) => p.endsWith('.json'))!;
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    app.queueOpenPath(json);
    await page.getByTestId('import-settings').click();
    await page
      .getByTestId('reports-outcome')
      .getByText(
        'Imported as “Sample — Columbus, OH (imported)”: a scenario named “Sample — Columbus, OH” already exists.',
      )
      .waitFor();
    expect(app.workspace.listScenarios().map((s) => s.name)).toContain('Sample — Columbus, OH (imported)');

    const csv = path.join(app.dataDir, 'transit.csv');
    fs.writeFileSync(
      csv,
      '\uFEFFdest,service,business_days\r\n432,UPS Ground,1\r\n902,UPS Grnd,2\r\n=cmd,ups-ground,x\r\n',
    );
    const before = dumpDatabase(app.opened.db);
    app.queueOpenPath(csv);
    await page.getByTestId('import-transit').click();
    const box = page.getByTestId('import-errors');
    await box.waitFor();
    expect(await box.textContent()).toContain('Nothing was imported');
    const items = await page.getByTestId('import-error').allTextContents();
    expect(items).toContain('Row 3, service: unknown service "UPS Grnd" (did you mean "UPS Ground"?)');
    expect(items.some((i) => i.startsWith('Row 4, dest:'))).toBe(true);
    expect(items.some((i) => i.startsWith('Row 4, business_days:'))).toBe(true);
    expect(dumpDatabase(app.opened.db)).toBe(before);
    await app.screenshot(page, 'reports-import-error-en');

    fs.writeFileSync(csv, 'dest,service,business_days\n432,UPS Ground,1\n');
    app.queueOpenPath(csv);
    await page.getByTestId('import-transit').click();
    await page.getByTestId('reports-outcome').getByText('1 transit time imported; the scenario now has 1.').waitFor();
    expect(app.services.scenarios.get(scenarioId()).settings.transitOverrides).toEqual([
      { serviceId: 'ups-ground', dest: '432', businessDays: 1 },
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drafts the plan of action, saves edits as the user types, and exports it as Markdown and PDF', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('plan-draft').click();
    await page.getByTestId('plan-section').first().waitFor();
    expect(
      await page.getByTestId('plan-section').evaluateAll((els) => els.map((e) => e.getAttribute('data-section'))),
    ).toEqual(['summary', 'speed.standard.le1', 'speed.standard.le2', 'prevention']);
    const root = page.getByTestId('plan-root-speed.standard.le2');
    expect(await root.inputValue()).toContain('65.2% of standard-size page views are promised within 2 days');
    await page
      .getByTestId('plan-actions-speed.standard.le2')
      .fill('- Add a Saturday UPS Ground pickup under a special plan.\n- Re-simulate.');
    await page
      .getByTestId('plan-save-state')
      .getByText(/All changes saved/)
      .waitFor();
    expect(app.services.plans.get(scenarioId())!.plan.sections[2]!.actions).toBe(
      '- Add a Saturday UPS Ground pickup under a special plan.\n- Re-simulate.',
    );
    await app.screenshot(page, 'reports-plan-en');

    const mdDownload = app.nextDownload();
    await page.getByTestId('plan-export-md').click();
    await page
      .getByTestId('reports-outcome')
      .getByText(/Saved to .*plan of action.*\.md/)
      .waitFor();
    const md = fs.readFileSync(await mdDownload, 'utf8');
    expect(md).toContain('# Plan of action');
    expect(md).toContain('- Add a Saturday UPS Ground pickup under a special plan.');
    const pdfDownload = app.nextDownload();
    await page.getByTestId('plan-export-pdf').click();
    await page
      .getByTestId('reports-outcome')
      .getByText(/Saved to .*plan of action.*\.pdf/)
      .waitFor({ timeout: 20_000 });
    const pdf = await pdfDownload;
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('Add a Saturday UPS Ground pickup under a special plan.');
    const pngs = renderPages(pdf, 'plan-pdf-en');
    console.log(`plan PDF: ${pdfPages(pdf)} pages -> ${pngs.length} PNGs`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the Reports screen in French', async () => {
    app.workspace.setPrefs({ language: 'fr' });
    const { page, context, errors } = await app.newPage({ locale: 'fr-FR' });
    await page.getByTestId('nav-reports').click();
    await page.getByRole('heading', { name: 'Rapports', level: 1 }).waitFor();
    expect(await page.getByTestId('export-pdf').textContent()).toContain('Rapport de paramétrage (PDF)');
    expect(await page.getByTestId('plan-export-pdf').textContent()).toContain('Exporter le plan (PDF)');
    await app.screenshot(page, 'reports-fr');
    expect(errors).toEqual([]);
    await context.close();
    app.workspace.setPrefs({ language: 'en' });
  });
});

describe('Returns and SAFE-T deadlines', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('works out the help page’s deadlines: refund in two business days (holidays skipped), SAFE-T in seven days, one dispute', async () => {
    const sid = app.workspace.getPrefs().currentScenarioId!;
    const doc = app.services.scenarios.get(sid);
    const s = structuredClone(doc.settings);
    s.holidays.push({ date: '2026-12-28', name: 'Inventory day' });
    app.services.scenarios.save(sid, doc.revision, s);

    const { page, context } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    // A return received on Thursday 24 December: Christmas (a holiday of the plan), the weekend and
    // the warehouse's Monday 28 inventory day are skipped -> Tuesday 29 and Wednesday 30.
    await page.getByTestId('deadline-received').fill('2026-12-24');
    expect(await page.getByTestId('deadline-refund').textContent()).toContain('Wed, Dec 30, 2026');
    await page.getByTestId('deadline-request').fill('2026-11-27');
    expect(await page.getByTestId('deadline-safet-info').textContent()).toContain('Fri, Dec 4, 2026');
    await page.getByTestId('deadline-decision').fill('2026-11-27');
    expect(await page.getByTestId('deadline-safet-dispute').textContent()).toContain('Fri, Dec 4, 2026');
    await page.getByLabel('Already disputed once').check();
    expect(await page.getByTestId('deadline-safet-dispute').textContent()).toContain('cannot be disputed again');
    await context.close();
  });
});

describe('Destination weights import', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;

  it('imports weights heavy on California: saved as custom weights, the ≤2-day share drops; population weights come back', async () => {
    const { page, context, errors } = await app.newPage();
    const le2 = () => page.getByTestId('metric-standard.le2').getByTestId('metric-value').textContent();
    const ready = () => page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
    await page.getByTestId('nav-simulation').click();
    await ready();
    const before = (await le2())!;
    expect(before).toMatch(/^\d+\.\d%$/);

    await page.getByTestId('nav-reports').click();
    expect(await page.getByTestId('weights-source').getAttribute('data-source')).toBe('population');
    expect(await page.getByTestId('weights-use-population').count()).toBe(0);
    // Los Angeles, San Diego, Sacramento and the Bay Area: far from Columbus, OH, by ground.
    const csv = path.join(app.dataDir, 'weights.csv');
    fs.writeFileSync(csv, '\uFEFFzip,orders\r\n900,1000\r\n921,400\r\n958,300\r\n94103,300\r\n432,10\r\n');
    app.queueOpenPath(csv);
    await page.getByTestId('import-weights').click();
    await page
      .getByTestId('reports-outcome')
      .getByText('Destination weights imported for 5 ZIP codes; the simulation now weights destinations by them.')
      .waitFor();
    expect(app.services.scenarios.get(scenarioId()).settings.destinationWeights).toEqual({
      source: 'custom',
      byZip: { '900': 1000, '921': 400, '958': 300, '94103': 300, '432': 10 },
    });
    await page.locator('[data-testid="weights-source"][data-source="custom"]').waitFor();
    expect(await page.getByTestId('weights-source').textContent()).toContain(
      'Destinations are weighted by your imported weights (5 ZIP codes).',
    );
    await app.screenshot(page, 'reports-weights-imported-en');

    await page.getByTestId('nav-simulation').click();
    await ready();
    await expect.poll(le2).not.toBe(before);
    const weighted = (await le2())!;
    console.log(`≤2-day share (standard): population ${before} -> California-heavy weights ${weighted}`);
    // Farther destinations: fewer views get a fast promise (2-day air still reaches California).
    expect(parseFloat(weighted)).toBeLessThan(parseFloat(before));

    await page.getByTestId('nav-reports').click();
    await page.getByTestId('weights-use-population').click();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect(app.services.scenarios.get(scenarioId()).settings.destinationWeights).toEqual({ source: 'population' });
    await page.locator('[data-testid="weights-source"][data-source="population"]').waitFor();
    await page.getByTestId('nav-simulation').click();
    await ready();
    await expect.poll(le2).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a bad weights CSV (unknown ZIP, negative weight) with row and field, changing nothing', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    const csv = path.join(app.dataDir, 'bad-weights.csv');
    fs.writeFileSync(csv, 'zip,weight\n900,10\n43299,5\n432,-2\n');
    const before = dumpDatabase(app.opened.db);
    app.queueOpenPath(csv);
    await page.getByTestId('import-weights').click();
    const box = page.getByTestId('import-errors');
    await box.waitFor();
    expect(await box.textContent()).toContain(
      'bad-weights.csv: 2 problems in the destination weights. Nothing was imported.',
    );
    expect(await page.getByTestId('import-error').allTextContents()).toEqual([
      'Row 3, zip: ZIP 43299 does not exist',
      'Row 4, weight: "-2" is negative; a weight is 0 or more',
    ]);
    expect(dumpDatabase(app.opened.db)).toBe(before);
    expect(await page.getByTestId('weights-source').getAttribute('data-source')).toBe('population');
    await app.screenshot(page, 'reports-weights-error-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';

/**
 * After an export: in the desktop app (its preload, with the OS shell recorded), "Open" and "Show in
 * folder" act on the file just written; in the browser, where the file goes to the browser's
 * downloads, the page says where to find it instead of offering buttons it cannot honour. The
 * metrics CSV labels its percentages: raw fractions, their unit, and the figure as shown.
 */
describe('Exports: open the file, or say where it is', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('desktop app: Open and Show in folder reach the OS shell with the exported file', async () => {
    const { page, context, errors } = await app.newPage({ shell: 'electron' });
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('export-csv-metrics').click();
    await page.getByTestId('export-open').click();
    await expect.poll(() => app.revealed.length).toBe(1);
    await page.getByTestId('export-show').click();
    await expect.poll(() => app.revealed.length).toBe(2);
    const file = app.savedPaths.at(-1)!;
    expect(app.revealed).toEqual([
      { file, action: 'open' },
      { file, action: 'showInFolder' },
    ]);
    const csv = fs.readFileSync(file, 'utf8').split('\r\n');
    expect(csv[0]).toContain('Unit of value and target,Value as shown,Target as shown');
    expect(csv.find((r) => r.startsWith('speed.standard.le2,'))).toMatch(
      /,0\.75,Fail,[\d.]+,share 0-1 \(0\.652 = 65\.2%\),65\.2%,75%$/,
    );
    await page
      .getByTestId('reports-outcome')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'export-reveal-desktop-en.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('browser: no buttons it cannot honour; it says the file is with the browser’s downloads', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    const download = app.nextDownload();
    await page.getByTestId('export-csv-metrics').click();
    await download;
    await page
      .getByTestId('export-browser-note')
      .getByText(/with its downloads/)
      .waitFor();
    expect(await page.getByTestId('export-open').count()).toBe(0);
    // The file name ends its own sentence: quoted and followed by a full stop, never run into the next one.
    expect(await page.getByTestId('reports-outcome').textContent()).toMatch(
      /^Saved to “[^”]+ - metrics - \d{4}-\d{2}-\d{2}\.csv”\. Your browser put it with its downloads /,
    );
    await page
      .getByTestId('reports-outcome')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'export-reveal-browser-en.png') });
    expect(errors).toEqual([]);
    await context.close();

    app.workspace.setPrefs({ language: 'fr' });
    const fr = await app.newPage({ locale: 'fr-FR' });
    await fr.page.getByTestId('nav-reports').click();
    const frDownload = app.nextDownload();
    await fr.page.getByTestId('export-csv-metrics').click();
    await frDownload;
    await fr.page.getByTestId('export-browser-note').waitFor();
    expect(await fr.page.getByTestId('reports-outcome').textContent()).toMatch(
      /^Enregistré dans « [^»]+\.csv »\. Votre navigateur l’a rangé avec ses téléchargements /,
    );
    await fr.page
      .getByTestId('reports-outcome')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'export-reveal-browser-fr.png') });
    app.workspace.setPrefs({ language: 'en' });
    expect(fr.errors).toEqual([]);
    await fr.context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import { simulate } from '../engine/simulate';
import { loadGeo } from '../geo';
import { ATTRIBUTIONS } from '../geo/attribution';
import { renderSettingsReport } from './settingsReport';

const geo = loadGeo();
const settings = sampleSettings();
const result = simulate(settings, geo);
const opts = { generatedAt: '2026-06-10T14:05:00Z', version: '0.1.0', timeZone: 'UTC' };

/** Text content without tags, entities decoded enough for assertions. */
function text(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('renderSettingsReport', () => {
  const en = renderSettingsReport(settings, result, { ...opts, lang: 'en' });
  const fr = renderSettingsReport(settings, result, { ...opts, lang: 'fr' });

  it('is a complete, script-free document with every section, in English', () => {
    expect(en.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(en).toContain('<html lang="en">');
    expect(en).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    // Only inline content: no links to fetch (the PDF window has no network and no JavaScript).
    expect(en).not.toMatch(/<(link|img|iframe)\b/i);
    const t = text(en);
    for (const heading of [
      '1. Warehouses and weekly schedule',
      '2. Carriers and pickups',
      '3. Weekend check',
      '4. Validation findings',
      '5. Simulated metrics',
      '6. Where and when',
      '7. Coverage by state',
      '8. Assumptions',
    ]) {
      expect(t).toContain(heading);
    }
    expect(t).toContain('Scenario: Sample — Columbus, OH');
    expect(t).toContain('June 10, 2026 at 2:05 PM');
    expect(t).toContain('US SFP program from 6 July 2026');
  });

  it('judges the sample as the simulation does: 2 of 10 checks fail, with their values and gaps', () => {
    const failing = result.checks.filter((c) => !c.pass).map((c) => c.id);
    expect(failing).toEqual(['speed.standard.le1', 'speed.standard.le2']);
    expect(en).toContain('data-verdict="fail"');
    expect(text(en)).toContain(`${failing.length} of ${result.checks.length} checks fail.`);
    const row = (id: string) => text(en.match(new RegExp(`<tr data-check="${id.replace(/\./g, '\\.')}">.*?</tr>`))![0]);
    expect(row('speed.standard.le1')).toContain(`${(Math.round(result.tiers.standard.le1 * 1000) / 10).toFixed(1)}%`);
    expect(row('speed.standard.le1')).toContain('40%');
    expect(row('speed.standard.le1')).toContain('Fail');
    expect(row('speed.standard.le5')).toContain('Pass');
    expect(row('coverage.nationwide')).toContain('49 states');
  });

  it('contains the US map with every measured state and the 7 x 24 heatmap', () => {
    expect(en.match(/<g data-state="[A-Z]{2}" data-band="\d?">/g)!.length).toBe(51);
    // Coloured in bands around the policy's standard-size 2-day target, with a legend saying so.
    expect(en).toContain('Standard size, share of views promised within 2 days (target 75%)');
    expect(en.match(/<title>Friday \d\d:00: /g)!.length).toBe(24);
    expect(en.match(/<tr data-state="[A-Z]{2}">/g)!.length).toBe(49);
  });

  it('with Hawaii included in Prime, lists it apart in the state table and colours it on the map', () => {
    const withHawaii = simulate({ ...settings, primeRemoteRegions: ['hawaii'] }, geo);
    const hi = withHawaii.byState['HI']!;
    const html = renderSettingsReport(settings, withHawaii, { ...opts, lang: 'en' });
    // The 49 rows of the pair of tables, then Hawaii's own.
    expect(html.match(/<tr data-state="[A-Z]{2}">/g)!.length).toBe(50);
    const row = html.match(/<tr data-state="HI">.*?<\/tr>/)![0];
    expect(text(row)).toContain(`Hawaii ${(hi.weight * 100).toFixed(1)}%`);
    expect(text(row)).toContain('not counted');
    expect(text(html)).toContain('Included in Prime outside the 48 states + DC');
    const map = html.match(/<g data-state="HI"[^>]*>.*?<\/g>/)![0];
    expect(map).not.toContain('#d9d9d9');
    expect(map).toContain('(included in Prime, not part of coverage)');
    expect(html.match(/<g data-state="AK"[^>]*>.*?<\/g>/)![0]).toContain('#d9d9d9');
    const frHtml = renderSettingsReport(settings, withHawaii, { ...opts, lang: 'fr' });
    expect(text(frHtml.match(/<tr data-state="HI">.*?<\/tr>/)![0])).toContain('non compté');
    expect(text(frHtml)).toContain('Inclus dans Prime hors des 48 États + DC');
    // By default neither the table nor the map has it.
    expect(en).not.toContain('<tr data-state="HI">');
    expect(en).not.toContain('Included in Prime outside');
  });

  it('lists the assumptions, every data source with its licence, and the policy source and date', () => {
    const t = text(en);
    for (const a of ATTRIBUTIONS) {
      expect(t).toContain(a.credit);
      expect(t).toContain(`Licence: ${a.licence}.`);
    }
    expect(t).toContain('CC BY 4.0');
    expect(t).toContain('Effective date July 6, 2026');
    expect(t).toContain('Seller Central help pages: 202072550');
    expect(t).toContain('Transit times and delivery days are defaults (assumptions)');
    expect(t).toContain('Size-tier mix: 85% standard size, 12% oversize, 3% extra-large.');
  });

  it('is in French with French words, dates and numbers, and no untranslated key', () => {
    expect(fr).toContain('<html lang="fr">');
    const t = text(fr);
    expect(t).toContain('Rapport de paramétrage');
    expect(t).toContain('10 juin 2026');
    expect(t).toContain('Date d’effet 6 juillet 2026');
    expect(t).toMatch(/18,9\s%/u);
    expect(t).toContain('lundi');
    for (const html of [en, fr])
      expect(text(html)).not.toMatch(/\b(report|catalog|policy|engine|finding|geo)\.[a-z][\w.-]*[a-z]\b/);
  });

  it('escapes what the user typed (scenario and warehouse names)', () => {
    const nasty = {
      ...settings,
      name: '<img src=x onerror=alert(1)>',
      warehouses: [{ ...settings.warehouses[0]!, name: 'A & B <script>' }],
    };
    const html = renderSettingsReport(nasty, simulate(nasty, geo), { ...opts, lang: 'en' });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; B &lt;script&gt;');
  });

  it('reports failures it finds: a warehouse without a Saturday handover fails six-day operation, and findings appear', () => {
    const s = sampleSettings();
    s.warehouses[0]!.services = s.warehouses[0]!.services.map((p) => ({ ...p, days: { ...p.days, sat: undefined } }));
    const html = renderSettingsReport(s, simulate(s, geo), { ...opts, lang: 'en' });
    const t = text(html);
    expect(t).toContain('Saturday is an operating day but no carrier picks up');
    expect(t).toContain('This plan has no Saturday or Sunday pickup or drop-off.');
  });

  it('gives the same bytes for the same inputs', () => {
    expect(renderSettingsReport(settings, result, { ...opts, lang: 'en' })).toBe(en);
  });
});

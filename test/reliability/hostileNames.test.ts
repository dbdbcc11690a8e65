import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSettings } from '../../shared/catalog/sample';
import type { Settings } from '../../shared/domain/settings';
import { POLICY_PROFILES } from '../../shared/catalog/policies';
import { simulate } from '../../shared/engine/simulate';
import { loadGeo } from '../../shared/geo';
import { renderSettingsReport } from '../../shared/report/settingsReport';
import { coverageStateCsv, coverageZip3Csv, metricsCsv, scheduleCsv } from '../../shared/report/exports';
import { translator } from '../../shared/report/format';
import { draftPlanOfAction } from '../../shared/report/planOfAction';
import { planHtml, planMarkdown } from '../../shared/report/planDocument';
import { runCli } from '../../cli/main';
import {
  actsOnTerminal,
  activeHtml,
  HOSTILE_NAMES,
  htmlShows,
  liveFormulaCells,
  markdownVerdict,
  readCsv,
} from '../support/hostileText';
import { recordFigure, tempDir } from './support';

/**
 * "Exports that cannot hurt": every hostile name (markup, javascript: links, Markdown syntax,
 * spreadsheet formulas behind ; and tab, terminal escapes, C1 and bidi controls) is put in the
 * scenario, a warehouse, a holiday and a custom policy, and pushed through every export that carries
 * names. Each payload × export is judged by a reader that knows nothing of the escaping code: HTML
 * scanned for active tags and handlers, CSV read with the comma, semicolon and tab, Markdown rendered
 * by a permissive renderer, CLI output scanned for characters a terminal acts on. An export must
 * also show the name (as text), so a check cannot pass because the name went missing.
 */

const geo = loadGeo();
const opts = { generatedAt: '2026-06-10T09:00:00Z', timeZone: 'UTC', version: '0.1.0' };

function hostileSettings(name: string): Settings {
  const s = sampleSettings();
  s.name = name;
  s.warehouses[0]!.name = name;
  s.holidays = [...s.holidays, { date: '2026-07-03', name }];
  const base = POLICY_PROFILES[POLICY_PROFILES.length - 1]!;
  s.customPolicies = [{ ...structuredClone(base), id: 'custom-hostile', name }];
  s.policyId = 'custom-hostile';
  return s;
}

let dir: string;
beforeAll(() => {
  dir = tempDir('hostile-names');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('hostile names through every export', () => {
  it('every payload is shown as text in every export: 0 unescaped', async () => {
    const unescaped: string[] = [];
    const missing: string[] = [];
    let checks = 0;
    const judge = (payload: string, exportName: string, leaks: string[], shown: boolean | null) => {
      checks++;
      if (leaks.length) unescaped.push(`${exportName} ${JSON.stringify(payload)}: ${leaks.slice(0, 3).join(' | ')}`);
      if (shown === false) missing.push(`${exportName} ${JSON.stringify(payload)}`);
    };
    let namelessCsvCells = 0;

    for (const [i, payload] of HOSTILE_NAMES.entries()) {
      const settings = hostileSettings(payload);
      const result = simulate(settings, geo, { policyId: settings.policyId });
      const tr = translator('en');

      const report = renderSettingsReport(settings, result, { lang: 'en', ...opts });
      judge(payload, 'HTML report', activeHtml(report), htmlShows(report, payload));

      const plan = draftPlanOfAction(settings, result, 'en');
      const html = planHtml(settings, plan, opts);
      judge(payload, 'plan HTML (PDF)', activeHtml(html), htmlShows(html, payload));
      const md = markdownVerdict(planMarkdown(settings, plan, opts), payload);
      judge(
        payload,
        'plan Markdown',
        md.foreignTags.map((t) => `<${t}>`),
        md.shown,
      );

      const schedule = scheduleCsv(settings, tr);
      const cells = readCsv(schedule, ',')
        .flat()
        .map((c) => c.replace(/'/g, ''));
      judge(payload, 'schedule CSV', liveFormulaCells(schedule), cells.includes(payload.replace(/'/g, '')));
      // The coverage and metrics CSVs carry no names; they are read for live formulas all the same.
      for (const csv of [coverageZip3Csv(result, geo, tr), coverageStateCsv(result, tr), metricsCsv(result, tr)]) {
        const live = liveFormulaCells(csv);
        namelessCsvCells += readCsv(csv, ',').flat().length;
        if (live.length) unescaped.push(`nameless CSV: ${live[0]}`);
      }

      // The CLI reads the same plan from a file. Names with control characters may be refused by the
      // settings reader: the refusal is printed too, and must be just as clean.
      const file = `hostile-${i}.json`;
      fs.writeFileSync(path.join(dir, file), JSON.stringify(settings));
      for (const argv of [
        ['validate', file],
        ['simulate', file],
        ['promise', file, '--at', '2026-06-12T15:30', '--to', '90001'],
        ['simulate', file, '--lang', 'fr'],
      ]) {
        let out = runCli(argv, dir);
        if (out.pending) out = await out.pending;
        const text = `${out.stdout}${out.stderr}`;
        judge(
          payload,
          `CLI ${argv[0]}${argv.includes('fr') ? ' (fr)' : ''}`,
          actsOnTerminal(text) ? [JSON.stringify(text.slice(0, 120))] : [],
          null,
        );
      }
    }

    recordFigure(
      'hostile names through every export',
      `${HOSTILE_NAMES.length} payloads, ${unescaped.length} unescaped (${checks} payload × export checks: HTML report, plan HTML, plan Markdown in a permissive renderer, schedule CSV read with , ; and tab, CLI validate/simulate/promise human output; plus ${namelessCsvCells} cells of the coverage and metrics CSVs, 0 live formulas)`,
    );
    expect(unescaped).toEqual([]);
    expect(missing).toEqual([]);
    expect(checks).toBe(HOSTILE_NAMES.length * 8);
  });

  it('the readers are not blind: unescaped payloads are caught by each of them', () => {
    expect(activeHtml('<p><img src=x onerror=alert(1)></p>').length).toBeGreaterThan(0);
    expect(activeHtml('<td>"><svg onload=alert(1)></td>').length).toBeGreaterThan(0);
    expect(liveFormulaCells('id,name\r\nw1,"Lyon;=HYPERLINK(""x"")"\r\n').length).toBeGreaterThan(0);
    expect(markdownVerdict('[x](javascript:alert(1))', 'x').foreignTags).toEqual(['a']);
    expect(actsOnTerminal('\u001b[2J')).toBe(true);
    expect(actsOnTerminal('\u202Egnp.exe')).toBe(true);
  });
});

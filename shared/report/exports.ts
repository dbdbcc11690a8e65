import { SETTINGS_MAX_BYTES } from '../domain/parseSettings';
import { utf8ByteLength } from '../domain/utf8';
/**
 * The data exports of a scenario: the weekly schedule, coverage by ZIP3 and by state, the metrics
 * (CSV, for spreadsheets) and the scenario itself in the settings file format (JSON, for import
 * elsewhere or version control). Pure functions of the settings and the simulation result; the
 * services write them atomically. Column headers are in the chosen language; ids stay as they are
 * (ups-ground, OH, 432) so sheets can be joined and filtered; shares are fractions 0..1 (6 decimals).
 */
import { SIZE_TIERS } from '../domain/carrier';
import { SettingsSchema, type Settings } from '../domain/settings';
import { WEEKDAYS, minutesOfDay, timeOfDay } from '../time/dateTime';
import { SERVICES } from '../catalog/services';
import type { SimulationResult } from '../engine/simulate';
import type { GeoData } from '../geo';
import { CONTIGUOUS_48_DC, isContiguousUs, stateName } from '../geo/states';
import { measuredForSpeed } from '../geo/remoteRegions';
import { checkStatus } from './checkStatus';
import { toCsv, type CsvCell } from './csv';
import { type Translator } from './format';
import { simulatedWeekText, simulatedWeekValue } from './simulatedWeek';
import type { report as REPORT_TEXTS } from '../i18n/en/report';

const round = (n: number | null | undefined): number | null =>
  n === null || n === undefined ? null : Math.round(n * 1e6) / 1e6;

/** The CSV columns that have a header text (`report.csv.<column>`, among the report owner's texts). */
type CsvColumn = ColumnOf<keyof typeof REPORT_TEXTS>;
type ColumnOf<Key> = Key extends `report.csv.${infer Column}` ? Column : never;

/** A CSV's header row in the reader's language. */
function headerRow(tr: Translator, columns: readonly CsvColumn[]): string[] {
  return columns.map((column) => tr.t(`report.csv.${column}`));
}

/**
 * One row per warehouse, weekday and carrier handover (a day with none still gets a row).
 * @example scheduleCsv(sampleSettings(), translator('en')).split('\r\n')[0] // '\uFEFFWarehouse,ZIP,...'
 */
export function scheduleCsv(settings: Settings, tr: Translator): string {
  const header = headerRow(tr, [
    'warehouse',
    'zip',
    'timeZone',
    'weekday',
    'ships',
    'sellerCutoff',
    'customerCutoff',
    'serviceId',
    'service',
    'carrier',
    'handover',
    'times',
    'specialPlan',
    'buyShipping',
  ]);
  const rows: CsvCell[][] = [];
  for (const w of settings.warehouses) {
    for (const day of WEEKDAYS) {
      const ships = w.operatingDays.includes(day);
      const cutoff = w.cutoffs[day];
      const customer = cutoff !== undefined ? timeOfDay(minutesOfDay(cutoff) - w.customerCutoffLeadMinutes) : '';
      const base: CsvCell[] = [
        w.name,
        w.zip,
        w.timeZone,
        tr.t(`catalog.weekday.${day}`),
        tr.t(ships ? 'report.yes' : 'report.no'),
        cutoff ?? '',
        ships ? customer : '',
      ];
      const handovers = w.services.filter((p) => p.enabled && p.days[day]);
      if (handovers.length === 0) rows.push([...base, '', '', '', '', '', '', '']);
      for (const p of handovers) {
        const h = p.days[day]!;
        const special = (day === 'sat' || day === 'sun') && p.specialPlans[day];
        rows.push([
          ...base,
          p.serviceId,
          tr.t(`catalog.service.${p.serviceId}`),
          tr.t(`catalog.carrier.${SERVICES[p.serviceId].carrier}`),
          tr.t(`catalog.handover.${h.kind}`),
          h.kind === 'pickup' ? h.times.join(' ') : h.latest,
          tr.t(special ? 'report.yes' : 'report.no'),
          tr.t(SERVICES[p.serviceId].buyShipping && !special ? 'report.yes' : 'report.no'),
        ]);
      }
    }
  }
  return toCsv(header, rows);
}

/**
 * Per ZIP3 measured for speed (standard size): weight, shares within 1 and 2 days, mean and shortest
 * promise, in ZIP3 order: the 48 states + DC, and also the ZIP3s of the remote regions the plan includes
 * in Prime (result.remotePrime), whose views the figures count; the state CSV says they are not part of
 * coverage.
 */
export function coverageZip3Csv(result: SimulationResult, geo: GeoData, tr: Translator): string {
  const header = headerRow(tr, ['zip3', 'state', 'timeZone', 'weight', 'le1', 'le2', 'meanDays', 'minDays']);
  const included = result.remotePrime?.regions;
  const rows: CsvCell[][] = [];
  result.byZip3.zip3.forEach((zip3, i) => {
    const rec = geo.byZip3.get(zip3);
    if (!rec || !measuredForSpeed([rec], included)[0]) return;
    rows.push([
      zip3,
      rec.state,
      rec.timeZone,
      round(result.byZip3.weight[i]),
      round(result.byZip3.le1[i]),
      round(result.byZip3.le2[i]),
      round(result.byZip3.meanDays[i]),
      result.byZip3.minDays[i] ?? null,
    ]);
  });
  return toCsv(header, rows);
}

/**
 * Coverage per state of the 48 + DC, alphabetical by code; with them the states and territories of the
 * remote regions the plan includes in Prime (their views count for speed, their coverage cell says they
 * are not part of Amazon's 48 + DC coverage).
 */
export function coverageStateCsv(result: SimulationResult, tr: Translator): string {
  const header = headerRow(tr, [
    'stateCode',
    'stateName',
    'weight',
    'le1',
    'le2',
    'le5',
    'meanDays',
    'covered',
    'unreachableZip3s',
  ]);
  const rows: CsvCell[][] = Object.keys(result.byState)
    .sort()
    .map((code) => {
      const s = result.byState[code]!;
      return [
        code,
        stateName(code, tr.lang),
        round(s.weight),
        round(s.le1),
        round(s.le2),
        round(s.le5),
        round(s.meanDays),
        tr.t(!isContiguousUs({ state: code }) ? 'report.csv.notCoverage' : s.covered ? 'report.yes' : 'report.no'),
        s.unreachableZip3s.join(' '),
      ];
    });
  return toCsv(header, rows);
}

/** Every simulated figure: the policy checks with their status, then the tier shares and the plan-wide figures. */
export function metricsCsv(result: SimulationResult, tr: Translator): string {
  // value, target and gap are raw (a share as a fraction 0-1) for formulas; the last columns say the
  // unit and give the value and target as the app shows them ("65.2%"), so nobody reads 0.652 as 0.652 %.
  const header = headerRow(tr, [
    'metric',
    'label',
    'value',
    'target',
    'status',
    'gap',
    'unit',
    'valueShown',
    'targetShown',
  ]);
  const units = new Map<string, MetricUnit>();
  const rows: CsvCell[][] = [
    // Which week these figures are for, first: a holiday week's shares are not a typical week's.
    ['simulatedWeek', tr.t('report.week'), simulatedWeekValue(result), null, simulatedWeekText(result, tr), null],
    ...result.checks.map((c): CsvCell[] => {
      units.set(c.id, checkUnit(c.id));
      return [
        c.id,
        tr.t(c.messageKey, c.params),
        round(c.value),
        round(c.target),
        tr.t(`report.status.${checkStatus(c)}`),
        round(c.gap),
      ];
    }),
  ];
  for (const tier of SIZE_TIERS) {
    const s = result.tiers[tier];
    for (const k of ['le1', 'le2', 'le3', 'le5', 'none'] as const) {
      rows.push([
        `tier.${tier}.${k}`,
        `${tr.t(`policy.tier.${tier}`)} · ${k === 'none' ? tr.t('report.col.noPromise') : tr.t(`policy.target.${k}`)}`,
        round(s[k]),
        null,
        '',
        null,
      ]);
    }
    rows.push([
      `tier.${tier}.meanDays`,
      `${tr.t(`policy.tier.${tier}`)} · ${tr.t('report.col.meanDays')}`,
      round(s.meanDays),
      null,
      '',
      null,
    ]);
    units.set(`tier.${tier}.meanDays`, 'days');
  }
  rows.push([
    'coverage.statesCovered',
    tr.t('engine.check.nationwide'),
    CONTIGUOUS_48_DC.length - result.missingStates.length,
    CONTIGUOUS_48_DC.length,
    '',
    null,
  ]);
  units.set('coverage.statesCovered', 'count');
  units.set('plan.sixDayOperation', 'yesNo');
  units.set('plan.sixDayDelivery', 'yesNo');
  // Plan-wide verdicts under their own ids: a policy that requires them already has a check row with
  // 'operation.sixDays' / 'delivery.sixDays', and a pivot on the metric column must not count twice.
  rows.push([
    'plan.sixDayOperation',
    tr.t('engine.check.sixDayOperation'),
    result.sixDayOperation ? 1 : 0,
    null,
    '',
    null,
  ]);
  rows.push([
    'plan.sixDayDelivery',
    tr.t('engine.check.sixDayDelivery'),
    result.sixDayDelivery ? 1 : 0,
    null,
    '',
    null,
  ]);
  rows.push([
    'outsideBuyShipping',
    tr.t('report.csv.outsideBuyShipping'),
    round(result.outsideBuyShippingShare),
    null,
    '',
    null,
  ]);
  const shown = (v: CsvCell, unit: MetricUnit): CsvCell => {
    if (typeof v !== 'number') return null;
    if (unit === 'share') return tr.percent(v, 1);
    if (unit === 'days') return tr.t('report.csv.daysShown', { value: tr.number(v, 1) });
    if (unit === 'yesNo') return tr.t(v ? 'report.csv.yes' : 'report.csv.no');
    return tr.number(v, 0);
  };
  return toCsv(
    header,
    rows.map((r) => {
      if (r[0] === 'simulatedWeek') return [...r, null, null, null];
      // Rows without a recorded unit are shares (the tier figures, outside Buy Shipping).
      const unit = units.get(String(r[0])) ?? 'share';
      return [...r, tr.t(`report.csv.unit.${unit}`), shown(r[2] ?? null, unit), shown(r[3] ?? null, unit)];
    }),
  );
}

type MetricUnit = 'share' | 'days' | 'count' | 'yesNo';

/** The unit of a policy check's value and target, by its id: speed and Buy Shipping checks are shares. */
function checkUnit(id: string): MetricUnit {
  if (id.startsWith('coverage.')) return 'count';
  if (id === 'operation.sixDays' || id === 'delivery.sixDays') return 'yesNo';
  return 'share';
}

/**
 * The scenario in the settings file format (what "Import settings" and the CLI read), validated on
 * the way out so an export is always importable.
 * @example JSON.parse(scenarioJson(sampleSettings())).formatVersion // 2
 */
export function scenarioJson(settings: Settings): string {
  const valid = SettingsSchema.parse(settings);
  const pretty = `${JSON.stringify(valid, null, 2)}\n`;
  // Indented for people; compact when indentation alone would push a very large plan (thousands of
  // transit overrides) past the import size cap, so the export always comes back in.
  return utf8ByteLength(pretty, SETTINGS_MAX_BYTES + 1) <= SETTINGS_MAX_BYTES ? pretty : `${JSON.stringify(valid)}\n`;
}

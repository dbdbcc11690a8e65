import { CATALOGUE, type MessageKey } from '../../../../shared/i18n/catalogue';
import { toLang } from '../../../../shared/i18n/lang';
import { renderMessage } from '../../../../shared/i18n/render';
import type { SimulationResult } from '../../../../shared/engine/simulate';

export interface MetricRow {
  id: string;
  labelKey: MessageKey;
  /** 'flag' rows hold i18n keys (yes/no) in a and b; the others hold formatted numbers. */
  kind: 'share' | 'flag' | 'count';
  a: string;
  b: string;
  delta: string;
  /** Whether B is better than A on this metric; null when equal or not comparable. */
  better: boolean | null;
}

/**
 * The comparison table's rows: shares as percentages with the change in points, verdicts as
 * yes/no. Formatting follows the UI language (French uses a comma and a space before %).
 * @example
 * metricRows(a, b, 'en')[1] // { id: 'le2', kind: 'share', a: '71.2%', b: '78.9%', delta: '+7.7 pts', better: true }
 */
export function metricRows(a: SimulationResult, b: SimulationResult, language: string): MetricRow[] {
  const pct = new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const points = (delta: number) =>
    renderMessage(CATALOGUE[toLang(language)], 'scenarios.metric.deltaPoints', { delta: num.format(delta) });
  const share = (id: string, labelKey: MessageKey, va: number, vb: number, higherIsBetter = true): MetricRow => {
    const d = Math.round((vb - va) * 1000) / 10;
    return {
      id,
      labelKey,
      kind: 'share',
      a: pct.format(va),
      b: pct.format(vb),
      delta: d === 0 ? '0' : points(d),
      better: d === 0 ? null : d > 0 === higherIsBetter,
    };
  };
  const flag = (id: string, labelKey: MessageKey, va: boolean, vb: boolean): MetricRow => ({
    id,
    labelKey,
    kind: 'flag',
    a: va ? 'scenarios.yes' : 'scenarios.no',
    b: vb ? 'scenarios.yes' : 'scenarios.no',
    delta: va === vb ? '=' : vb ? '↑' : '↓',
    better: va === vb ? null : vb,
  });
  const failed = (r: SimulationResult) => r.checks.filter((c) => !c.pass).length;
  const fa = failed(a);
  const fb = failed(b);
  return [
    share('le1', 'scenarios.metric.le1', a.tiers.standard.le1, b.tiers.standard.le1),
    share('le2', 'scenarios.metric.le2', a.tiers.standard.le2, b.tiers.standard.le2),
    share('le3', 'scenarios.metric.le3', a.tiers.standard.le3, b.tiers.standard.le3),
    share('le5', 'scenarios.metric.le5', a.tiers.standard.le5, b.tiers.standard.le5),
    share('oversizeLe5', 'scenarios.metric.oversizeLe5', a.tiers.oversize.le5, b.tiers.oversize.le5),
    share(
      'outsideBuyShipping',
      'scenarios.metric.outsideBuyShipping',
      a.outsideBuyShippingShare,
      b.outsideBuyShippingShare,
      false,
    ),
    flag('nationwide', 'scenarios.metric.nationwide', a.nationwide, b.nationwide),
    flag('sixDayOperation', 'scenarios.metric.sixDayOperation', a.sixDayOperation, b.sixDayOperation),
    flag('sixDayDelivery', 'scenarios.metric.sixDayDelivery', a.sixDayDelivery, b.sixDayDelivery),
    flag('pass', 'scenarios.metric.pass', a.pass, b.pass),
    {
      id: 'failedChecks',
      labelKey: 'scenarios.metric.failedChecks',
      kind: 'count',
      a: String(fa),
      b: String(fb),
      delta: fa === fb ? '0' : `${fb - fa > 0 ? '+' : ''}${fb - fa}`,
      better: fa === fb ? null : fb < fa,
    },
  ];
}

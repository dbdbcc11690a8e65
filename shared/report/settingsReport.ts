/**
 * The settings report: one self-contained, print-ready HTML document (inline CSS and SVG, no
 * scripts, no external resources) describing a scenario and how it fares against a policy profile.
 * It is what a shipping manager hands to their boss or attaches to a plan of action, so every number
 * comes from the simulation and every assumption behind it is written out. Pure: the caller passes
 * the generation time; the same inputs give the same bytes (the PDF export and the CLI rely on it).
 */
import { SIZE_TIERS } from '../domain/carrier';
import type { Settings, Warehouse } from '../domain/settings';
import { WEEKDAYS, minutesOfDay, timeOfDay, type Weekday } from '../time/dateTime';
import type { PolicyProfile } from '../domain/policy';
import { isBuiltInPolicy, policyNameKey, resolvePolicy } from '../catalog/policies';
import { SERVICES } from '../catalog/services';
import { renderFinding, sortFindings } from '../engine/findings';
import { renderMessage } from '../i18n/render';
import type { SimulationCheck, SimulationResult } from '../engine/simulate';
import { describeDeliveredWeekdays } from '../engine/deliveredWeekdays';
import { describePrimeOff } from '../engine/primeOffText';
import { describeRemotePrime } from '../engine/remotePrimeText';
import { listAssumptions } from './assumptions';
import { ATTRIBUTIONS } from '../geo/attribution';
import { CONTIGUOUS_48_DC, isContiguousUs, stateName } from '../geo/states';
import { ZONE_UPPER_BOUNDS_MILES } from '../geo/zones';
import { checkStatus } from './checkStatus';
import { heatmapSvg, usMapSvg } from './charts';
import { escapeHtml as e, formatDate, formatDateTime, translator, type Translator } from './format';
import { simulatedWeekAssumption, simulatedWeekText, simulatedWeekValue } from './simulatedWeek';
import { REPORT_CSS } from './reportCss';
import { type Lang } from '../i18n/lang';

export interface SettingsReportOptions {
  lang: Lang;
  /** When the report is produced (ISO 8601); printed on the cover. */
  generatedAt: string;
  /** Time zone the generation time is shown in (default UTC). */
  timeZone?: string;
  /** ShipWeek version printed in the footer. */
  version?: string;
  /** Extra or overriding messages (tests). */
  messages?: Readonly<Record<string, string>>;
  /** Sections asked for on top of the plan's, as escaped HTML, printed last (e.g. the returns register). */
  extraSections?: readonly string[];
}

/** The policy's display name in the report language (built-ins are translated, custom ones are the user's). */
export function policyDisplayName(policy: PolicyProfile, tr: Translator): string {
  return isBuiltInPolicy(policy.id) ? tr.t(policyNameKey(policy.id)) : policy.name;
}

/** A check's value and target in words: shares as percentages, coverage as states, six days as yes/no. */
export function describeCheckValue(
  check: SimulationCheck,
  tr: Translator,
): { value: string; target: string; gap: string } {
  if (check.id.startsWith('speed.')) {
    // Exact share, then the whole percent Amazon's dashboard shows (rounded up; the pass rule compares those).
    const show = (exact: number, rounded: number | undefined) =>
      rounded === undefined
        ? tr.percent(exact)
        : tr.t('engine.check.rounded', { exact: tr.percent(exact), rounded: tr.percent(rounded, 0) });
    return {
      value: show(check.value, check.rounded?.value),
      target: show(check.target, check.rounded?.target),
      gap: check.pass ? '—' : tr.t('report.gap.points', { points: tr.number(check.gap * 100) }),
    };
  }
  if (check.id === 'coverage.nationwide') {
    return {
      value: tr.t('report.states', { count: check.value }),
      target: tr.t('report.states', { count: check.target }),
      gap: check.pass ? '—' : tr.t('report.states', { count: check.target - check.value }),
    };
  }
  return { value: tr.t(check.value >= 1 ? 'report.yes' : 'report.no'), target: tr.t('report.yes'), gap: '—' };
}

function statusBadge(status: 'pass' | 'atRisk' | 'fail', tr: Translator): string {
  return `<span class="badge ${status}">${e(tr.t(`report.status.${status}`))}</span>`;
}

function weekdayName(day: Weekday, tr: Translator): string {
  return tr.t(`catalog.weekday.${day}`);
}

function serviceName(id: keyof typeof SERVICES, tr: Translator): string {
  return tr.t(`catalog.service.${id}`);
}

function handoverText(w: Warehouse, day: Weekday, tr: Translator): string {
  // Grouped by time ("pickup 17:00: UPS Ground, UPS 2nd Day Air"): the carriers table lists them per
  // service; here the reader wants to see when the dock empties.
  const groups = new Map<string, string[]>();
  for (const plan of w.services) {
    const h = plan.days[day];
    if (!plan.enabled || !h) continue;
    const whens =
      h.kind === 'pickup'
        ? h.times.map((t) => tr.t('report.pickupAt', { times: t }))
        : [tr.t('report.dropoffBy', { time: h.latest })];
    for (const when of whens) groups.set(when, [...(groups.get(when) ?? []), serviceName(plan.serviceId, tr)]);
  }
  if (groups.size === 0) return `<span class="muted">${e(tr.t('report.none'))}</span>`;
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([when, services]) => `<strong>${e(when)}</strong>${tr.colon}${e(services.join(', '))}`)
    .join('<br>');
}

function coverSection(
  settings: Settings,
  result: SimulationResult,
  policy: PolicyProfile,
  tr: Translator,
  opts: SettingsReportOptions,
): string {
  const failed = result.checks.filter((c) => !c.pass).length;
  const atRisk = result.checks.filter((c) => checkStatus(c) === 'atRisk').length;
  const verdict =
    result.checks.length === 0
      ? 'report.verdict.noChecks'
      : failed > 0
        ? 'report.verdict.fail'
        : atRisk > 0
          ? 'report.verdict.atRisk'
          : 'report.verdict.pass';
  const verdictClass = failed > 0 ? 'fail' : atRisk > 0 ? 'atRisk' : 'pass';
  const std = result.tiers.standard;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  return `
<header class="cover">
  <p class="kicker">${e(tr.t('report.kicker'))}</p>
  <h1>${e(tr.t('report.title'))}</h1>
  <p class="scenario">${e(tr.t('report.scenario', { name: settings.name }))}</p>
  <dl class="meta">
    <dt>${e(tr.t('report.generatedAt'))}</dt><dd>${e(formatDateTime(opts.generatedAt, tr, opts.timeZone))}</dd>
    <dt>${e(tr.t('report.policy'))}</dt><dd>${e(policyDisplayName(policy, tr))} <span class="muted">(${e(policy.id)})</span></dd>
    <dt>${e(tr.t('report.week'))}</dt><dd data-week="${e(simulatedWeekValue(result))}">${e(simulatedWeekText(result, tr))}</dd>
    <dt>${e(tr.t('report.warehouseCount'))}</dt><dd>${settings.warehouses.length}</dd>
  </dl>
  <div class="verdict ${verdictClass}" data-verdict="${verdictClass}">
    <strong>${e(tr.t(verdict, { failed, atRisk, count: result.checks.length }))}</strong>
    <p>${e(tr.t('report.summaryLine', { le1: tr.percent(std.le1), le2: tr.percent(std.le2), le5: tr.percent(std.le5), states: CONTIGUOUS_48_DC.length - result.missingStates.length }))}</p>
    ${primeOffParagraph(settings, result, tr)}
    <p>${e(tr.t('report.findingCounts', counts))}</p>
  </div>
</header>`;
}

function warehousesSection(settings: Settings, tr: Translator): string {
  if (settings.warehouses.length === 0)
    return `<section><h2>${e(tr.t('report.section.warehouses'))}</h2><p>${e(tr.t('report.noWarehouse'))}</p></section>`;
  const blocks = settings.warehouses.map((w) => {
    const rows = WEEKDAYS.map((day) => {
      const operating = w.operatingDays.includes(day);
      const cutoff = w.cutoffs[day];
      const customer = cutoff !== undefined ? timeOfDay(minutesOfDay(cutoff) - w.customerCutoffLeadMinutes) : undefined;
      return `<tr${operating ? '' : ' class="off"'}><th scope="row">${e(weekdayName(day, tr))}</th><td>${e(tr.t(operating ? 'report.yes' : 'report.no'))}</td><td>${cutoff ? e(cutoff) : '—'}</td><td>${customer && operating ? e(customer) : '—'}</td><td>${operating ? handoverText(w, day, tr) : `<span class="muted">${e(tr.t('report.closed'))}</span>`}</td></tr>`;
    }).join('');
    const overrides = Object.entries(w.serviceCutoffs).flatMap(([id, byDay]) =>
      Object.entries(byDay ?? {}).map(([day, time]) =>
        tr.t('report.serviceCutoff', {
          service: serviceName(id as keyof typeof SERVICES, tr),
          day: weekdayName(day as Weekday, tr),
          time: String(time),
        }),
      ),
    );
    const closures = w.closures.length
      ? tr.t('report.closures', { dates: w.closures.map((d) => formatDate(d, tr)).join(', ') })
      : tr.t('report.noClosures');
    return `
<div class="warehouse">
  <h3>${e(w.name)}</h3>
  <p class="muted">${e(tr.t('report.warehouseLine', { zip: w.zip, timeZone: w.timeZone, lead: w.customerCutoffLeadMinutes }))}</p>
  <table class="schedule">
    <caption>${e(tr.t('report.scheduleCaption', { warehouse: w.name }))}</caption>
    <thead><tr><th scope="col">${e(tr.t('report.col.day'))}</th><th scope="col">${e(tr.t('report.col.operating'))}</th><th scope="col">${e(tr.t('report.col.sellerCutoff'))}</th><th scope="col">${e(tr.t('report.col.customerCutoff'))}</th><th scope="col">${e(tr.t('report.col.handovers'))}</th></tr></thead>
    <tbody>${rows}</tbody>
  </table>
  ${overrides.length ? `<p>${overrides.map(e).join('<br>')}</p>` : ''}
  <p>${e(closures)}</p>
</div>`;
  });
  const holidays = settings.holidays.length
    ? `<h3>${e(tr.t('report.holidays', { count: settings.holidays.length }))}</h3><ul class="columns">${[
        ...settings.holidays,
      ]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map(
          (h) =>
            `<li>${e(h.date)} — ${e(h.name)}${h.carriers ? ` <span class="muted">(${e(h.carriers.map((c) => tr.t(`catalog.carrier.${c}`)).join(', '))})</span>` : ` <span class="muted">(${e(tr.t('report.warehouseHoliday'))})</span>`}</li>`,
        )
        .join('')}</ul>`
    : `<p>${e(tr.t('report.noHolidays'))}</p>`;
  return `<section><h2>${e(tr.t('report.section.warehouses'))}</h2>${blocks.join('')}${holidays}</section>`;
}

function carriersSection(settings: Settings, tr: Translator): string {
  const blocks = settings.warehouses.map((w) => {
    const rows = w.services
      .map((p) => {
        const info = SERVICES[p.serviceId];
        const days = WEEKDAYS.map((day) => {
          const h = p.days[day];
          if (!h) return '<td class="muted">—</td>';
          const text = h.kind === 'pickup' ? h.times.join(' ') : tr.t('report.dropoffShort', { time: h.latest });
          const plan =
            (day === 'sat' || day === 'sun') && p.specialPlans[day]
              ? ` <span title="${e(tr.t('report.specialPlan'))}">${e(tr.t('report.specialPlanMark'))}</span>`
              : '';
          return `<td>${e(text)}${plan}</td>`;
        }).join('');
        return `<tr${p.enabled ? '' : ' class="off"'}><th scope="row">${e(serviceName(p.serviceId, tr))}${p.enabled ? '' : ` <span class="muted">(${e(tr.t('report.disabled'))})</span>`}</th><td>${e(tr.t(`catalog.serviceKind.${info.kind}`))}</td><td>${p.zoneCap ? e(tr.t('report.zoneCap', { zone: p.zoneCap })) : e(tr.t('report.allZones'))}</td><td>${e(tr.t(info.buyShipping ? 'report.yes' : 'report.no'))}</td>${days}</tr>`;
      })
      .join('');
    return `
<table class="carriers">
  <caption>${e(tr.t('report.carriersCaption', { warehouse: w.name }))}</caption>
  <thead><tr><th scope="col">${e(tr.t('report.col.service'))}</th><th scope="col">${e(tr.t('report.col.kind'))}</th><th scope="col">${e(tr.t('report.col.zones'))}</th><th scope="col">${e(tr.t('report.col.buyShipping'))}</th>${WEEKDAYS.map((d) => `<th scope="col">${e(tr.t(`report.weekdayShort.${d}`))}</th>`).join('')}</tr></thead>
  <tbody>${rows || `<tr><td colspan="11">${e(tr.t('report.noServices'))}</td></tr>`}</tbody>
</table>`;
  });
  return `<section><h2>${e(tr.t('report.section.carriers'))}</h2><p class="note">${e(tr.t('report.carriersNote'))}</p>${blocks.join('')}</section>`;
}

/**
 * The same sentences as the CLI and the Simulation page: views left out while Prime was off, remote regions included.
 */
function primeOffParagraph(settings: Settings, result: SimulationResult, tr: Translator): string {
  const line = describePrimeOff(result, settings.primeOffPeriods?.length ?? 0, tr.t, (share) => tr.percent(share));
  const remote = describeRemotePrime(result, tr.t, (share) => tr.percent(share));
  return (
    (line ? `<p class="prime-off">${e(line)}</p>` : '') + (remote ? `<p class="remote-prime">${e(remote)}</p>` : '')
  );
}

function weekendSection(settings: Settings, result: SimulationResult, tr: Translator): string {
  const items = result.weekend;
  const body = items.length
    ? `<table><caption>${e(tr.t('report.weekendCaption'))}</caption><thead><tr><th scope="col">${e(tr.t('report.col.warehouse'))}</th><th scope="col">${e(tr.t('report.col.service'))}</th><th scope="col">${e(tr.t('report.col.day'))}</th><th scope="col">${e(tr.t('report.col.matrix'))}</th><th scope="col">${e(tr.t('report.col.status'))}</th><th scope="col">${e(tr.t('report.col.fix'))}</th></tr></thead><tbody>${items
        .map((i) => {
          const status = i.usable ? (i.outsideBuyShipping ? 'atRisk' : 'pass') : 'fail';
          const label = i.usable
            ? i.outsideBuyShipping
              ? 'report.weekend.outsideBuyShipping'
              : 'report.weekend.available'
            : i.status === 'notOffered'
              ? 'catalog.weekendStatus.notOffered'
              : 'report.weekend.noPlan';
          return `<tr><td>${e(settings.warehouses[i.warehouseIndex]?.name ?? i.warehouseId)}</td><td>${e(serviceName(i.serviceId, tr))}</td><td>${e(weekdayName(i.day, tr))} · ${e(tr.t(`catalog.handover.${i.kind}`))}</td><td>${e(tr.t(`catalog.capability.${i.capability}`))}</td><td><span class="badge ${status}">${e(tr.t(label))}</span></td><td>${e(i.usable && !i.outsideBuyShipping ? '—' : renderMessage(tr.messages, i.fix.messageKey, i.fix.params))}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : `<p>${e(tr.t('report.weekend.none'))}</p>`;
  const six = `<p>${e(tr.t('report.sixDays', { operation: tr.t(result.sixDayOperation ? 'report.yes' : 'report.no'), delivery: tr.t(result.sixDayDelivery ? 'report.yes' : 'report.no') }))}</p><ul class="delivered-days">${describeDeliveredWeekdays(
    result.deliveredWeekdays,
    tr.t,
  )
    .map((line) => `<li>${e(line)}</li>`)
    .join('')}</ul>`;
  return `<section><h2>${e(tr.t('report.section.weekend'))}</h2><p class="note">${e(tr.t('catalog.capability.limitedExplained'))}</p>${body}${six}</section>`;
}

function findingsSection(result: SimulationResult, tr: Translator): string {
  const findings = sortFindings(result.findings);
  const body = findings.length
    ? `<table><caption>${e(tr.t('report.findingsCaption', { count: findings.length }))}</caption><thead><tr><th scope="col">${e(tr.t('report.col.severity'))}</th><th scope="col">${e(tr.t('report.col.message'))}</th><th scope="col">${e(tr.t('report.col.where'))}</th></tr></thead><tbody>${findings
        .map(
          (f) =>
            `<tr><td><span class="badge sev-${f.severity}">${e(tr.t(`report.severity.${f.severity}`))}</span></td><td>${e(renderFinding(tr.messages, f))}</td><td class="path">${e(f.path)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p class="ok">${e(tr.t('report.noFindings'))}</p>`;
  return `<section><h2>${e(tr.t('report.section.findings'))}</h2>${body}</section>`;
}

function metricsSection(result: SimulationResult, policy: PolicyProfile, tr: Translator): string {
  const checks = result.checks.length
    ? `<table class="checks"><caption>${e(tr.t('report.checksCaption', { policy: policyDisplayName(policy, tr) }))}</caption><thead><tr><th scope="col">${e(tr.t('report.col.check'))}</th><th scope="col" class="num">${e(tr.t('report.col.value'))}</th><th scope="col" class="num">${e(tr.t('report.col.target'))}</th><th scope="col" class="num">${e(tr.t('report.col.gap'))}</th><th scope="col">${e(tr.t('report.col.result'))}</th></tr></thead><tbody>${result.checks
        .map((c) => {
          const v = describeCheckValue(c, tr);
          return `<tr data-check="${e(c.id)}"><th scope="row">${e(tr.t(c.messageKey, c.params))}</th><td class="num">${e(v.value)}</td><td class="num">${e(v.target)}</td><td class="num">${e(v.gap)}</td><td>${statusBadge(checkStatus(c), tr)}</td></tr>`;
        })
        .join('')}</tbody></table><p class="note">${e(tr.t('report.atRiskNote', { points: 2 }))}</p>`
    : `<p>${e(tr.t('report.noChecks'))}</p>`;
  const tiers = `<table class="tiers"><caption>${e(tr.t('report.tiersCaption'))}</caption><thead><tr><th scope="col">${e(tr.t('report.col.tier'))}</th>${(['le1', 'le2', 'le3', 'le5'] as const).map((k) => `<th scope="col" class="num">${e(tr.t(`policy.target.${k}`))}</th>`).join('')}<th scope="col" class="num">${e(tr.t('report.col.noPromise'))}</th><th scope="col" class="num">${e(tr.t('report.col.meanDays'))}</th></tr></thead><tbody>${SIZE_TIERS.map(
    (tier) => {
      const s = result.tiers[tier];
      const target = policy.targets[tier];
      const cell = (k: 'le1' | 'le2' | 'le3' | 'le5') => {
        const t = target?.[k];
        return `<td class="num">${e(tr.percent(s[k]))}${t !== undefined ? `<br><span class="muted">${e(tr.t('report.targetShort', { target: tr.percent(t, 0) }))}</span>` : ''}</td>`;
      };
      return `<tr><th scope="row">${e(tr.t(`policy.tier.${tier}`))}</th>${cell('le1')}${cell('le2')}${cell('le3')}${cell('le5')}<td class="num">${e(tr.percent(s.none))}</td><td class="num">${s.meanDays === null ? '—' : e(tr.number(s.meanDays, 2))}</td></tr>`;
    },
  ).join('')}</tbody></table>`;
  const coverage = result.nationwide
    ? tr.t('report.coverageYes')
    : tr.t('report.coverageNo', {
        count: result.missingStates.length,
        states: result.missingStates.map((s) => `${stateName(s, tr.lang)} (${s})`).join(', '),
      });
  const facts = `<ul><li>${e(coverage)}</li><li>${e(tr.t('report.sixDays', { operation: tr.t(result.sixDayOperation ? 'report.yes' : 'report.no'), delivery: tr.t(result.sixDayDelivery ? 'report.yes' : 'report.no') }))}</li><li>${e(tr.t('report.outsideBuyShipping', { share: tr.percent(result.outsideBuyShippingShare) }))}</li></ul>`;
  return `<section><h2>${e(tr.t('report.section.metrics'))}</h2>${checks}${tiers}${facts}</section>`;
}

function figuresSection(result: SimulationResult, policy: PolicyProfile, tr: Translator): string {
  return `<section class="page-break figures">
<h2>${e(tr.t('report.section.figures'))}</h2>
<figure>${usMapSvg(result.byState, result.missingStates, tr, policy.targets.standard?.le2)}<figcaption>${e(tr.t('report.map.caption'))}</figcaption></figure>
<figure>${heatmapSvg(result.heatmap, tr)}<figcaption>${e(tr.t('report.heatmap.caption'))}</figcaption></figure>
</section>`;
}

function statesSection(result: SimulationResult, tr: Translator): string {
  const codes = [...CONTIGUOUS_48_DC].sort((a, b) =>
    stateName(a, tr.lang).localeCompare(stateName(b, tr.lang), tr.locale),
  );
  const half = Math.ceil(codes.length / 2);
  const table = (list: string[]) =>
    `<table class="states"><thead><tr><th scope="col">${e(tr.t('report.col.state'))}</th><th scope="col" class="num">${e(tr.t('report.col.weight'))}</th><th scope="col" class="num">${e(tr.t('report.col.le1Short'))}</th><th scope="col" class="num">${e(tr.t('report.col.le2Short'))}</th><th scope="col" class="num">${e(tr.t('report.col.le5Short'))}</th><th scope="col" class="num">${e(tr.t('report.col.daysShort'))}</th><th scope="col">${e(tr.t('report.col.covered'))}</th></tr></thead><tbody>${list
      .map((code) => {
        const s = result.byState[code];
        if (!s) return '';
        const covered = !isContiguousUs({ state: code })
          ? `<span class="muted">${e(tr.t('report.notCoverageShort'))}</span>`
          : s.covered
            ? e(tr.t('report.yes'))
            : `<strong class="fail-text">${e(tr.t('report.no'))}</strong>`;
        return `<tr data-state="${code}"><th scope="row">${e(stateName(code, tr.lang))}</th><td class="num">${e(tr.percent(s.weight))}</td><td class="num">${e(tr.percent(s.le1, 0))}</td><td class="num">${e(tr.percent(s.le2, 0))}</td><td class="num">${e(tr.percent(s.le5, 0))}</td><td class="num">${s.meanDays === null ? '—' : e(tr.number(s.meanDays, 1))}</td><td>${covered}</td></tr>`;
      })
      .join('')}</tbody></table>`;
  // The states and territories of the remote regions the plan includes in Prime: their views are in the
  // figures (and the weights above), so they are listed too, apart, as not part of coverage.
  const remote = Object.keys(result.byState)
    .filter((code) => !isContiguousUs({ state: code }))
    .sort((a, b) => stateName(a, tr.lang).localeCompare(stateName(b, tr.lang), tr.locale));
  const remoteTable =
    remote.length > 0
      ? `<h3>${e(tr.t('report.remoteStatesTitle'))}</h3><p class="note">${e(tr.t('report.remoteStatesNote'))}</p><div class="two-col">${table(remote)}<span class="col-spacer"></span></div>`
      : '';
  return `<section class="page-break"><h2>${e(tr.t('report.section.states'))}</h2><p class="note">${e(tr.t('report.statesNote'))}</p><div class="two-col">${table(codes.slice(0, half))}${table(codes.slice(half))}</div>${remoteTable}</section>`;
}

/** The account-health thresholds a profile may set, each with its label `policy.field.<name>`. */
const THRESHOLD_FIELDS: Readonly<Record<keyof PolicyProfile['thresholds'], true>> = {
  onTimeShipmentMin: true,
  buyShippingMin: true,
  cancellationMax: true,
  onTimeDeliveryMin: true,
  validTrackingMin: true,
  lateShipmentMax: true,
};
const isThresholdField = (k: string): k is keyof PolicyProfile['thresholds'] => Object.hasOwn(THRESHOLD_FIELDS, k);

/**
 * The shared assumptions list (shared/report/assumptions.ts) as a table: the same rows as the app's Assumptions page.
 */
function assumptionsTable(settings: Settings, tr: Translator, year: number): string {
  const items = listAssumptions(settings, {
    locale: tr.locale,
    colon: tr.t('report.colon'),
    year,
    dayName: (d) => tr.t(`assumptions.day.${d}`),
    serviceName: (id) => serviceName(id, tr),
    regionName: (r) => tr.t(`catalog.region.${r}`),
  });
  const overridden = items.filter((a) => a.status === 'overridden').length;
  return `<p class="note">${e(tr.t('assumptions.intro'))}</p>
<table class="assumptions"><caption>${e(tr.t('assumptions.count', { total: items.length, overridden }))}</caption><thead><tr><th scope="col">${e(tr.t('assumptions.col.topic'))}</th><th scope="col">${e(tr.t('assumptions.col.value'))}</th><th scope="col">${e(tr.t('assumptions.col.source'))}</th><th scope="col">${e(tr.t('assumptions.col.grade'))}</th><th scope="col">${e(tr.t('assumptions.col.status'))}</th></tr></thead><tbody>${items
    .map(
      (a) =>
        `<tr data-assumption="${a.id}" data-status="${a.status}"><th scope="row">${e(tr.t(a.topicKey))}</th><td>${e(tr.t(a.valueKey, a.valueParams))}${a.overrideKey ? `<br><strong>${e(tr.t(a.overrideKey, a.overrideParams))}</strong>` : ''}</td><td>${e(tr.t(a.sourceKey))}</td><td>${a.grade}</td><td>${e(tr.t(`assumptions.status.${a.status}`))}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function assumptionsSection(
  settings: Settings,
  result: SimulationResult,
  policy: PolicyProfile,
  tr: Translator,
  year: number,
): string {
  const used = [
    ...new Set(settings.warehouses.flatMap((w) => w.services.filter((p) => p.enabled).map((p) => p.serviceId))),
  ];
  const zoneHeads = Array.from({ length: 8 }, (_, i) => {
    const lo = i === 0 ? 0 : ZONE_UPPER_BOUNDS_MILES[i - 1]! + 1;
    const hi = ZONE_UPPER_BOUNDS_MILES[i];
    return `<th scope="col" class="num">${e(tr.t('report.zoneHead', { zone: i + 1 }))}<br><span class="muted">${e(hi === undefined ? tr.t('report.milesOver', { miles: lo - 1 }) : tr.t('report.milesRange', { from: lo, to: hi }))}</span></th>`;
  }).join('');
  const transit = used.length
    ? `<table class="transit"><caption>${e(tr.t('report.transitCaption'))}</caption><thead><tr><th scope="col">${e(tr.t('report.col.service'))}</th>${zoneHeads}<th scope="col">${e(tr.t('report.col.deliveryDays'))}</th></tr></thead><tbody>${used
        .map((id) => {
          const info = SERVICES[id];
          return `<tr><th scope="row">${e(serviceName(id, tr))}</th>${info.transitByZone.map((d) => `<td class="num">${d}</td>`).join('')}<td>${e(info.deliveryDays.map((d) => tr.t(`report.weekdayShort.${d}`)).join(' '))}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : '';
  const model = [
    tr.t('report.assumption.zones'),
    tr.t('catalog.assumption.services'),
    settings.transitOverrides.length
      ? tr.t('report.assumption.overrides', { count: settings.transitOverrides.length })
      : tr.t('report.assumption.noOverrides'),
    simulatedWeekAssumption(result, tr),
    tr.t('engine.assumption.views'),
    settings.viewProfile.source === 'default'
      ? tr.t('catalog.assumption.viewProfile')
      : tr.t('report.assumption.customViews'),
    settings.destinationWeights.source === 'population'
      ? tr.t('report.assumption.population')
      : tr.t('report.assumption.customWeights', { count: Object.keys(settings.destinationWeights.byZip).length }),
    tr.t('report.assumption.mix', {
      standard: tr.percent(settings.sizeTierMix.standard),
      oversize: tr.percent(settings.sizeTierMix.oversize),
      extraLarge: tr.percent(settings.sizeTierMix.extraLarge),
    }),
    tr.t('engine.assumption.sizeTiers'),
    tr.t('engine.assumption.coverage'),
    tr.t('engine.assumption.handover'),
    tr.t('report.assumption.metricsNotSimulated'),
  ];
  const sources = ATTRIBUTIONS.map(
    (a) =>
      `<li><strong>${e(a.credit)}</strong> — ${e(tr.t(a.textKey))} ${e(tr.t('report.licence', { licence: a.licence }))} <span class="url">${e(a.sourceUrl)}</span> · <span class="url">${e(a.licenceUrl)}</span></li>`,
  ).join('');
  const rules: string[] = [];
  if (policy.rules.minWeekdayCutoff)
    rules.push(`${tr.t('policy.field.minWeekdayCutoff')}${tr.colon}${policy.rules.minWeekdayCutoff}`);
  if (policy.rules.minSaturdayCutoff)
    rules.push(`${tr.t('policy.field.minSaturdayCutoff')}${tr.colon}${policy.rules.minSaturdayCutoff}`);
  if (policy.minPickupTime) rules.push(`${tr.t('policy.field.minPickupTime')}${tr.colon}${policy.minPickupTime}`);
  for (const flag of ['requireNationwide', 'requireSixDayOperation', 'requireSixDayDelivery'] as const) {
    rules.push(
      `${tr.t(`policy.field.${flag}`)}${tr.colon}${tr.t(policy[flag] ? 'report.required' : 'report.notRequired')}`,
    );
  }
  for (const [k, v] of Object.entries(policy.thresholds))
    if (v !== undefined && isThresholdField(k)) rules.push(`${tr.t(`policy.field.${k}`)}${tr.colon}${tr.percent(v)}`);
  for (const tier of SIZE_TIERS) {
    const t = policy.targets[tier];
    if (!t) continue;
    const parts = (['le1', 'le2', 'le3', 'le5'] as const)
      .filter((k) => t[k] !== undefined)
      .map((k) => `${tr.t(`policy.target.${k}`)} ≥ ${tr.percent(t[k]!, 0)}`);
    rules.push(`${tr.t(`policy.tier.${tier}`)}${tr.colon}${parts.join(', ')}`);
  }
  const description = isBuiltInPolicy(policy.id) ? tr.t(`policy.description.${policy.id}`) : policy.source.description;
  const policyBlock = `
<h3>${e(tr.t('report.policyProfile'))}</h3>
<dl class="meta">
  <dt>${e(tr.t('report.policyName'))}</dt><dd>${e(policyDisplayName(policy, tr))} <span class="muted">(${e(policy.id)})</span>${isBuiltInPolicy(policy.id) ? '' : ` — ${e(tr.t('policy.custom'))}`}</dd>
  <dt>${e(tr.t('report.policySource'))}</dt><dd>${e(description)}${policy.source.helpPages.length ? `<br>${e(tr.t('report.helpPages', { pages: policy.source.helpPages.join(', ') }))}` : ''}${policy.source.basedOn ? `<br>${e(tr.t('report.basedOn', { id: policy.source.basedOn }))}` : ''}</dd>
  <dt>${e(tr.t('report.policyEffective'))}</dt><dd>${e(policy.effectiveDate ? formatDate(policy.effectiveDate, tr) : tr.t('policy.effectiveDateUnknown'))}</dd>
</dl>
<ul>${rules.map((r) => `<li>${e(r)}</li>`).join('')}</ul>`;
  return `<section class="page-break"><h2>${e(tr.t('report.section.assumptions'))}</h2>
${assumptionsTable(settings, tr, year)}
<h3>${e(tr.t('report.transitModel'))}</h3><ul>${model.map((m) => `<li>${e(m)}</li>`).join('')}</ul>${transit}
${policyBlock}
<h3>${e(tr.t('geo.attribution.title'))}</h3><ul class="sources">${sources}<li>${e(tr.t('report.seedSource'))}</li></ul>
</section>`;
}

/**
 * The settings report of one scenario as a complete HTML document.
 * @example
 * const html = renderSettingsReport(settings, simulate(settings, loadGeo()), {
 *   lang: 'fr',
 *   generatedAt: '2026-06-10T09:00:00Z',
 * });
 * html.startsWith('<!DOCTYPE html>') // true
 */
export function renderSettingsReport(
  settings: Settings,
  result: SimulationResult,
  opts: SettingsReportOptions,
): string {
  const tr = translator(opts.lang, opts.messages);
  const policy = resolvePolicy(settings, result.policyId);
  const footer = tr.t('report.footer', {
    version: opts.version ?? '',
    date: formatDateTime(opts.generatedAt, tr, opts.timeZone),
  });
  return `<!DOCTYPE html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(tr.t('report.documentTitle', { name: settings.name }))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${coverSection(settings, result, policy, tr, opts)}
${warehousesSection(settings, tr)}
${carriersSection(settings, tr)}
${weekendSection(settings, result, tr)}
${findingsSection(result, tr)}
${metricsSection(result, policy, tr)}
${figuresSection(result, policy, tr)}
${statesSection(result, tr)}
${assumptionsSection(settings, result, policy, tr, Number(opts.generatedAt.slice(0, 4)))}
${(opts.extraSections ?? []).join('\n')}
</main>
<footer><p>${e(footer)}</p></footer>
</body>
</html>
`;
}

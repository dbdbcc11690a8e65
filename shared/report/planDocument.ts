/**
 * The plan of action as documents: Markdown (to paste into Seller Central's appeal form or an email)
 * and print-ready HTML (for the PDF export). The text is the user's edited draft; the header names
 * the scenario, the policy and the date.
 */
import { findPolicy } from '../catalog/policies';
import type { Translator } from './format';
import type { PolicyProfile } from '../domain/policy';
import type { Settings } from '../domain/settings';
import { escapeHtml as e, formatDateTime, translator, type ReportLang } from './format';
import type { PlanOfAction } from './planOfAction';
import { REPORT_CSS } from './reportCss';
import { policyDisplayName } from './settingsReport';

/**
 * The policy the plan was drafted against, by name; a policy since removed from the scenario is
 * named by its id and said to be gone, never silently replaced by another one.
 */
function policyLabel(policy: PolicyProfile | undefined, id: string, tr: Translator): string {
  return policy ? `${policyDisplayName(policy, tr)} (${policy.id})` : tr.t('plan.policyRemoved', { id });
}

export interface PlanDocumentOptions {
  generatedAt: string;
  timeZone?: string;
  version?: string;
}

/** Markdown has no escaping for plain paragraphs worth fighting; only headings and user text that starts like markup get a backslash. */
function mdText(text: string): string {
  return text.replace(/^(#{1,6}\s|>|={3,}|-{3,}\s*$)/gm, '\\$1');
}

/**
 * @example planMarkdown(settings, plan, { generatedAt: '2026-06-10T09:00:00Z' }).startsWith('# Plan of action') // true
 */
export function planMarkdown(settings: Settings, plan: PlanOfAction, opts: PlanDocumentOptions): string {
  const tr = translator(plan.lang as ReportLang);
  const policy = findPolicy(settings, plan.policyId);
  const lines = [
    `# ${tr.t('plan.title')}`,
    '',
    `**${tr.t('plan.scenario')}**${tr.colon}${mdText(settings.name)}  `,
    `**${tr.t('report.policy')}**${tr.colon}${policyLabel(policy, plan.policyId, tr)}  `,
    `**${tr.t('report.generatedAt')}**${tr.colon}${formatDateTime(opts.generatedAt, tr, opts.timeZone)}`,
    '',
  ];
  for (const s of plan.sections) {
    lines.push(`## ${mdText(s.title)}`, '', `### ${tr.t('plan.rootCause')}`, '', mdText(s.rootCause.trim()) || '—', '', `### ${tr.t('plan.actions')}`, '', mdText(s.actions.trim()) || '—', '');
  }
  lines.push('---', '', `_${tr.t('plan.footer', { version: opts.version ?? '' })}_`, '');
  return lines.join('\n');
}

/**
 * @example planHtml(settings, plan, { generatedAt: '2026-06-10T09:00:00Z' }).includes('<h1>') // true
 */
export function planHtml(settings: Settings, plan: PlanOfAction, opts: PlanDocumentOptions): string {
  const tr = translator(plan.lang as ReportLang);
  const policy = findPolicy(settings, plan.policyId);
  const sections = plan.sections
    .map(
      (s) => `<section class="plan-section" data-section="${e(s.id)}">
<h2>${e(s.title)}</h2>
<h3>${e(tr.t('plan.rootCause'))}</h3><div class="plan-text">${e(s.rootCause.trim() || '—')}</div>
<h3>${e(tr.t('plan.actions'))}</h3><div class="plan-text">${e(s.actions.trim() || '—')}</div>
</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${plan.lang}">
<head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(`${tr.t('plan.title')} — ${settings.name}`)}</title>
<style>${REPORT_CSS}</style></head>
<body><main>
<header class="cover"><p class="kicker">${e(tr.t('report.kicker'))}</p><h1>${e(tr.t('plan.title'))}</h1>
<dl class="meta"><dt>${e(tr.t('plan.scenario'))}</dt><dd>${e(settings.name)}</dd><dt>${e(tr.t('report.policy'))}</dt><dd>${e(policyLabel(policy, plan.policyId, tr))}</dd><dt>${e(tr.t('report.generatedAt'))}</dt><dd>${e(formatDateTime(opts.generatedAt, tr, opts.timeZone))}</dd></dl></header>
${sections}
</main><footer><p>${e(tr.t('plan.footer', { version: opts.version ?? '' }))}</p></footer></body></html>
`;
}

/**
 * The plan of action as documents: Markdown (to paste into Seller Central's appeal form or an email)
 * and print-ready HTML (for the PDF export). The text is the user's edited draft; the header names
 * the scenario, the policy and the date.
 */
import { findPolicy } from '../catalog/policies';
import type { Translator } from './format';
import type { PolicyProfile } from '../domain/policy';
import type { Settings } from '../domain/settings';
import { escapeHtml as e, formatDateTime, translator } from './format';
import type { PlanOfAction } from './planOfAction';
import { REPORT_CSS } from './reportCss';
import { policyDisplayName } from './settingsReport';
import { type Lang } from '../i18n/lang';

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

/**
 * Markdown that a renderer shows as the text itself. Names come from imported files and the plan's
 * text is the user's, so neither may turn into markup: a `<script>` or `<img onerror>` would be raw
 * HTML, `[x](javascript:...)` a link, `*` or `_` emphasis. CommonMark reads a backslash before any
 * ASCII punctuation as that character, so the characters that open inline syntax anywhere are
 * escaped, and those that only count at the start of a line (headings, quotes, list markers, rules,
 * setext underlines) are escaped there. An entity (`&lt;`) is escaped too, or it would be decoded,
 * and so are the spots where GFM turns bare text into a link (`https://`, `www.`, an e-mail's `@`).
 * Other punctuation (commas, dots, colons, parentheses) is left alone so the file stays readable.
 */
function mdInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~@]/g, '\\$&')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** One line's content: inline escapes, then whatever would make the line a block of its own. */
function mdLineContent(line: string): string {
  return mdInline(line)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A single-line field (a name, a title): line breaks would end the heading or bold label it sits in. */
function mdField(text: string): string {
  return mdLineContent(text.replace(/[\r\n]+/g, ' '));
}

/**
 * The plan's text, shown as the PDF shows it: every line literal, except the list items the draft
 * writes ("- item", "  - sub-item"), which stay Markdown lists.
 */
function mdText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const item = /^( {0,4})- (.*)$/.exec(line);
      return item ? `${item[1]}- ${mdLineContent(item[2]!)}` : mdLineContent(line);
    })
    .join('\n');
}

/**
 * @example planMarkdown(settings, plan, { generatedAt: '2026-06-10T09:00:00Z' }).startsWith('# Plan of action') // true
 */
export function planMarkdown(settings: Settings, plan: PlanOfAction, opts: PlanDocumentOptions): string {
  const tr = translator(plan.lang as Lang);
  const policy = findPolicy(settings, plan.policyId);
  const lines = [
    `# ${tr.t('plan.title')}`,
    '',
    `**${tr.t('plan.scenario')}**${tr.colon}${mdField(settings.name)}  `,
    `**${tr.t('report.policy')}**${tr.colon}${mdField(policyLabel(policy, plan.policyId, tr))}  `,
    `**${tr.t('report.generatedAt')}**${tr.colon}${formatDateTime(opts.generatedAt, tr, opts.timeZone)}`,
    '',
  ];
  for (const s of plan.sections) {
    lines.push(
      `## ${mdField(s.title)}`,
      '',
      `### ${tr.t('plan.rootCause')}`,
      '',
      mdText(s.rootCause.trim()) || '—',
      '',
      `### ${tr.t('plan.actions')}`,
      '',
      mdText(s.actions.trim()) || '—',
      '',
    );
  }
  lines.push('---', '', `_${tr.t('plan.footer', { version: opts.version ?? '' })}_`, '');
  return lines.join('\n');
}

/**
 * @example planHtml(settings, plan, { generatedAt: '2026-06-10T09:00:00Z' }).includes('<h1>') // true
 */
export function planHtml(settings: Settings, plan: PlanOfAction, opts: PlanDocumentOptions): string {
  const tr = translator(plan.lang as Lang);
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

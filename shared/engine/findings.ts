/*
 * Findings: what validation (and the simulation) tells the user about their settings. A finding is
 * data, never prose: the text comes from the i18n messages (`finding.<ruleId>` in
 * shared/i18n/messages.{en,fr}.ts) so English and French stay in step.
 *
 * Message conventions: `{{name}}` interpolates a param; `$t(key)` nests another message, so
 * `$t(catalog.weekday.{{day}})` turns the param day = 'sat' into "Saturday" / "samedi" and
 * `$t(catalog.service.{{service}})` names a service. i18next does both natively; `renderMessage`
 * below does the same for the CLI and the report.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface FixHint {
  messageKey: string;
  params: Record<string, string | number>;
}

export interface Finding {
  /** Stable rule id, e.g. 'cutoff.weekdayTooEarly'. */
  ruleId: string;
  severity: Severity;
  /** Dotted path into the settings, e.g. "warehouses.0.cutoffs.sat". */
  path: string;
  /** i18n key of the message: always `finding.<ruleId>`. */
  messageKey: string;
  params: Record<string, string | number>;
  /** How to fix it, when there is a concrete suggestion. */
  fix?: FixHint;
}

/**
 * Build a finding whose message key follows the `finding.<ruleId>` convention.
 * @example makeFinding('day.noCutoff', 'error', 'warehouses.0.cutoffs.sat', { day: 'sat' }).messageKey // 'finding.day.noCutoff'
 */
export function makeFinding(
  ruleId: string,
  severity: Severity,
  path: string,
  params: Record<string, string | number> = {},
  fix?: FixHint,
): Finding {
  return fix ? { ruleId, severity, path, messageKey: `finding.${ruleId}`, params, fix } : { ruleId, severity, path, messageKey: `finding.${ruleId}`, params };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings sorted errors first, then by path, then by rule (stable, for display and snapshots).
 * @example sortFindings(findings)[0].severity // 'error' when there is one
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId),
  );
}

/** Whether any finding is an error. @example hasErrors([]) // false */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/**
 * Count findings per severity. @example countBySeverity(findings) // { error: 1, warning: 0, info: 2 }
 */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/**
 * Render a message the way i18next does for our conventions: `{{param}}` interpolation first, then
 * `$t(key)` nesting (nested messages are interpolated with the same params). Unknown keys render as
 * the key itself so a missing translation is visible rather than silent.
 * @example renderMessage({ 'a': 'Cutoff on $t(d.{{day}})', 'd.sat': 'Saturday' }, 'a', { day: 'sat' }) // 'Cutoff on Saturday'
 */
export function renderMessage(messages: Readonly<Record<string, string>>, key: string, params: Record<string, string | number> = {}, depth = 0): string {
  const template = messages[key];
  if (template === undefined) return key;
  const interpolated = template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  // Depth guard: a message nesting itself must not loop forever.
  if (depth > 4) return interpolated;
  return interpolated.replace(/\$t\(([^()]+)\)/g, (_, nestedKey: string) => renderMessage(messages, nestedKey.trim(), params, depth + 1));
}

/**
 * A finding's text in one language, with its fix hint appended when there is one.
 * @example renderFinding(messagesEn, finding) // 'Saturday cutoff 09:00 is earlier than 10:30, the earliest Amazon allows.'
 */
export function renderFinding(messages: Readonly<Record<string, string>>, finding: Finding): string {
  const text = renderMessage(messages, finding.messageKey, finding.params);
  return finding.fix ? `${text} ${renderMessage(messages, finding.fix.messageKey, finding.fix.params)}` : text;
}

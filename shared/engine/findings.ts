/*
 * Findings: what validation (and the simulation) tells the user about their settings. A finding is
 * data, never prose: the text comes from the i18n messages (`finding.<ruleId>` in
 * shared/i18n/messages.{en,fr}.ts) so English and French stay in step.
 *
 * Message conventions: `{{name}}` interpolates a param; `$t(key)` nests another message, so
 * `$t(catalog.weekday.{{day}})` turns the param day = 'sat' into "Saturday" / "samedi" and
 * `$t(catalog.service.{{service}})` names a service. i18next does both natively; `renderMessage`
 * below does the same for the CLI and the report, plural forms included: a message with a number
 * param `count` has `_one` / `_other` variants (French: 0 and 1 are singular), and
 * `$t(unit.day, {"count": {{days}} })` pluralises a unit for any other number (shared/i18n/units.ts).
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
  const template = messages[pluralKey(messages, key, params.count)];
  if (template === undefined) return key;
  // `{{count, number}}` groups digits in the dictionary's language, as i18next's number format does.
  const interpolated = template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*(,\s*number\s*)?\}\}/g, (whole, name: string, asNumber?: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return asNumber && typeof value === 'number' ? groupedNumber(messages, value) : String(value);
  });
  // Depth guard: a message nesting itself must not loop forever.
  if (depth > 4) return interpolated;
  return interpolated.replace(/\$t\(([^()]+)\)/g, (whole, inner: string) => {
    const comma = inner.indexOf(',');
    if (comma < 0) return renderMessage(messages, inner.trim(), params, depth + 1);
    // `$t(unit.day, {"count": 3})`: i18next's nesting with options, so a number that is not the
    // message's own `count` still gets its plural form.
    let options: unknown;
    try {
      options = JSON.parse(inner.slice(comma + 1));
    } catch {
      return whole;
    }
    if (typeof options !== 'object' || options === null) return whole;
    return renderMessage(messages, inner.slice(0, comma).trim(), { ...params, ...(options as Record<string, string | number>) }, depth + 1);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function groupedNumber(messages: Readonly<Record<string, string>>, n: number): string {
  const locale = messages['i18n.locale'] ?? 'en-US';
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/**
 * The key i18next would pick for `count`: `key_one`, `key_other` (… per the dictionary's locale,
 * `i18n.locale`, by Intl's plural rules), else `key_other`, else `key` itself.
 * @example pluralKey({ 'i18n.locale': 'fr-FR', 'd_one': '', 'd_other': '' }, 'd', 0) // 'd_one'
 */
export function pluralKey(messages: Readonly<Record<string, string>>, key: string, count: unknown): string {
  if (typeof count !== 'number' || !Number.isFinite(count)) return key;
  const locale = messages['i18n.locale'] ?? 'en-US';
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  for (const candidate of [`${key}_${rules.select(count)}`, `${key}_other`, key]) if (messages[candidate] !== undefined) return candidate;
  return key;
}

/**
 * A finding's text in one language, with its fix hint appended when there is one.
 * @example renderFinding(messagesEn, finding) // 'Saturday cutoff 09:00 is earlier than 10:30, the earliest Amazon allows.'
 */
export function renderFinding(messages: Readonly<Record<string, string>>, finding: Finding): string {
  const text = renderMessage(messages, finding.messageKey, finding.params);
  return finding.fix ? `${text} ${renderMessage(messages, finding.fix.messageKey, finding.fix.params)}` : text;
}

/*
 * Findings: what validation (and the simulation) tells the user about their settings. A finding is
 * data, never prose: the text comes from the i18n messages (`finding.<ruleId>` in
 * shared/i18n/messages.{en,fr}.ts) so English and French stay in step.
 *
 * Message conventions: `{{name}}` interpolates a param; `$t(key)` nests another message, so
 * `$t(catalog.weekday.{{day}})` turns the param day = 'sat' into "Saturday" / "samedi" and
 * `$t(catalog.service.{{service}})` names a service. Findings are rendered by the one render function,
 * i18next (shared/i18n/render.ts), plural forms included: a message with a number param `count` has
 * `_one` / `_other` variants (French: 0 and 1 are singular), and `$t(unit.day, {"count": {{days}} })`
 * pluralises a unit for any other number (shared/i18n/units.ts).
 */
import { renderMessage } from '../i18n/render';
import type { MessageKey } from '../i18n/catalogue';
import type { finding as FINDING_TEXTS } from '../i18n/en/finding';

export type Severity = 'error' | 'warning' | 'info';

export interface FixHint {
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

export interface Finding {
  /** Stable rule id, e.g. 'cutoff.weekdayTooEarly'. */
  ruleId: string;
  severity: Severity;
  /** Dotted path into the settings, e.g. "warehouses.0.cutoffs.sat". */
  path: string;
  /** i18n key of the message: `finding.<ruleId>` (validation) or `engine.<ruleId>` (the simulation). */
  messageKey: MessageKey;
  params: Record<string, string | number>;
  /** How to fix it, when there is a concrete suggestion. */
  fix?: FixHint;
}

/**
 * The rules validation reports: every `finding.<rule>` text of the catalogue except the severity
 * names, the fix hints and the reasons nested in a finding's text, which are texts but not rules. So a
 * rule without its text (or a misspelt one) is a compile error where the finding is made. Read from
 * the finding owner's keys, where every `finding.*` text lives: the same rules as from the whole
 * MessageKey union, without distributing a conditional type over every key of the catalogue.
 */
export type FindingRule = Exclude<
  RuleOf<keyof typeof FINDING_TEXTS>,
  `severity.${string}` | `${string}.fix.${string}` | `${string}Why.${string}`
>;

/** `finding.<rule>` → `<rule>`, key by key (a conditional type distributes only over a type parameter). */
type RuleOf<Key> = Key extends `finding.${infer Rule}` ? Rule : never;

/**
 * Build a finding whose message key follows the `finding.<ruleId>` convention.
 * @example
 * makeFinding('day.noCutoff', 'error', 'warehouses.0.cutoffs.sat', { day: 'sat' }).messageKey // 'finding.day.noCutoff'
 */
export function makeFinding(
  ruleId: FindingRule,
  severity: Severity,
  path: string,
  params: Record<string, string | number> = {},
  fix?: FixHint,
): Finding {
  return fix
    ? { ruleId, severity, path, messageKey: `finding.${ruleId}`, params, fix }
    : { ruleId, severity, path, messageKey: `finding.${ruleId}`, params };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings sorted errors first, then by path, then by rule (stable, for display and snapshots).
 * @example sortFindings(findings)[0].severity // 'error' when there is one
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.path.localeCompare(b.path) ||
      a.ruleId.localeCompare(b.ruleId),
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
 * A finding's text in one language, with its fix hint appended when there is one.
 * @example
 * renderFinding(messagesEn, finding) // 'Saturday cutoff 09:00 is earlier than 10:30, the earliest Amazon allows.'
 */
export function renderFinding(messages: Readonly<Record<string, string>>, finding: Finding): string {
  const text = renderMessage(messages, finding.messageKey, finding.params);
  return finding.fix ? `${text} ${renderMessage(messages, finding.fix.messageKey, finding.fix.params)}` : text;
}

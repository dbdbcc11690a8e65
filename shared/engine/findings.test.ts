import { describe, it, expect } from 'vitest';
import i18next from 'i18next';
import { SERVICE_IDS } from '../domain/carrier';
import { WEEKDAYS } from '../time/dateTime';
import { sampleSettings } from '../catalog/sample';
import { POLICY_PROFILES, policyNameKey } from '../catalog/policies';
import { serviceNameKey } from '../catalog/services';
import { HOLIDAY_KEYS } from '../domain/holidays';
import { WEEKEND_MATRIX, weekendRowKey } from '../catalog/weekendMatrix';
import { countBySeverity, hasErrors, makeFinding, renderFinding, sortFindings } from './findings';
import { renderMessage, renderText } from '../i18n/render';
import { validateSettings, VALIDATION_RULE_IDS } from './validate';
import { checkWeekend } from './weekend';
import { CATALOGUE } from '../i18n/catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

describe('findings helpers', () => {
  const a = makeFinding('day.noCutoff', 'warning', 'warehouses.1.cutoffs.sat', { day: 'sat' });
  const b = makeFinding('day.noCutoff', 'error', 'warehouses.1.cutoffs.sun', { day: 'sun' });
  const c = makeFinding('weekend.outsideBuyShipping', 'info', 'warehouses.0', {});

  it('message key follows finding.<ruleId>; errors sort first', () => {
    expect(a.messageKey).toBe('finding.day.noCutoff');
    expect(sortFindings([c, a, b]).map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
    expect(countBySeverity([a, b, c])).toEqual({ error: 1, warning: 1, info: 1 });
    expect(hasErrors([a, c])).toBe(false);
  });

  it('renders interpolation and nested keys, and shows missing keys verbatim', () => {
    const messages = { m: 'Cutoff on $t(d.{{day}}) at {{time}}', 'd.sat': 'Saturday', loop: '$t(loop)' };
    expect(renderText(messages, 'm', { day: 'sat', time: '10:30' })).toBe('Cutoff on Saturday at 10:30');
    expect(renderText(messages, 'nope')).toBe('nope');
    expect(typeof renderText(messages, 'loop')).toBe('string'); // terminates
  });
});

describe('every message the catalog and validation can produce exists in English and French', () => {
  const keys = [
    ...VALIDATION_RULE_IDS.map((r) => `finding.${r}`),
    ...SERVICE_IDS.map(serviceNameKey),
    ...POLICY_PROFILES.map((p) => policyNameKey(p.id)),
    ...POLICY_PROFILES.map((p) => `policy.description.${p.id}`),
    ...WEEKDAYS.map((d) => `catalog.weekday.${d}`),
    ...HOLIDAY_KEYS.map((h) => `catalog.holiday.${h}`),
    ...WEEKEND_MATRIX.map(weekendRowKey),
    ...[
      'none',
      'outsideBuyShipping',
      'specialPlan',
      'specialPlanOrSwitch',
      'switchPickup',
      'useDropoff',
      'switchWithPlan',
      'removeDay',
    ].map((k) => `finding.weekend.fix.${k}`),
  ];
  it.each(keys)('%s', (key) => {
    expect(messagesEn[key]).toBeTruthy();
    expect(messagesFr[key]).toBeTruthy();
  });
});

describe('rendering real findings', () => {
  const s = sampleSettings();
  s.warehouses[0]!.cutoffs.sat = '09:45';
  s.warehouses[0]!.services[0]!.days.sat = { kind: 'pickup', times: ['12:00'] };
  s.warehouses[0]!.services[3]!.days.sun = { kind: 'dropoff', latest: '12:00' };
  const findings = sortFindings(validateSettings(s));

  it('English and French texts have no unresolved placeholders or keys', () => {
    for (const f of findings) {
      for (const messages of [messagesEn, messagesFr]) {
        const text = renderFinding(messages, f);
        expect(text).not.toMatch(/\{\{|\$t\(|finding\.|catalog\./);
      }
    }
  });

  it('reads as a user would see it', () => {
    const sat = findings.find((f) => f.ruleId === 'cutoff.saturdayTooEarly')!;
    expect(renderFinding(messagesEn, sat)).toBe(
      'Columbus DC: the Saturday cutoff 09:45 is earlier than 10:30, the earliest Saturday cutoff Amazon allows.',
    );
    const ground = findings.find((f) => f.ruleId === 'weekend.limitedWithoutPlan')!;
    expect(renderFinding(messagesEn, ground)).toBe(
      'Columbus DC: a UPS Ground pickup on Saturday is only possible with a special operating plan, and none is declared. ' +
        'Sign a special operating plan with UPS, or switch Saturday to a UPS 2nd Day Air pickup.',
    );
    expect(renderFinding(messagesFr, ground)).toBe(
      'Columbus DC : un enlèvement UPS Ground le samedi n’est possible qu’avec un plan d’exploitation spécial, et aucun n’est déclaré. ' +
        'Signez un plan d’exploitation spécial avec UPS, ou passez le samedi à un enlèvement UPS 2nd Day Air.',
    );
  });

  it('i18next renders our nested messages the same way (the renderer uses i18next)', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'fr',
      resources: { fr: { translation: messagesFr } },
      interpolation: { escapeValue: false },
      keySeparator: false,
      nsSeparator: false,
    });
    for (const f of findings) {
      expect(i18n.t(f.messageKey, f.params)).toBe(renderMessage(messagesFr, f.messageKey, f.params));
    }
    const hints = checkWeekend(s).map((i) => i.fix);
    for (const h of hints)
      expect(i18n.t(h.messageKey, h.params)).toBe(renderMessage(messagesFr, h.messageKey, h.params));
  });
});

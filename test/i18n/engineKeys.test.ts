import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/i18n/catalogue';
import { makeFinding, type Finding, type FindingRule, type FixHint } from '../../shared/engine/findings';
import type { ExplanationStep, PromiseAlternative } from '../../shared/engine/explainedPromise';
import type { SimulationCheck } from '../../shared/engine/policyChecks';
import type { ShipDayVerdict } from '../../shared/engine/calendar';
import { describeRemotePrime } from '../../shared/engine/remotePrimeText';
import { describeDeliveredWeekdays } from '../../shared/engine/deliveredWeekdays';
import type { MoveLabel } from '../../shared/advisor/moves';
import { moveText } from '../../shared/advisor/messages';
import type { Assumption } from '../../shared/report/assumptions';
import type { Attribution } from '../../shared/geo/attribution';
import type { SettingsNotice } from '../../shared/domain/settingsMigrations';
import type { SettingsIssue } from '../../shared/domain/parseSettings';
import { isBuiltInPolicy, policyNameKey } from '../../shared/catalog/policies';
import { translator } from '../../shared/report/format';

/*
 * The engine, the advisor, the report, the catalog and the settings reader type the keys they produce
 * `MessageKey`, so a key the catalogue lacks fails to compile where it is written. Each line marked
 * @ts-expect-error below is such a typo; scripts/typecheck.mjs type-checks this file, and an
 * @ts-expect-error that no longer finds an error is itself an error, so a producer whose key falls
 * back to `string` fails `npm test`. The functions holding them are only compiled, never run.
 */
describe('keys the engine, advisor and report produce are checked by the compiler', () => {
  it('findings: their keys, and makeFinding only takes a rule that has its finding.<rule> text', () => {
    const typos = () => {
      const finding: Finding = {
        ruleId: 'x',
        severity: 'error',
        path: '',
        // @ts-expect-error a finding's key is a key of the catalogue.
        messageKey: 'finding.day.noCutof',
        params: {},
      };
      // @ts-expect-error so is a fix hint's.
      const fix: FixHint = { messageKey: 'finding.weekend.fix.nothing', params: {} };
      // @ts-expect-error a rule without a finding.<rule> text.
      const unknownRule = makeFinding('day.noCutof', 'error', 'warehouses.0');
      // @ts-expect-error a severity's name is a text of the finding owner, not a rule.
      const severity = makeFinding('severity.error', 'info', '');
      // @ts-expect-error nor is a fix hint.
      const hint = makeFinding('weekend.fix.none', 'info', '');
      return [finding, fix, unknownRule, severity, hint];
    };
    expect(typeof typos).toBe('function');
    const rule: FindingRule = 'day.noCutoff';
    const made = makeFinding(rule, 'error', 'warehouses.0.cutoffs.sat', { day: 'sat' });
    expect(made.messageKey).toBe('finding.day.noCutoff');
    expect(CATALOGUE.en[made.messageKey]).toBeDefined();
  });

  it('promise explanations, calendar verdicts, policy checks and the sentence helpers', () => {
    const typos = () => {
      // @ts-expect-error an explanation step's key.
      const step: ExplanationStep = { key: 'engine.explain.rout', params: {} };
      const alternative: PromiseAlternative = {
        warehouseId: 'w',
        serviceId: 'ups-ground',
        deliveryDate: null,
        // @ts-expect-error an alternative's reason.
        reasonKey: 'engine.reason.none',
      };
      // @ts-expect-error a day the calendar passes over says why with a key.
      const verdict: ShipDayVerdict = { ok: false, key: 'engine.skip.closed', params: {} };
      const check: SimulationCheck = {
        id: 'x',
        // @ts-expect-error a policy check's name.
        messageKey: 'engine.check.sped',
        params: {},
        value: 0,
        target: 0,
        pass: true,
        gap: 0,
      };
      // The helpers shared by the app, the report and the CLI hand their t keys, not strings.
      const stringT = (key: string) => key;
      const remote = (result: Parameters<typeof describeRemotePrime>[0]) =>
        describeRemotePrime(result, (key) => stringT(key), String) === null;
      const delivered = (d: Parameters<typeof describeDeliveredWeekdays>[0]) =>
        // @ts-expect-error a t that wants a key from the helper cannot be handed a number.
        describeDeliveredWeekdays(d, (key: number) => String(key));
      return [step, alternative, verdict, check, remote, delivered];
    };
    expect(typeof typos).toBe('function');
  });

  it('advisor labels, assumptions, attributions, settings notices and issues, built-in policy names', () => {
    const typos = () => {
      // @ts-expect-error a move's label.
      const label: MoveLabel = { key: 'advisor.move.addPickups', params: {} };
      // @ts-expect-error an assumption's topic.
      const assumption: Pick<Assumption, 'topicKey'> = { topicKey: 'assumptions.topic.zone' };
      // @ts-expect-error an attribution's text.
      const attribution: Pick<Attribution, 'textKey'> = { textKey: 'geo.attribution.simplemap' };
      // @ts-expect-error a settings notice's key.
      const notice: SettingsNotice = { message: '', messageKey: 'domain.migration.reopened', params: {} };
      // @ts-expect-error a settings issue's key.
      const issue: SettingsIssue = { path: '', message: '', messageKey: 'domain.shape.unknown' };
      // @ts-expect-error only a built-in policy has a name in the catalogue.
      const custom = policyNameKey('my-copy');
      return [label, assumption, attribution, notice, issue, custom];
    };
    expect(typeof typos).toBe('function');
    const id: string = 'us-2021';
    const tr = translator('en');
    // isBuiltInPolicy narrows a string to a built-in id, whose name the catalogue has.
    expect(isBuiltInPolicy(id) ? tr.t(policyNameKey(id)) : id).toBe(CATALOGUE.en['policy.name.us-2021']);
    const move: MoveLabel = { key: 'advisor.move.disableService', params: { warehouse: 'w', service: 'ups-ground' } };
    expect(moveText(move, tr.t, () => 'Reno')).toBe(tr.t(move.key, { warehouse: 'Reno', service: 'ups-ground' }));
  });
});

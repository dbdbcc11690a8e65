import { describe, expect, it } from 'vitest';
import { loadGeo } from '../geo';
import { sampleSettings } from '../catalog/sample';
import { renderFinding } from './findings';
import { simulate } from './simulate';
import { typicalDeliveredWeekdays, validatePlan } from './planValidation';
import { validateSettings } from './validate';
import { sixDayDelivery } from './weekend';
import { columbusWarehouse, fixtureSettings } from '../../test/reference/fixtures';
import { CATALOGUE } from '../i18n/catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

const geo = loadGeo();

/**
 * UPS Ground Monday to Friday and USPS Priority Mail picked up on Mondays only: no promise ever lands on a Saturday.
 */
function noSaturdayArrivals() {
  const base = columbusWarehouse();
  return fixtureSettings({
    warehouses: [
      columbusWarehouse({
        services: [
          base.services.find((p) => p.serviceId === 'ups-ground')!,
          { serviceId: 'usps-priority-mail', days: { mon: { kind: 'pickup', times: ['15:00'] } } },
        ],
      }),
    ],
  });
}

describe('six-day delivery as a finding, from the days promises actually deliver', () => {
  it('the sample passes: no finding, and the same verdict as the simulation', () => {
    expect(validatePlan(sampleSettings(), geo).filter((f) => f.ruleId === 'sixDay.delivery')).toEqual([]);
    expect(typicalDeliveredWeekdays(sampleSettings(), geo)).toEqual(simulate(sampleSettings(), geo).deliveredWeekdays);
  });

  it('a plan whose Saturday-delivering service ships only on Mondays: the services could deliver six days, the promises do not', () => {
    const s = noSaturdayArrivals();
    // The old count (services' delivery days) said six days; the promises deliver Monday to Friday.
    expect(sixDayDelivery(s).pass).toBe(true);
    const six = validatePlan(s, geo).filter((f) => f.ruleId === 'sixDay.delivery');
    expect(six.map((f) => [f.path, f.params.day, f.params.reason, f.params.services, f.params.count])).toEqual([
      ['warehouses', 'sat', 'neverPromised', 'usps-priority-mail', 5],
      ['warehouses', 'sun', 'noService', '', 5],
    ]);
    expect(renderFinding(messagesEn, six[0]!)).toBe(
      'Six-day delivery: this plan’s promises arrive on only 5 weekdays (the program requires six); none on Saturday: the services that deliver that day never land a promise on it (their ship days and transit never reach it, or a faster service wins).',
    );
    expect(renderFinding(messagesFr, six[1]!)).toBe(
      'Livraison six jours sur sept : les promesses de ce plan n’arrivent que 5 jours de la semaine (le programme en exige six) ; aucune le dimanche : aucun service qui expédie ne livre ce jour-là.',
    );
    // The simulation carries the same findings, and a static validation without promises none.
    expect(simulate(s, geo).findings.filter((f) => f.ruleId === 'sixDay.delivery')).toEqual(six);
    expect(validateSettings(s, geo).filter((f) => f.ruleId === 'sixDay.delivery')).toEqual([]);
  });

  it('a policy without the requirement raises nothing', () => {
    const s = { ...noSaturdayArrivals(), policyId: 'sfp-help-page' };
    expect(validatePlan(s, geo).filter((f) => f.ruleId === 'sixDay.delivery')).toEqual([]);
  });
});

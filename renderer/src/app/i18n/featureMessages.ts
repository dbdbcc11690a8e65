import { schedule as schedule_en } from '../../../../shared/i18n/en/schedule';
import { schedule as schedule_fr } from '../../../../shared/i18n/fr/schedule';
import { scenarios as scenarios_en } from '../../../../shared/i18n/en/scenarios';
import { scenarios as scenarios_fr } from '../../../../shared/i18n/fr/scenarios';
import { settingsPolicy as settingsPolicy_en } from '../../../../shared/i18n/en/settingsPolicy';
import { settingsPolicy as settingsPolicy_fr } from '../../../../shared/i18n/fr/settingsPolicy';
import { weekend as weekend_en } from '../../../../shared/i18n/en/weekend';
import { weekend as weekend_fr } from '../../../../shared/i18n/fr/weekend';
import { reports as reports_en } from '../../../../shared/i18n/en/reports';
import { reports as reports_fr } from '../../../../shared/i18n/fr/reports';
import { simulation as simulation_en } from '../../../../shared/i18n/en/simulation';
import { simulation as simulation_fr } from '../../../../shared/i18n/fr/simulation';
import { advisorPanel as advisor_en } from '../../../../shared/i18n/en/advisorPanel';
import { advisorPanel as advisor_fr } from '../../../../shared/i18n/fr/advisorPanel';
import { primeOff as primeOff_en } from '../../../../shared/i18n/en/primeOff';
import { primeOff as primeOff_fr } from '../../../../shared/i18n/fr/primeOff';
import { advisorMoves as advisorMoves_en } from '../../../../shared/i18n/en/advisorMoves';
import type { Texts } from '../../../../shared/i18n/texts';
import { advisorMoves as advisorMoves_fr } from '../../../../shared/i18n/fr/advisorMoves';
import { fields as fields_en } from '../../../../shared/i18n/en/fields';
import { fields as fields_fr } from '../../../../shared/i18n/fr/fields';
import { help as help_en } from '../../../../shared/i18n/en/help';
import { help as help_fr } from '../../../../shared/i18n/fr/help';
import { warehouses as warehouses_en } from '../../../../shared/i18n/en/warehouses';
import { warehouses as warehouses_fr } from '../../../../shared/i18n/fr/warehouses';
import { eligibility as eligibility_en } from '../../../../shared/i18n/en/eligibility';
import { eligibility as eligibility_fr } from '../../../../shared/i18n/fr/eligibility';
import { eligibilityPlan as eligibilityPlan_en } from '../../../../shared/i18n/en/eligibilityPlan';
import { eligibilityPlan as eligibilityPlan_fr } from '../../../../shared/i18n/fr/eligibilityPlan';
import { eligibilityEngine as eligibilityEngine_en } from '../../../../shared/i18n/en/eligibilityEngine';
import { eligibilityEngine as eligibilityEngine_fr } from '../../../../shared/i18n/fr/eligibilityEngine';
import { returns as returns_en } from '../../../../shared/i18n/en/returns';
import { returns as returns_fr } from '../../../../shared/i18n/fr/returns';
import { returnsEngine as returnsEngine_en } from '../../../../shared/i18n/en/returnsEngine';
import { returnsEngine as returnsEngine_fr } from '../../../../shared/i18n/fr/returnsEngine';
import { assumptions as assumptions_en } from '../../../../shared/i18n/en/assumptions';
import { assumptions as assumptions_fr } from '../../../../shared/i18n/fr/assumptions';
import { transitFiles as transitFiles_en } from '../../../../shared/i18n/en/transitFiles';
import { transitFiles as transitFiles_fr } from '../../../../shared/i18n/fr/transitFiles';

const advisorMessagesEn: Texts = advisorMoves_en;
const advisorMessagesFr: Texts = advisorMoves_fr;
const eligibilityMessagesEn: Texts = eligibilityEngine_en;
const eligibilityMessagesFr: Texts = eligibilityEngine_fr;
const returnsMessagesEn: Texts = returnsEngine_en;
const returnsMessagesFr: Texts = returnsEngine_fr;
const assumptionMessagesEn: Texts = assumptions_en;
const assumptionMessagesFr: Texts = assumptions_fr;
const transitFileMessagesEn: Texts = transitFiles_en;
const transitFileMessagesFr: Texts = transitFiles_fr;
/** Each feature's strings ({ en, fr } with identical keys); add a feature's module here. */
export const featureMessages: { name: string; en: Record<string, string>; fr: Record<string, string> }[] = [
  { name: 'schedule', en: schedule_en, fr: schedule_fr },
  { name: 'scenarios', en: scenarios_en, fr: scenarios_fr },
  { name: 'settingsPolicy', en: settingsPolicy_en, fr: settingsPolicy_fr },
  { name: 'weekend', en: weekend_en, fr: weekend_fr },
  { name: 'reports', en: reports_en, fr: reports_fr },
  { name: 'simulation', en: simulation_en, fr: simulation_fr },
  { name: 'advisor', en: advisor_en, fr: advisor_fr },
  { name: 'primeOff', en: primeOff_en, fr: primeOff_fr },
  { name: 'advisorMoves', en: advisorMessagesEn, fr: advisorMessagesFr },
  { name: 'fields', en: fields_en, fr: fields_fr },
  { name: 'help', en: help_en, fr: help_fr },
  { name: 'warehouses', en: warehouses_en, fr: warehouses_fr },
  { name: 'eligibility', en: eligibility_en, fr: eligibility_fr },
  { name: 'eligibilityPlan', en: eligibilityPlan_en, fr: eligibilityPlan_fr },
  { name: 'eligibilityEngine', en: eligibilityMessagesEn, fr: eligibilityMessagesFr },
  { name: 'returns', en: returns_en, fr: returns_fr },
  { name: 'returnsEngine', en: returnsMessagesEn, fr: returnsMessagesFr },
  { name: 'assumptions', en: assumptionMessagesEn, fr: assumptionMessagesFr },
  { name: 'transitFiles', en: transitFileMessagesEn, fr: transitFileMessagesFr },
];

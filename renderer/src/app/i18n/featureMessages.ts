import * as schedule from '../../features/schedule/messages';
import * as scenarios from '../../features/scenarios/messages';
import * as settingsPolicy from '../../features/settings/messages';
import * as weekend from '../../features/weekend/messages';
import * as reports from '../../features/reports/messages';
import * as simulation from '../../features/simulation/messages';
import * as advisor from '../../features/simulation/advisorMessages';
import * as primeOff from '../../features/simulation/primeOffMessages';
import { advisorMessagesEn, advisorMessagesFr } from '../../../../shared/advisor/messages';
import * as fields from '../../components/messages';
import * as help from '../../components/helpMessages';
import * as warehouses from '../../features/warehouses/messages';
import * as eligibility from '../../features/eligibility/messages';
import * as eligibilityPlan from '../../features/eligibility/planMessages';
import { eligibilityMessagesEn, eligibilityMessagesFr } from '../../../../shared/eligibility/messages';
import * as returns from '../../features/returns/messages';
import { returnsMessagesEn, returnsMessagesFr } from '../../../../shared/returns/messages';
import { assumptionMessagesEn, assumptionMessagesFr } from '../../../../shared/report/assumptionMessages';
import { transitFileMessagesEn, transitFileMessagesFr } from '../../../../shared/transit/messages';

/** Each feature's strings ({ en, fr } with identical keys); add a feature's module here. */
export const featureMessages: { name: string; en: Record<string, string>; fr: Record<string, string> }[] = [
  { name: 'schedule', en: schedule.en, fr: schedule.fr },
  { name: 'scenarios', en: scenarios.en, fr: scenarios.fr },
  { name: 'settingsPolicy', en: settingsPolicy.en, fr: settingsPolicy.fr },
  { name: 'weekend', en: weekend.en, fr: weekend.fr },
  { name: 'reports', en: reports.en, fr: reports.fr },
  { name: 'simulation', en: simulation.en, fr: simulation.fr },
  { name: 'advisor', en: advisor.en, fr: advisor.fr },
  { name: 'primeOff', en: primeOff.en, fr: primeOff.fr },
  { name: 'advisorMoves', en: advisorMessagesEn, fr: advisorMessagesFr },
  { name: 'fields', en: fields.en, fr: fields.fr },
  { name: 'help', en: help.en, fr: help.fr },
  { name: 'warehouses', en: warehouses.en, fr: warehouses.fr },
  { name: 'eligibility', en: eligibility.en, fr: eligibility.fr },
  { name: 'eligibilityPlan', en: eligibilityPlan.en, fr: eligibilityPlan.fr },
  { name: 'eligibilityEngine', en: eligibilityMessagesEn, fr: eligibilityMessagesFr },
  { name: 'returns', en: returns.en, fr: returns.fr },
  { name: 'returnsEngine', en: returnsMessagesEn, fr: returnsMessagesFr },
  { name: 'assumptions', en: assumptionMessagesEn, fr: assumptionMessagesFr },
  { name: 'transitFiles', en: transitFileMessagesEn, fr: transitFileMessagesFr },
];

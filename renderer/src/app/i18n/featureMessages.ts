import * as schedule from '../../features/schedule/messages';
import * as weekend from '../../features/weekend/messages';

/** Each feature's strings ({ en, fr } with identical keys); add a feature's module here. */
export const featureMessages: { name: string; en: Record<string, string>; fr: Record<string, string> }[] = [
  { name: 'schedule', en: schedule.en, fr: schedule.fr },
  { name: 'weekend', en: weekend.en, fr: weekend.fr },
];

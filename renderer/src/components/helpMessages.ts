/**
 * The terms behind the app's ⓘ buttons (HelpTip). Their texts, in words a shipping manager uses, live in
 * the catalogue (shared/i18n/<lang>/help.ts); where a text states a rule of the SFP program it follows
 * the program facts the engine's catalog uses (cutoff times, the 99 % Buy Shipping requirement, the 97 %
 * on-time figure for labels bought elsewhere, Shipping Region Automation's zone limit).
 */
export const HELP_TERMS = [
  'primeSwitch',
  'zoneCap',
  'specialPlan',
  'outsideBuyShipping',
  'timeZone',
  'engineTime',
] as const;
export type HelpTerm = (typeof HELP_TERMS)[number];

/**
 * The short explanations behind the app's ⓘ buttons (HelpTip), in words a shipping manager uses.
 * Where a text states a rule of the SFP programme it follows the program facts the engine's catalog
 * uses (cutoff times, the 99 % Buy Shipping requirement, the 97 % on-time figure for labels bought elsewhere,
 * Shipping Region Automation's zone limit), and it says what ShipWeek does with the setting. A new
 * line in a text starts a new paragraph. The ZIP hints (useZipHint) are here too: the other small
 * "what is this" text of the app.
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

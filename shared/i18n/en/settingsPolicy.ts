import type { Texts } from '../texts';

/** English texts of the settingsPolicy owner; each other language's settingsPolicy.ts has exactly these keys. */
export const settingsPolicy = {
  'settingsPolicy.title': 'Policy profile',
  'settingsPolicy.intro':
    'The Amazon rules the simulation judges this scenario against. Built-in profiles are read-only; copy one to adjust its targets.',
  'settingsPolicy.select': 'Policy profile for “{{scenario}}”',
  'settingsPolicy.builtIn': 'Built-in',
  'settingsPolicy.copy': 'Copy and edit',
  'settingsPolicy.copied': 'Policy “{{name}}” created from “{{from}}”.',
  'settingsPolicy.delete': 'Delete this custom profile',
  'settingsPolicy.name': 'Profile name',
  'settingsPolicy.targets': 'Delivery-speed targets (% of page views)',
  'settingsPolicy.targetLabel': '{{tier}}, {{target}} (%)',
  'settingsPolicy.rules': 'Rules',
  'settingsPolicy.requirements': 'Requirements',
  'settingsPolicy.readOnly': 'Read-only: copy this profile to change it.',
  'settingsPolicy.noScenario': 'Open a scenario to choose its policy profile.',
  'settingsPolicy.percentInvalid': 'Enter a percentage between 0 and 100.',
} satisfies Texts;

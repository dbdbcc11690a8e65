/** Strings of the Prime-off periods editor on the Simulation page (English); fr below has the same keys. */
export const en = {
  'primeOff.title': 'When Prime is switched off',
  'primeOff.intro':
    'Amazon does not count the page views of hours when your Prime offers are switched off (by you, or by Amazon after a missed week): they leave the delivery-speed shares and their totals alike. List those periods as your clock reads them; a real week or window leaves their views out, the typical week has no dates and ignores them.',
  'primeOff.none': 'No period listed: every page view counts.',
  'primeOff.tableLabel': 'Periods when Prime is switched off',
  'primeOff.col.start': 'Off from',
  'primeOff.col.end': 'Back on at',
  'primeOff.col.timeZone': 'Time zone',
  'primeOff.col.note': 'Note',
  'primeOff.startLabel': 'Period {{index}}: Prime off from',
  'primeOff.endLabel': 'Period {{index}}: Prime back on at',
  'primeOff.timeZoneLabel': 'Period {{index}}: time zone',
  'primeOff.noteLabel': 'Period {{index}}: note',
  'primeOff.dateTimeHelp': 'YYYY-MM-DD HH:MM (24 h)',
  'primeOff.timeZoneHelp': 'IANA name, e.g. America/New_York',
  'primeOff.badDateTime': 'Type a date and time as YYYY-MM-DD HH:MM, e.g. 2026-12-24 18:00.',
  'primeOff.badTimeZone': 'Type a time zone name such as America/New_York.',
  'primeOff.add': 'Add a period',
  'primeOff.remove': 'Remove period {{index}}',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'primeOff.title': 'Quand Prime est désactivé',
  'primeOff.intro':
    'Amazon ne compte pas les consultations des heures où vos offres Prime sont désactivées (par vous, ou par Amazon après une semaine manquée) : elles sortent des parts de rapidité de livraison comme de leurs totaux. Indiquez ces périodes à l’heure de votre horloge ; une semaine ou une période réelle en retire les consultations, la semaine type n’a pas de dates et les ignore.',
  'primeOff.none': 'Aucune période : toutes les consultations comptent.',
  'primeOff.tableLabel': 'Périodes où Prime est désactivé',
  'primeOff.col.start': 'Désactivé à partir de',
  'primeOff.col.end': 'Réactivé à',
  'primeOff.col.timeZone': 'Fuseau horaire',
  'primeOff.col.note': 'Note',
  'primeOff.startLabel': 'Période {{index}} : Prime désactivé à partir de',
  'primeOff.endLabel': 'Période {{index}} : Prime réactivé à',
  'primeOff.timeZoneLabel': 'Période {{index}} : fuseau horaire',
  'primeOff.noteLabel': 'Période {{index}} : note',
  'primeOff.dateTimeHelp': 'AAAA-MM-JJ HH:MM (24 h)',
  'primeOff.timeZoneHelp': 'Nom IANA, p. ex. America/New_York',
  'primeOff.badDateTime': 'Saisissez une date et une heure au format AAAA-MM-JJ HH:MM, p. ex. 2026-12-24 18:00.',
  'primeOff.badTimeZone': 'Saisissez un nom de fuseau horaire comme America/New_York.',
  'primeOff.add': 'Ajouter une période',
  'primeOff.remove': 'Supprimer la période {{index}}',
};

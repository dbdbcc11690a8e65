import type { primeOff as en } from '../en/primeOff';
import type { Translation } from '../texts';

export const primeOff: Translation<typeof en> = {
  'primeOff.title': 'Quand Prime est désactivé',
  'primeOff.intro':
    'Amazon ne compte pas les pages vues des heures où vos offres Prime sont désactivées (par vous, ou par Amazon après une semaine manquée) : elles sortent des parts de rapidité de livraison comme de leurs totaux. Indiquez ces périodes à l’heure de votre horloge ; une semaine ou une période réelle en retire les pages vues, la semaine type n’a pas de dates et les ignore.',
  'primeOff.none': 'Aucune période : toutes les pages vues comptent.',
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
  'primeOff.timeZoneHelp': 'Enregistré comme {{id}}.',
  'primeOff.badDateTime': 'Saisissez une date et une heure au format AAAA-MM-JJ HH:MM, p. ex. 2026-12-24 18:00.',
  'primeOff.add': 'Ajouter une période',
  'primeOff.remove': 'Supprimer la période {{index}}',
};

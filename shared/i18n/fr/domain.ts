import type { domain as en } from '../en/domain';
import type { Translation } from '../texts';

export const domain: Translation<typeof en> = {
  'domain.shape.unknownKey': 'clé inconnue (clés connues ici : {{known}})',
  'domain.shape.unknownKeySuggest': 'clé inconnue ; vouliez-vous dire « {{suggestion}} » ?',
  'domain.shape.tooMany': 'contient {{count}} éléments ; la limite est de {{max}}',
  'domain.shape.tooManyEntries': 'doit avoir au plus {{max}} entrées',
  'domain.date.outOfRange': 'doit être une date entre le {{min}} et le {{max}} (reçu {{value}})',
  'domain.text.controlCharacter':
    'contient un caractère de contrôle ({{code}} en position {{position}}) ; supprimez-le',
  'domain.text.loneSurrogate':
    'contient un caractère cassé (demi-paire de substitution {{code}} en position {{position}}) ; réenregistrez le texte en UTF-8',
  'domain.holiday.notBuiltIn':
    'le {{date}} n’est pas un jour férié intégré de {{carrier}} : il n’y a rien à rouvrir (ajoutez plutôt vos propres fermetures comme jours fériés)',
  'domain.disruption.notSunday':
    'le {{date}} n’est pas un dimanche : une semaine perturbée est une fenêtre d’évaluation, du dimanche au samedi (le dimanche précédent est le {{sunday}})',
  'domain.disruption.duplicate':
    'la semaine du {{date}} retarde déjà {{carrier}} (entrée {{entry}}) : regroupez les deux en une seule entrée',
  'domain.delivery.unknownState': 'État inconnu {{value}} : utilisez un code à 2 lettres comme NY, CA ou DC',
  'domain.delivery.noDefaultArea':
    'ShipWeek n’a pas de zone par défaut pour $t(catalog.service.{{service}}) le $t(catalog.weekday.{{day}}) : listez les États ou ZIP3 qu’il dessert',
  'domain.primeOff.endBeforeStart':
    'doit venir après le début ({{start}}) : Prime désactivé de {{start}} à {{end}} ne dure aucun temps',
  'domain.primeOff.overlap': 'chevauche la période {{other}} ({{start}} → {{end}}) : fusionnez-les ou déplacez-en une',
  'domain.primeOff.timeZone': 'fuseau horaire inconnu {{value}} : utilisez un nom IANA comme America/New_York',
  'domain.delivery.duplicateRow':
    'même service, même jour et même zone que la ligne {{row}} : supprimez l’une des deux',
  'domain.primeRegions.twice': '{{region}} figure deux fois',
  'domain.delivery.unknownZip3': 'le ZIP3 {{zip3}} n’existe pas (absent de la liste des codes ZIP des États-Unis)',
  'domain.migration.holidaysReopened':
    '{{carrier}} {{year}} : ce fichier ne listait que certains jours fériés de {{carrier}} pour {{year}}, ce que les anciennes versions de ShipWeek lisaient comme tout le calendrier de {{carrier}} pour l’année. Les jours fériés s’ajoutent désormais au calendrier intégré ; pour garder votre plan tel quel, ces jours fériés intégrés de {{carrier}} sont marqués comme rouverts ({{carrier}} travaille) : {{days}}. Retirez une réouverture dans Semaine type → Jours fériés pour que {{carrier}} ferme ce jour-là.',
};

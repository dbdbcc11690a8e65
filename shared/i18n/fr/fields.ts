import type { fields as en } from '../en/fields';
import type { Translation } from '../texts';

export const fields: Translation<typeof en> = {
  'field.time.empty': 'Saisissez une heure, par exemple 14:00.',
  'field.time.hourOutOfRange': '{{text}} n’est pas une heure : les heures vont de 00 à 23.',
  'field.time.hourOutOfRange12': '{{text}} n’est pas une heure : avec am/pm, les heures vont de 1 à 12.',
  'field.time.minuteOutOfRange': '{{text}} n’est pas une heure : les minutes vont de 00 à 59.',
  'field.time.minuteDigits': '{{text}} : écrivez les minutes avec deux chiffres — {{early}} ou {{late}} ?',
  'field.time.missingMinutes': '{{text}} : il manque les minutes — {{whole}} ?',
  'field.time.ambiguousHour': '{{text}} peut vouloir dire {{morning}} ou {{afternoon}} : saisissez l’heure voulue.',
  'field.time.notATime': '« {{text}} » n’est pas une heure. Saisissez-la comme 14:00, 1400, 14h00 ou 2pm.',
  'field.time.placeholder': 'HH:MM',
  'field.number.empty': 'Saisissez un nombre.',
  'field.number.notANumber': '« {{text}} » n’est pas un nombre.',
  'field.number.belowMin': '{{text}} est inférieur au minimum ({{min}}).',
  'field.number.aboveMax': '{{text}} dépasse le maximum ({{max}}).',
  'field.number.whole': '{{text}} : nombres entiers uniquement.',
  'field.number.step': '{{text}} : par pas de {{step}}.',
  'field.number.range': 'De {{min}} à {{max}}.',
  'field.timeZone.noMatch':
    'Aucun fuseau ne correspond. Essayez une ville, « Pacifique » ou un identifiant comme America/Denver.',
  'field.timeZone.group.us': 'États-Unis',
  'field.timeZone.group.other': 'Autres fuseaux horaires',
  'field.revertHint': 'Échap remet la valeur enregistrée.',
  'save.invalid_one': 'Non enregistré : {{count}} saisie invalide — {{label}} : {{reason}}',
  'save.invalid_other': 'Non enregistré : {{count}} saisies invalides — d’abord {{label}} : {{reason}}',
  'save.invalidNotice_one':
    'Non enregistré : {{count}} saisie invalide — {{label}} : {{reason}} Rien d’autre n’a été fait. Corrigez-la, ou utilisez Annuler pour revenir à la valeur enregistrée.',
  'save.invalidNotice_other':
    'Non enregistré : {{count}} saisies invalides — d’abord {{label}} : {{reason}} Rien d’autre n’a été fait. Corrigez-les, ou utilisez Annuler pour revenir aux valeurs enregistrées.',
  'save.invalidShow': 'Afficher',
  'save.invalidShowHint': 'Aller à la saisie non enregistrée',
  'save.invalidUndone': 'Saisie invalide annulée : le champ affiche de nouveau la valeur enregistrée.',
  'save.leaveTitle_one': '{{count}} saisie n’est pas enregistrée',
  'save.leaveTitle_other': '{{count}} saisies ne sont pas enregistrées',
  'save.leaveBody':
    'ShipWeek ne peut pas utiliser ce qui est saisi ici : ce n’est pas enregistré, et rien d’autre ne l’est tant que ce n’est pas corrigé ou annulé.',
  'save.leaveStay': 'Rester et corriger',
  'save.leaveDiscard': 'Abandonner la saisie et quitter',
  'save.closeBlockedInvalid_one':
    'Fenêtre non fermée : {{count}} saisie invalide — {{label}} : {{reason}} Corrigez-la ou utilisez Annuler ; fermer à nouveau quitte sans elle.',
  'save.closeBlockedInvalid_other':
    'Fenêtre non fermée : {{count}} saisies invalides — d’abord {{label}} : {{reason}} Corrigez-les ou utilisez Annuler ; fermer à nouveau quitte sans elles.',
};

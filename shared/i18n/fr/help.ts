import type { help as en } from '../en/help';
import type { Translation } from '../texts';

export const help: Translation<typeof en> = {
  'help.whatIs': 'Que veut dire « {{term}} » ?',
  'help.primeSwitch.term': 'Interrupteur Prime',
  'help.primeSwitch.text':
    'Activé : ce service de transporteur achemine vos commandes Prime, et ShipWeek l’utilise pour les promesses, la couverture et chaque contrôle.\nDésactivé : le service et ses horaires restent dans le plan, mais aucune promesse Prime ne l’utilise — pratique pour essayer un plan sans lui. L’interrupteur n’existe que dans ShipWeek ; rien n’est envoyé à Amazon.',
  'help.zoneCap.term': 'Limite de zone',
  'help.zoneCap.text':
    'La zone de transporteur la plus lointaine pour laquelle ce service est utilisé. Les zones se comptent depuis votre entrepôt : la zone 1 est à moins d’environ 80 km (50 miles), la zone 8 à plus de 2 900 km (1 800 miles). Avec « Zones 1 à 5 », les clients des zones 6 à 8 reçoivent leur promesse d’un autre service, ou aucune.\nL’automatisation des régions d’expédition d’Amazon propose la même limite (par exemple UPS Ground jusqu’à la zone 8). Attention : un État qu’aucun service n’atteint compte contre la couverture nationale (48 États + DC).',
  'help.specialPlan.term': 'Plan d’exploitation spécial',
  'help.specialPlan.short': 'Plan du week-end',
  'help.specialPlan.text':
    'La matrice des transporteurs de Prime Expédié par le vendeur marque certains enlèvements et dépôts du samedi et du dimanche comme « Limité » : le transporteur ne les assure que dans le cadre d’un plan d’exploitation spécial convenu avec lui. Cochez le jour si vous avez cet accord ; sans lui, ShipWeek ne compte pas cette remise du week-end.\nLes étiquettes de ces envois ne peuvent pas être achetées par l’Achat de l’affranchissement : elles sont hors Achat de l’affranchissement et exemptées de son exigence.',
  'help.outsideBuyShipping.term': 'Hors Achat de l’affranchissement',
  'help.outsideBuyShipping.text':
    'L’Achat de l’affranchissement est l’endroit où vous achetez les étiquettes des transporteurs dans Seller Central. Prime Expédié par le vendeur demande qu’au moins 99 % de vos commandes Prime utilisent ces étiquettes.\nLes envois du week-end sous plan d’exploitation spécial ne peuvent pas y être achetés : ils sont « hors Achat de l’affranchissement » et exemptés de ces 99 %. Amazon juge alors lui-même leur livraison (une ancienne page d’Amazon demande 97 % de livraisons dans les délais). Ce chiffre est la part des pages vues dont la promesse repose sur de telles étiquettes.',
  'help.timeZone.term': 'Fuseau horaire',
  'help.timeZone.text':
    'L’heure selon laquelle travaille votre entrepôt : les heures limites de commande, les enlèvements, les dépôts et les jours fériés s’y lisent, tout comme les règles d’Amazon (heure limite à 14:00 ou plus tard en semaine, 10:30 le week-end, heure locale).\nShipWeek le déduit du code ZIP et enregistre son nom standard (IANA), par exemple America/Los_Angeles pour l’heure du Pacifique, qui connaît chaque changement d’heure. Ne le modifiez que si l’entrepôt vit à une autre heure.',
  'help.engineTime.term': 'Temps du moteur',
  'help.engineTime.text':
    'Le temps qu’a mis cet ordinateur pour recalculer tous les chiffres de cette page après votre dernière modification : toute la semaine, heure par heure, pour chaque zone ZIP3 et chaque catégorie de taille.\nIl dit à quelle vitesse ShipWeek répond ; ce n’est pas un chiffre qu’Amazon regarde.',
  'zipHint.city': '{{city}}, {{state}}',
  'zipHint.state': 'État : {{state}}',
  'zipHint.prefixCity': 'ZIP3 {{zip3}} · autour de {{city}}, {{state}}',
  'zipHint.prefix': 'ZIP3 {{zip3}} · {{state}}',
};

/**
 * The short explanations behind the app's ⓘ buttons (HelpTip), in words a shipping manager uses.
 * Where a text states a rule of the SFP programme it follows the program facts the engine's catalog
 * uses (cutoff times, the 99 % Buy Shipping requirement, the 97 % on-time figure for labels bought elsewhere,
 * Shipping Region Automation's zone limit), and it says what ShipWeek does with the setting. A new
 * line in a text starts a new paragraph. The ZIP hints (useZipHint) are here too: the other small
 * "what is this" text of the app.
 */
export const HELP_TERMS = ['primeSwitch', 'zoneCap', 'specialPlan', 'outsideBuyShipping', 'timeZone', 'engineTime'] as const;
export type HelpTerm = (typeof HELP_TERMS)[number];

export const en = {
  'help.whatIs': 'What is “{{term}}”?',
  'help.primeSwitch.term': 'Prime switch',
  'help.primeSwitch.text':
    'On: this carrier service carries your Prime orders, so ShipWeek uses it for promises, coverage and every check.\nOff: the service and its times stay in the plan, but no Prime promise uses it — handy to try a plan without it. The switch lives in ShipWeek only; nothing is sent to Amazon.',
  'help.zoneCap.term': 'Zone cap',
  'help.zoneCap.text':
    'The farthest carrier zone this service is used for. Zones are counted from your warehouse: zone 1 is within about 50 miles, zone 8 more than 1,800 miles. With “Zones 1–5”, customers in zones 6–8 get their promise from another service, or none.\nAmazon’s Shipping Region Automation offers the same limit (for example UPS Ground up to zone 8). Careful: a state that no service reaches counts against nationwide coverage (48 states + DC).',
  'help.specialPlan.term': 'Special operating plan',
  'help.specialPlan.short': 'Weekend plan',
  'help.specialPlan.text':
    'Amazon’s SFP carrier matrix marks some Saturday and Sunday pickups and drop-offs as “Limited”: the carrier does them only under a special operating plan you agree with it. Tick the day when you have that agreement; without it, ShipWeek does not count that weekend handover.\nLabels for those shipments cannot be bought through Buy Shipping, so they are outside Buy Shipping and exempt from its requirement.',
  'help.outsideBuyShipping.term': 'Outside Buy Shipping',
  'help.outsideBuyShipping.text':
    'Buy Shipping is where you buy carrier labels in Seller Central. SFP asks that at least 99 % of your Prime orders use Buy Shipping labels.\nWeekend shipments under a special operating plan cannot be bought there: they are “outside Buy Shipping” and exempt from that 99 %. Amazon then judges their delivery itself (an older Amazon page asks for 97 % on time). This figure is the share of page views whose promise relies on such labels.',
  'help.timeZone.term': 'Time zone',
  'help.timeZone.text':
    'The clock your warehouse works by: order cutoffs, pickups, drop-offs and holidays are read in it, and so are Amazon’s cutoff rules (14:00 or later on weekdays, 10:30 at weekends, local time).\nShipWeek fills it in from the ZIP code and stores its standard (IANA) name, such as America/Los_Angeles for Pacific Time, which knows every daylight-saving change. Change it only if the warehouse runs on another clock.',
  'help.engineTime.term': 'Engine time',
  'help.engineTime.text':
    'How long this computer took to recompute every figure on this page after your last change: the whole week, hour by hour, for every ZIP3 area and size tier.\nIt tells you how fast ShipWeek answers; it is not a figure Amazon looks at.',
  'zipHint.city': '{{city}}, {{state}}',
  'zipHint.state': 'In {{state}}',
  'zipHint.prefixCity': 'ZIP3 {{zip3}} · around {{city}}, {{state}}',
  'zipHint.prefix': 'ZIP3 {{zip3}} · {{state}}',
} as const;

export const fr: Record<keyof typeof en, string> = {
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

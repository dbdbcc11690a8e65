import type { reports as en } from '../en/reports';
import type { Translation } from '../texts';

export const reports: Translation<typeof en> = {
  'reports.title': 'Rapports',
  'reports.intro':
    'Exportez le rapport de paramétrage du scénario courant pour votre direction ou un plan d’action, exportez ses données pour un tableur, importez des paramètres, des délais de transit ou des poids de destination, et rédigez le plan d’action.',
  'reports.busy': 'En cours…',
  'reports.saved': 'Enregistré dans « {{path}} ».',
  'reports.cancelled': 'Rien n’a été enregistré.',
  'reports.reveal.open': 'Ouvrir',
  'reports.reveal.showInFolder': 'Afficher dans le dossier',
  'reports.reveal.browser':
    'Votre navigateur l’a rangé avec ses téléchargements (Ctrl+J ou ⌘⇧J pour les voir) ; ouvrez-le de là : une page web ne peut pas ouvrir de fichiers sur votre ordinateur.',
  'reports.reveal.notExported': 'Seul un fichier exporté par ShipWeek pendant cette session peut être ouvert d’ici.',
  'reports.reveal.failed': 'Le fichier n’a pas pu être ouvert : {{reason}}',
  'reports.lang.label': 'Langue des exports',
  'reports.lang.en': 'Anglais',
  'reports.lang.fr': 'Français',
  'reports.export.title': 'Exporter',
  'reports.export.intro':
    'Les exports partent du scénario enregistré et le simulent à nouveau : ils montrent toujours les mêmes chiffres que la ligne de commande.',
  'reports.export.pdf': 'Rapport de paramétrage (PDF)',
  'reports.export.includeReturns': 'Inclure les retours et les échéances SAFE-T',
  'reports.export.json': 'Paramètres du scénario (JSON)',
  'reports.export.csvTitle': 'Données pour tableur (CSV)',
  'reports.export.csv.schedule': 'Semaine d’expédition',
  'reports.export.csv.coverageZip3': 'Couverture par ZIP3',
  'reports.export.csv.coverageState': 'Couverture par État',
  'reports.export.csv.metrics': 'Statistiques',
  'reports.import.title': 'Importer',
  'reports.import.intro':
    'Un import se fait en entier ou pas du tout : au moindre problème dans le fichier, rien n’est modifié. Les paramètres arrivent comme un nouveau scénario ; les délais de transit s’ajoutent au scénario courant ; les poids de destination remplacent ceux du scénario courant.',
  'reports.import.settings': 'Importer des paramètres (JSON)…',
  'reports.import.transit': 'Importer des délais de transit (CSV)…',
  'reports.import.settingsDone': 'Importé comme nouveau scénario « {{name}} ».',
  'reports.import.settingsRenamed': 'Importé sous le nom « {{name}} » : un scénario « {{original}} » existe déjà.',
  'reports.import.transitDone': 'Délais de transit importés : {{count}} ; le scénario en compte maintenant {{total}}.',
  'reports.import.weights': 'Importer des poids de destination (CSV)…',
  'reports.import.weightsDone':
    'Poids de destination importés pour $t(unit.zipCode, {"count": {{count}} }) ; la simulation pondère désormais les destinations avec eux.',
  'reports.import.weightsRejected':
    '{{file}} : $t(unit.problem, {"count": {{count}} }) dans les poids de destination. Rien n’a été importé.',
  'reports.backtest.title': 'Backtest face aux promesses d’Amazon',
  'reports.backtest.intro':
    'Pour chaque commande Prime d’un rapport de commandes Amazon (le fichier de Seller Central, séparé par des tabulations ou CSV) : la promesse que ce scénario donne à une vue à l’heure d’achat vers le ZIP de la commande, face à la date promise par Amazon. Le scénario n’est pas modifié.',
  'reports.backtest.run': 'Backtest sur un rapport de commandes Amazon…',
  'reports.backtest.read':
    'Lecture : $t(unit.row, {"count": {{rows}} }), $t(unit.order, {"count": {{orders}} }), $t(unit.primeOrder, {"count": {{prime}} }) ; $t(unit.rowSkipped, {"count": {{skipped}} }).',
  'reports.backtest.skippedWhy': 'Pourquoi des lignes ont été ignorées',
  'reports.backtest.skippedGroup': '{{reason}} : $t(unit.row, {"count": {{count}} })',
  'reports.backtest.skippedExample': 'Ligne {{row}}, {{field}} : {{problem}}',
  'reports.backtest.skippedListed':
    'Seules les {{count, number}} premières lignes ignorées sont détaillées ; les nombres ci-dessus les comptent toutes ({{total, number}}).',
  'reports.backtest.skippedReason.missingOrderId': 'Sans numéro de commande',
  'reports.backtest.skippedReason.missingPurchaseDate': 'Sans date d’achat',
  'reports.backtest.skippedReason.badPurchaseDate': 'Date d’achat illisible',
  'reports.backtest.skippedReason.missingZip': 'Sans code ZIP',
  'reports.backtest.skippedReason.badZip': 'Pas un code ZIP américain',
  'reports.backtest.skippedReason.unknownZip': 'Code ZIP absent des données ZIP américaines',
  'reports.backtest.skippedReason.formula': 'Une formule de tableur au lieu d’une valeur',
  'reports.backtest.summary':
    '{{agree}} commandes Prime sur {{compared}} ({{share}}) obtiennent la date promise par Amazon. ShipWeek plus tôt : {{earlier}}, plus tard : {{later}}, sans promesse : {{unserved}}.',
  'reports.backtest.nothing':
    'Rien à comparer : sur $t(unit.primeOrder, {"count": {{prime}} }), aucune n’a de date de livraison promise (le rapport doit avoir promise-date, latest-delivery-date ou delivery-end-date).',
  'reports.backtest.states': 'États où les promesses diffèrent',
  'reports.backtest.col.state': 'État',
  'reports.backtest.col.orders': 'Commandes',
  'reports.backtest.col.agree': 'Accord',
  'reports.backtest.col.earlier': 'ShipWeek plus tôt',
  'reports.backtest.col.later': 'ShipWeek plus tard',
  'reports.backtest.col.meanDiff': 'Jours (moy.)',
  'reports.backtest.col.zip3': 'ZIP3',
  'reports.backtest.col.gap': 'Écart',
  'reports.backtest.zip3.title': 'Écart par ZIP3 dans un État',
  'reports.backtest.zip3.note':
    'Le même écart pour chaque ZIP3 (les trois premiers chiffres du code postal) de l’État choisi, pour voir où, dans l’État, les dates de ShipWeek et celles d’Amazon divergent. Au départ, l’État qui compte le plus de commandes en désaccord.',
  'reports.backtest.zip3.state': 'État à détailler par ZIP3',
  'reports.backtest.zip3.table': 'Écart par ZIP3 : {{state}}',
  'reports.backtest.worst': 'Les commandes qui diffèrent le plus, avec le raisonnement de ShipWeek',
  'reports.backtest.worstLine':
    '{{orderId}} vers {{zip}}, achetée le {{at}} (heure du client) : Amazon {{amazon}}, ShipWeek {{shipweek}} ({{diff}} jours)',
  'reports.backtest.worstUnserved':
    '{{orderId}} vers {{zip}}, achetée le {{at}} (heure du client) : Amazon {{amazon}}, ShipWeek : aucune promesse',
  'reports.backtest.suggestions': 'Délais de transit qui combleraient les écarts systématiques',
  'reports.backtest.suggestion':
    '$t(catalog.service.{{service}}) vers le ZIP3 {{dest}} : {{from}} → {{to}} jours ouvrés ({{orders}} commandes ; accord actuel {{now}}, avec ce délai {{with}})',
  'reports.backtest.noSuggestions':
    'Aucun service ni ZIP3 ne montre d’écart systématique : pas de délai de transit à suggérer.',
  'reports.backtest.apply': 'Les essayer dans un nouveau scénario',
  'reports.backtest.appliedName': '{{name}} + délais du backtest',
  'reports.backtest.applied':
    'Nouveau scénario « {{name}} » avec les délais de transit suggérés ({{count}}). Ouvrez-le et refaites le backtest pour voir ce qu’ils changent.',
  'reports.import.orders': 'Importer un rapport de commandes Amazon…',
  'reports.import.ordersDone':
    'Rapport de commandes Amazon lu : $t(unit.row, {"count": {{rows}} }), $t(unit.order, {"count": {{orders}} }), $t(unit.primeOrder, {"count": {{prime}} }), $t(unit.rowSkipped, {"count": {{skipped}} }). Les poids de destination suivent désormais les commandes Prime de $t(unit.zipCode, {"count": {{zips}} }).',
  'reports.import.ordersAssumedZone':
    'Les dates et heures sans décalage ({{count}}) ont été lues dans le fuseau {{timeZone}} (une hypothèse : celui de la place de marché).',
  'reports.import.ordersRejected':
    '{{file}} n’est pas un rapport de commandes Amazon utilisable ($t(unit.problem, {"count": {{count}} })). Rien n’a été importé.',
  'reports.import.ordersNoPrime':
    '{{file}} : aucune de ses $t(unit.order, {"count": {{orders}} }) n’est une commande Prime : pas de poids de destination à importer. Rien n’a été importé.',
  'reports.import.ordersDoNotFit':
    '{{file}} : les chiffres importés ne tiennent pas dans le plan ({{message}}). Rien n’a été importé.',
  'reports.import.weightsCustom': 'Les destinations sont pondérées par vos poids importés ({{count}} codes ZIP).',
  'reports.import.weightsPopulation':
    'Les destinations sont pondérées par la population. Importez un CSV avec les colonnes zip,weight (par exemple les commandes de l’an dernier par code ZIP) pour les pondérer par votre propre demande.',
  'reports.import.usePopulation': 'Revenir aux poids de population',
  'reports.import.usePopulationDone': 'Les destinations sont de nouveau pondérées par la population.',
  'reports.import.errorsTitle': 'Rien n’a été importé',
  'reports.import.errorsLabel': 'Problèmes trouvés dans le fichier',
  'reports.import.settingsRejected':
    '{{file}} n’est pas un fichier de paramètres valide : $t(unit.problem, {"count": {{count}} }). Rien n’a été importé.',
  'reports.import.transitRejected':
    '{{file}} : $t(unit.problem, {"count": {{count}} }) dans le tableau des délais. Rien n’a été importé.',
  'reports.import.settingsIssue': '{{where}} : {{message}}',
  'reports.import.duplicateWarehouse': '« {{name}} » est utilisé par deux entrepôts.',
  'reports.import.tooLarge': '{{file}} fait {{size}} octets ; la limite est de {{limit}} octets. Rien n’a été importé.',
  'reports.import.tooLargeStream':
    '{{file}} dépasse la limite de {{limit}} octets (la lecture s’est arrêtée là). Rien n’a été importé.',
  'reports.import.notText': '{{file}} n’est pas un fichier texte (UTF-8). Rien n’a été importé.',
  'reports.import.notAFile': '{{file}} n’est pas un fichier.',
  'reports.import.cannotRead': '{{file}} ne peut pas être ouvert ({{code}}).',
  'reports.import.row': 'Ligne {{row}}',
  'reports.import.file': 'Fichier',
  'reports.import.details': 'Détails',
  'reports.error.cannotWrite': '{{file}} n’a pas pu être écrit ({{code}}). Choisissez un autre dossier.',
  'reports.error.target.directory': '{{file}} est un dossier. Choisissez un nom de fichier.',
  'reports.error.target.symlink':
    '{{file}} est un lien symbolique. ShipWeek n’écrit que dans des fichiers ordinaires ou sous un nouveau nom, jamais à travers un lien : choisissez un autre nom.',
  'reports.error.target.fifo':
    '{{file}} est un tube nommé (FIFO), pas un fichier ordinaire. Rien n’a été écrit : choisissez un autre nom.',
  'reports.error.target.device':
    '{{file}} est un périphérique, pas un fichier ordinaire. Rien n’a été écrit : choisissez un autre nom.',
  'reports.error.target.socket':
    '{{file}} est une socket, pas un fichier ordinaire. Rien n’a été écrit : choisissez un autre nom.',
  'reports.error.unknownPolicy': 'Profil de règles inconnu : {{policyId}}.',
  'reports.error.unavailable': 'Cette fonction n’est pas disponible dans cette version.',
  'reports.error.noChromium':
    'L’export PDF de la version navigateur demande Chromium ou Google Chrome installé (ou SHIPWEEK_CHROMIUM=/chemin/vers/chrome au lancement). Les exports CSV, JSON et Markdown fonctionnent sans.',
  'reports.plan.title': 'Plan d’action',
  'reports.plan.intro':
    'Un brouillon tiré de la simulation : pour chaque statistique en échec ou à risque, la cause avec ses chiffres et des mesures correctives tirées de l’aide d’Amazon. Modifiez le texte ; il s’enregistre pendant la saisie.',
  'reports.plan.none': 'Pas encore de plan d’action pour ce scénario.',
  'reports.plan.draft': 'Rédiger le plan d’action',
  'reports.plan.redraft': 'Refaire le brouillon d’après la simulation',
  'reports.plan.redraftConfirm':
    'Remplacer le plan par un nouveau brouillon ? Vos modifications du texte actuel seront perdues.',
  'reports.plan.redraftYes': 'Remplacer',
  'reports.plan.cancel': 'Annuler',
  'reports.plan.rootCause': 'Cause — {{section}}',
  'reports.plan.actions': 'Mesures correctives — {{section}}',
  'reports.plan.exportPdf': 'Exporter le plan (PDF)',
  'reports.plan.exportMarkdown': 'Exporter le plan (Markdown)',
  'reports.plan.saved': 'Modifications enregistrées',
  'reports.plan.saving': 'Enregistrement…',
  'reports.plan.pending': 'Modifications non enregistrées',
  'reports.plan.draftedIn.en': 'Rédigé en anglais.',
  'reports.plan.draftedIn.fr': 'Rédigé en français.',
  'reports.plan.otherLanguage': 'Ce plan d’action est en {{language}}.',
  'reports.plan.language.en': 'anglais',
  'reports.plan.language.fr': 'français',
  'reports.plan.translate': 'Le rédiger en {{language}} en gardant vos modifications',
  'reports.plan.translated':
    'Rédigé en {{language}} : les textes que vous aviez modifiés sont gardés tels que vous les avez écrits.',
  'reports.plan.status.fail': 'En échec',
  'reports.plan.status.atRisk': 'À risque',
  'reports.plan.error.none': 'Ce scénario n’a pas encore de plan d’action ; rédigez-en un d’abord.',
  'reports.plan.error.stale': 'Le plan d’action a été modifié ailleurs ; il a été rechargé.',
  'reports.plan.error.unknownSection': 'Section du plan inconnue : {{id}}.',
  'reports.deadlines.title': 'Délais des retours et de SAFE-T',
  'reports.deadlines.intro':
    'D’après l’aide SFP d’Amazon : rembourser sous deux jours ouvrés après l’arrivée du retour dans votre entrepôt ; fournir les informations SAFE-T manquantes sous sept jours ; contester une décision SAFE-T une seule fois, sous sept jours. Les jours ouvrés suivent le calendrier du plan, comme sur la page Retours : les jours fériés intégrés des transporteurs (moins les jours que ce plan rouvre), les jours fériés propres au plan et les fermetures de l’entrepôt ne comptent pas.',
  'reports.deadlines.received': 'Retour reçu le',
  'reports.deadlines.request': 'Informations SAFE-T demandées le',
  'reports.deadlines.decision': 'Décision SAFE-T du',
  'reports.deadlines.alreadyDisputed': 'Déjà contestée une fois',
  'reports.import.transitTooMany':
    '{{file}} : le plan contiendrait {{total}} délais de transit ; la limite est de {{max}}. Rien n’a été importé.',
  'reports.progress.label': 'Avancement de la lecture du rapport de commandes',
  'reports.progress.waiting': 'En attente du fichier…',
  'reports.progress.reading': 'Lecture du rapport de commandes : {{read}} sur {{total}} ({{percent}})',
  'reports.progress.readingNoSize': 'Lecture du rapport de commandes : {{read}} pour l’instant',
  'reports.progress.cancel': 'Annuler',
  'reports.progress.cancelling': 'Arrêt en cours…',
  'reports.import.ordersCancelled': 'Import annulé : rien n’a été modifié.',
  'reports.backtest.cancelled': 'Backtest annulé : aucun chiffre n’a été conservé.',
  'reports.progress.transit.label': 'Avancement de la lecture du fichier de délais du transporteur',
  'reports.progress.transit.reading': 'Lecture du fichier de délais : {{read}} sur {{total}} ({{percent}})',
  'reports.progress.transit.readingNoSize': 'Lecture du fichier de délais : {{read}} pour l’instant',
  'reports.progress.export.label': 'Avancement de l’export',
  'reports.progress.export.weeks': 'Simulation de la semaine {{done}} sur {{total}} pour l’export…',
  'reports.progress.export.preparing': 'Préparation de l’export…',
  'reports.progress.export.writing': 'Écriture du fichier…',
  'reports.export.stopped': 'Export annulé : aucun fichier n’a été écrit.',
  'reports.backtest.map.title': 'Écart par État : date de ShipWeek moins celle d’Amazon',
  'reports.backtest.map.note':
    'Moyenne sur les commandes Prime de chaque État promises par les deux, en jours : négative quand ShipWeek promet plus tôt qu’Amazon, positive quand il promet plus tard. Survolez un État pour ses effectifs.',
  'reports.backtest.map.label':
    'Carte des États-Unis colorée selon l’écart moyen entre la date promise par ShipWeek et celle d’Amazon. Le tableau ci-dessous donne les États qui diffèrent.',
  'reports.backtest.map.legend': 'Légende de la carte des écarts',
  'reports.backtest.map.legend.earlier2': 'ShipWeek plus tôt de 1,5 jour ou plus',
  'reports.backtest.map.legend.earlier1': '0,5 à 1,5 jour plus tôt',
  'reports.backtest.map.legend.even': 'À moins d’une demi-journée',
  'reports.backtest.map.legend.later1': '0,5 à 1,5 jour plus tard',
  'reports.backtest.map.legend.later2': '1,5 jour ou plus plus tard',
  'reports.backtest.map.legend.unserved': 'Aucune promesse du plan',
  'reports.backtest.map.legend.none': 'Aucune commande dans le rapport',
  'reports.backtest.map.stateTitle':
    '{{state}} : comparaison sur $t(unit.primeOrder, {"count": {{compared}} }) ; en accord : {{agree}} ({{share}}) ; ShipWeek plus tôt : {{earlier}}, plus tard : {{later}}, sans promesse : {{unserved}} ; écart moyen en jours : {{mean}}',
  'reports.backtest.map.stateNone': '{{state}} : aucune commande Prime avec une date promise dans le rapport',
  'reports.import.usps': 'Importer les normes de service USPS…',
  'reports.import.ups': 'Importer UPS Time in Transit (JSON)…',
  'reports.import.uspsDone':
    'Normes de service USPS de l’origine de ce plan importées comme délais de transit ({{zip3}} par ZIP3, {{zip5}} par ZIP5) : {{added}} ajoutés, {{changed}} modifiés, {{unchanged}} inchangés ; le plan en compte maintenant $t(unit.transitTime, {"count": {{total}} }).',
  'reports.import.upsDone':
    'UPS Time in Transit importé comme délais de transit par ZIP5 ({{zip5}} ; ils valent pour les promesses une à une, le backtest et la simulation, qui porte alors sur chaque ZIP5) : {{added}} ajoutés, {{changed}} modifiés, {{unchanged}} inchangés ; le plan en compte maintenant $t(unit.transitTime, {"count": {{total}} }).',
  'reports.import.transitChange': '$t(catalog.service.{{service}}) vers {{dest}} : {{from}} → {{to}}',
  'reports.import.transitChanges': 'Modifiés (jours ouvrés) : {{list}}.',
  'reports.import.transitSkipped': 'Non importés (ShipWeek ne les modélise pas) : {{list}}.',
  'reports.backtest.plans.title': 'Le plan en vigueur à chaque date',
  'reports.backtest.plans.intro':
    'Les commandes passées (date du client) dans une période sont jugées avec le scénario que vous lui associez ; toutes les autres avec ce scénario. Les délais suggérés viennent seulement des commandes de ce scénario.',
  'reports.backtest.plans.scenario': 'Scénario en vigueur',
  'reports.backtest.plans.from': 'Du',
  'reports.backtest.plans.to': 'Au (inclus)',
  'reports.backtest.plans.remove': 'Retirer cette période',
  'reports.backtest.plans.add': 'Ajouter un plan en vigueur sur une période',
  'reports.backtest.plans.thisPlan': 'ce scénario',
  'reports.backtest.plans.judged': 'Jugées avec : {{list}}.',
  'reports.backtest.plans.judgedOne': '{{name}}, {{agree}} en accord sur {{compared}}',
  'reports.backtest.plans.judgedWith': '— jugée avec « {{name}} », en vigueur alors',
  'reports.backtest.planRangeBackwards': 'Un plan en vigueur du {{from}} au {{to}} finit avant de commencer.',
  'reports.backtest.plansOverlap':
    'Les plans en vigueur ne peuvent pas se chevaucher : « {{first}} » (du {{firstFrom}} au {{firstTo}}) et « {{second}} » (du {{secondFrom}} au {{secondTo}}) couvrent tous deux du {{from}} au {{to}}. Donnez un seul plan à chaque date.',
};

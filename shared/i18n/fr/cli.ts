import type { cli as en } from '../en/cli';
import type { Translation } from '../texts';

export const cli: Translation<typeof en> = {
  'cli.help':
    "ShipWeek : planifiez une semaine d'expédition Seller Fulfilled Prime et simulez les indicateurs de rapidité de livraison d'Amazon.\n\nUtilisation : shipweek <commande> [options]\n\nCommandes :\n  sample [--out <fichier>] [--variant <id>] [--force]   affiche (ou écrit) des réglages d'exemple\n  validate <fichier> [--json]                           vérifie un fichier de réglages et liste les constats\n  simulate <fichier> [--json] [--policy <id>] [--week <AAAA-MM-JJ> [--weeks N]] [--destinations auto|zip3|zip5]\n                                                        simule rapidité de livraison, couverture et contrôles du programme\n  promise <fichier> --at <AAAA-MM-JJTHH:MM> --to <ZIP> [--tier <catégorie>] [--json]\n                                                        la promesse qu'un client du <ZIP> voit à cette heure locale\n  matrix [--json]                                       la matrice week-end des transporteurs (enlèvement / dépôt)\n  policies [--json]                                     les profils de règles SFP intégrés et leurs objectifs\n  report <fichier> --format html|csv|json|pdf --out <chemin> [--policy <id>] [--returns <rapport>]\n                                                        écrire le rapport de paramétrage, un export CSV ou le JSON des paramètres\n  advise <fichier> [--json] [--max-moves N] [--budget <USD/semaine>] [--candidate-zips <fichier>]\n                                                        quoi changer pour réussir, et à quel coût\n  eligibility <fichier> [--weeks 13] [--runs N] [--seed N] [--transit-spread <csv>] [--trade-off] [--json]\n                                                        passer l’essai et garder Prime ? (Monte Carlo)\n  backtest <fichier> --orders <rapport> [--json]     les promesses de ShipWeek face à celles d'Amazon\n  import orders <rapport> --into <f> --out <f>       un rapport de commandes Amazon comme poids de destination\n  import usps-standards|ups-tnt <fichier> --into <f> --out <f> [--origin <ZIP3>]\n                                                        délais des transporteurs comme délais propres au plan\n  returns <rapport> [--holidays-from <f>] [--today <AAAA-MM-JJ>] [--json]\n                                                        dates limites de remboursement d'un rapport de retours Amazon ; code 1 si un remboursement est en retard\n  serve [--port <N>] [--data-dir <dossier>] [--no-open]\n                                                        ShipWeek dans votre navigateur (si l'application de bureau ne démarre pas)\n\nOptions :\n  --lang en|fr   langue de la sortie lisible (par défaut en)\n  --json         sortie lisible par une machine\n  -h, --help     aide (aussi : shipweek <commande> --help)\n\nCodes de sortie : 0 conforme, 1 constats ou contrôles en échec, 2 entrée invalide (fichier, option ou valeur).",
  'cli.help.sample':
    "Utilisation : shipweek sample [--out <fichier>] [--variant <id>] [--force]\n\nAffiche les réglages d'exemple (JSON). --out les écrit plutôt dans un fichier (sans l'écraser, sauf avec --force).\n--variant : columbus (par défaut) ou two-warehouses.",
  'cli.help.validate':
    "Utilisation : shipweek validate <fichier> [--json]\n\nVérifie un fichier de réglages : format, codes ZIP, fuseaux horaires, puis les règles du programme (heures limites, enlèvements, matrice week-end, six jours d'expédition et de livraison, couverture).\nCode 0 sans erreur ni avertissement, 1 s'il y a des constats, 2 si le fichier est illisible ou invalide.",
  'cli.help.simulate':
    "Utilisation : shipweek simulate <fichier> [--json] [--policy <id>] [--week <AAAA-MM-JJ> [--weeks N] | --from <AAAA-MM-JJ> --to <AAAA-MM-JJ>] [--destinations auto|zip3|zip5]\n\nSimule une semaine de pages vues : part des vues avec une promesse en 1, 2, 3 et 5 jours par catégorie de taille, couverture par État, contrôles six jours, et objectifs du profil de règles.\n--policy : un identifiant de profil (voir shipweek policies) ; par défaut celui du fichier. --week : le dimanche de la semaine à simuler (Amazon évalue les semaines du dimanche au samedi) ; un lundi donne encore une semaine du lundi au dimanche, nommée comme telle. --weeks : autant de semaines consécutives à partir de celle-ci (1 à 13), jugées ensemble comme Amazon juge une période ; parts et objectifs arrondis au pourcent supérieur comme sur son tableau de bord. --from et --to : une plage de dates à la place (deux jours compris, 91 jours au plus), comme le propose le tableau de bord d’Amazon ; seules les pages vues de ces jours comptent. --destinations : zip3 simule par ZIP3, zip5 sur chaque ZIP5 avec les délais propres aux ZIP5 ; auto (par défaut) prend zip5 quand le fichier a un délai de transport par ZIP5.\nCode 0 si tous les contrôles passent, 1 si l'un échoue, 2 si l'entrée est invalide.",
  'cli.help.promise':
    "Utilisation : shipweek promise <fichier> --at <AAAA-MM-JJTHH:MM> --to <ZIP> [--tier standard|oversize|extraLarge] [--json]\n\nLa promesse de livraison qu'un client du <ZIP> (ZIP5 ou ZIP3) voit à une date et une heure locales, avec le raisonnement étape par étape.\nCode 0 avec une promesse, 1 si aucun service ne peut livrer, 2 si l'entrée est invalide.",
  'cli.help.matrix':
    "Utilisation : shipweek matrix [--json]\n\nLa matrice week-end (enlèvement / dépôt) d'UPS, FedEx et USPS, d'après la page d'aide SFP d'Amazon.",
  'cli.help.policies':
    'Utilisation : shipweek policies [--json]\n\nLes profils de règles SFP intégrés : leur source, leurs objectifs de rapidité de livraison et leurs règles.',
  'cli.help.report':
    "Utilisation : shipweek report <fichier> --format html|csv|json|pdf --out <chemin> [--csv <type>] [--lang en|fr] [--policy <id>] [--week <AAAA-MM-JJ> [--weeks N] | --from <AAAA-MM-JJ> --to <AAAA-MM-JJ>] [--force]\n\nÉcrit le rapport de paramétrage (html, ou pdf via un Chromium sans interface : définissez SHIPWEEK_CHROMIUM=/chemin s'il n'est pas trouvé), un export CSV (--csv schedule, coverageZip3, coverageState ou metrics ; par défaut metrics) ou le JSON des paramètres au format actuel.\nLes chiffres portent sur la semaine type, sauf avec --week (un dimanche : la semaine d'Amazon, du dimanche au samedi ; un lundi : une semaine du lundi au dimanche), --weeks N à partir d'elle (1 à 13, jugées ensemble) ou --from/--to (une plage de dates, les deux jours comptés, 91 jours au plus), comme pour shipweek simulate.\nLe fichier est écrit de façon atomique ; un fichier existant est conservé sauf avec --force.\nCode 0 si le fichier est écrit, 2 en cas d'entrée invalide ou sans Chromium pour --format pdf.",
  'cli.help.serve':
    "Utilisation : shipweek serve [--port <N>] [--data-dir <dossier>] [--no-open]\n\nShipWeek dans votre propre navigateur, pour les machines où l'application de bureau ne démarre pas : sert l'application construite et le même espace de travail (par défaut celui de l'application de bureau, p. ex. ~/.config/ShipWeek/workspace sous Linux) sur 127.0.0.1 seulement, et ouvre votre navigateur avec un lien de connexion à usage unique.\n--port : le port d'écoute (4780 par défaut, ou un port libre s'il est occupé). --data-dir : un autre dossier d'espace de travail. --no-open : afficher le lien de connexion au lieu d'ouvrir un navigateur.\nUn seul serveur par espace de travail. Entrée donne un nouveau lien de connexion, Ctrl+C arrête.\nCode de sortie 0 après Ctrl+C, 2 s'il ne peut pas démarrer (espace déjà servi, port occupé, application non construite).",
  'cli.serve.badPort': '--port doit être un nombre de 0 à 65535 (reçu {{value}})',
  'cli.serve.sqliteBroken':
    "shipweek serve ne peut pas ouvrir l'espace de travail tant que better-sqlite3 ne se charge pas (voir ci-dessus).",
  'cli.serve.notBuilt':
    "L'application n'est pas construite ({{dir}} manque ou est incomplet) : lancez `npm run build`, ou démarrez avec `npm run web`, qui construit d'abord.",
  'cli.serve.locked':
    'Cet espace de travail est déjà servi par ShipWeek (processus {{pid}}, {{url}}).\nUtilisez celui-là (Entrée dans son terminal donne un lien de connexion), arrêtez-le avec Ctrl+C, ou servez un autre dossier avec --data-dir.\nEspace de travail : {{dir}}\nFichier de verrou : {{lock}} (supprimé automatiquement quand ce processus se termine)',
  'cli.serve.portInUse':
    "Le port {{port}} est déjà utilisé sur 127.0.0.1. Choisissez-en un autre avec --port <N> (ou --port 0 pour un port libre quelconque), ou arrêtez le programme qui l'utilise.",
  'cli.serve.defaultPortBusy': 'Le port {{port}} est occupé ; un autre port libre est utilisé.',
  'cli.serve.serving': "ShipWeek sert l'espace de travail {{dir}}\n  à l'adresse {{url}} (cet ordinateur seulement)",
  'cli.serve.signInLink':
    "Ouvrez ce lien de connexion à usage unique dans votre navigateur (il ne sert qu'une fois) :\n  {{url}}",
  'cli.serve.opened': 'Ouvert dans votre navigateur.',
  'cli.serve.keys': 'Entrée : nouveau lien de connexion (autre navigateur ou onglet) ; Ctrl+C : arrêter.',
  'cli.serve.signedIn': "Un navigateur s'est connecté.",
  'cli.serve.stopped': 'ShipWeek est arrêté ; toutes les modifications confirmées sont enregistrées.',
  'cli.serve.noChromium':
    "L'export PDF de la version navigateur demande Chromium ou Google Chrome (ou SHIPWEEK_CHROMIUM=/chemin/vers/chrome).",
  'cli.report.badFormat': '--format doit valoir html, csv, json ou pdf (reçu {{value}})',
  'cli.report.missingOut': '--out <chemin> est obligatoire (où écrire le rapport)',
  'cli.report.badCsv': '--csv doit valoir {{kinds}} (reçu {{value}})',
  'cli.report.exists': '{{file}} : le fichier existe ; ajoutez --force pour le remplacer',
  'cli.report.written': '{{file}} : écrit ({{bytes}} octets)',
  'cli.report.noChromium':
    'aucun Chromium trouvé pour --format pdf : installez chromium (Debian : apt-get install chromium) ou définissez SHIPWEEK_CHROMIUM=/chemin/vers/chrome ; --format html donne le même rapport à imprimer depuis un navigateur',
  'cli.report.pdfFailed': "le PDF n'a pas pu être imprimé : {{message}}",
  'cli.error.unknownCommand': 'commande inconnue {{command}}',
  'cli.error.badOption': 'option invalide : {{message}}',
  'cli.error.extraArguments': 'arguments inattendus : {{args}}',
  'cli.error.badLang': '--lang doit valoir en ou fr (reçu {{value}})',
  'cli.error.missingFile': 'un fichier de réglages est requis (par ex. shipweek validate reglages.json)',
  'cli.error.notFound': '{{file}} : fichier introuvable',
  'cli.error.noAccess': '{{file}} : accès refusé',
  'cli.error.cannotRead': '{{file}} : impossible de lire le fichier ({{code}})',
  'cli.error.isDirectory': "{{file}} : c'est un dossier, pas un fichier",
  'cli.error.tooLarge': '{{file}} : fichier trop volumineux ({{size}} octets ; la limite est de {{limit}} octets)',
  'cli.error.cannotWrite': "{{file}} : impossible d'écrire le fichier ({{code}})",
  'cli.error.tooLargeStream': '{{file}} : fichier trop volumineux (lecture arrêtée à la limite de {{limit}} octets)',
  'cli.error.target.directory': "{{file}} : c'est un dossier ; indiquez un nom de fichier",
  'cli.error.target.symlink':
    "{{file}} : c'est un lien symbolique ; ShipWeek n'écrit que dans des fichiers ordinaires ou sous un nouveau nom, jamais à travers un lien",
  'cli.error.target.fifo': "{{file}} : c'est un tube nommé (FIFO), pas un fichier ordinaire ; rien n'a été écrit",
  'cli.error.target.device': "{{file}} : c'est un périphérique, pas un fichier ordinaire ; rien n'a été écrit",
  'cli.error.target.socket': "{{file}} : c'est une socket, pas un fichier ordinaire ; rien n'a été écrit",
  'cli.error.invalidSettings': '{{file}} : fichier de réglages invalide ($t(unit.problem, {"count": {{count}} })) :',
  'cli.severity.error': 'ERREUR ',
  'cli.severity.warning': 'ALERTE ',
  'cli.severity.info': 'INFO   ',
  'cli.validate.pass': '{{file}} : aucune erreur ni alerte ({{info}} info).',
  'cli.validate.fail':
    '{{file}} : $t(unit.error, {"count": {{error}} }), $t(unit.warning, {"count": {{warning}} }), $t(unit.note, {"count": {{info}} }).',
  'cli.sample.written': '« {{name}} » écrit dans {{file}}.',
  'cli.sample.exists': "{{file}} : le fichier existe déjà (utilisez --force pour l'écraser)",
  'cli.sample.unknownVariant': 'exemple inconnu {{variant}} ; exemples : {{variants}}',
  'cli.matrix.title': "Enlèvements et dépôts le week-end par transporteur (page d'aide SFP d'Amazon)",
  'cli.matrix.carrier': 'Transporteur',
  'cli.matrix.service': 'Service',
  'cli.promise.badAt':
    '--at doit être une date et une heure locales AAAA-MM-JJTHH:MM, par ex. 2026-06-12T15:30 (reçu {{value}})',
  'cli.promise.badTo': '--to doit être un ZIP5 (par ex. 10001) ou un ZIP3 (par ex. 100) (reçu {{value}})',
  'cli.promise.unknownZip': "--to : le code ZIP {{zip}} n'existe pas",
  'cli.promise.badTier': '--tier doit valoir {{tiers}} (reçu {{value}})',
  'cli.promise.headline':
    'Promesse : $t(unit.day, {"count": {{days}} }), livraison le {{deliveryDate}}, vers {{to}} ({{state}}) pour une vue le {{at}} ({{timeZone}}).',
  'cli.promise.ships':
    'Expédition le {{shipDate}} depuis {{warehouse}} par {{service}} ({{handover}} à {{time}}), zone {{zone}}, $t(unit.businessDay, {"count": {{transitDays}} }) de transit.',
  'cli.promise.cutoff': 'Heure limite client pour cette promesse : {{customerCutoff}} (heure locale du client).',
  'cli.promise.why': 'Pourquoi :',
  'cli.simulate.badWeek':
    '--week doit être le dimanche AAAA-MM-JJ qui ouvre une semaine Amazon (du dimanche au samedi), par ex. {{sunday}}, ou un lundi pour une semaine du lundi au dimanche (reçu {{value}})',
  'cli.simulate.rangeAndWeek': '--from/--to forme à elle seule une plage de dates : donnez-la sans --week ni --weeks',
  'cli.simulate.rangeNeedsBoth': 'une plage de dates demande --from et --to ({{option}} manque)',
  'cli.simulate.badRangeDate': '{{option}} doit être une date réelle AAAA-MM-JJ, par ex. 2026-11-25 (reçu {{value}})',
  'cli.simulate.rangeBackwards': '--to ({{to}}) précède --from ({{from}}) : la plage doit aller vers l’avant',
  'cli.simulate.rangeTooLong':
    'la plage du {{from}} au {{to}} dépasse {{max}} jours (13 semaines), la plus longue période que ShipWeek juge',
  'cli.simulate.unknownPolicy': '--policy : profil inconnu {{value}} ; profils : {{policies}}',
  'cli.simulate.title': 'Simulation de « {{name}} » selon le profil « {{policy}} » ({{policyId}}), {{period}}',
  'cli.simulate.badWeeks': '--weeks doit être un nombre entier de 1 à 13 et demande --week (reçu {{value}})',
  'cli.simulate.badDestinations': '--destinations doit valoir auto, zip3 ou zip5 (reçu {{value}})',
  'cli.simulate.zip5Mode':
    'Mode ZIP5 : la semaine sur {{zips, number}} codes ZIP5 des 48 États + DC ; avec leur propre délai (délais de transport par ZIP5) : {{own, number}}, dans {{zip3s, number}} des ZIP3.',
  'cli.simulate.titleTypical':
    'Simulation de « {{name}} » selon le profil « {{policy}} » ({{policyId}}), semaine type (sans jours fériés)',
  'cli.simulate.speedTitle': 'Rapidité de livraison : part des vues de page avec une promesse en N jours au plus',
  'cli.simulate.tier': 'Catégorie de taille',
  'cli.simulate.none': 'Sans promesse',
  'cli.simulate.nationwideYes': 'Couverture nationale : oui (les 48 États contigus + DC).',
  'cli.simulate.nationwideNo':
    'Couverture nationale : non ; couverture incomplète dans $t(unit.state, {"count": {{count}} }) : {{states}}.',
  'cli.simulate.sixDays': 'Expédition six jours sur sept : {{operation}}. Livraison six jours sur sept : {{delivery}}.',
  'cli.simulate.outsideBuyShipping': "Vues servies avec des étiquettes hors Achat de l'affranchissement : {{share}}.",
  'cli.simulate.checksTitle': 'Contrôles du profil de règles :',
  'cli.simulate.findingsTitle': 'Constats :',
  'cli.simulate.pass': 'OK   ',
  'cli.simulate.fail': 'ÉCHEC',
  'cli.simulate.target': 'objectif {{target}}',
  'cli.simulate.states': '{{count}} États',
  'cli.simulate.yes': 'oui',
  'cli.simulate.no': 'non',
  'cli.simulate.resultPass': 'Résultat : CONFORME ({{count}} contrôles sur {{count}}).',
  'cli.simulate.resultFail': 'Résultat : NON CONFORME (contrôles en échec : {{failed}} sur {{count}}).',
  'cli.error.moreProblems': '… et {{count}} de plus',
  'cli.error.dateOutOfRange': '{{option}} doit être une date entre le {{min}} et le {{max}} (reçu {{value}})',
  'cli.help.advise':
    "Usage : shipweek advise <fichier> [--json] [--max-moves N] [--budget <USD par semaine>] [--candidate-zips <fichier>] [--label-costs <csv>] [--search-sites] [--policy <id>]\n\nQuoi changer, et à quel coût : les changements uniques classés par contrôles corrigés et points gagnés par dollar, la combinaison la moins chère qui passe tous les contrôles, ou, si aucune ne passe dans les limites, le mieux que chaque contrôle en échec peut atteindre et le contrôle qui bloque. Chaque chiffre est la simulation du plan qui l'accompagne.\n--max-moves : changements par plan, 1 à 8 (4 par défaut). --budget : surcoût maximal par semaine en dollars US. --candidate-zips : un fichier de codes postaux à 5 chiffres (un par ligne) où essayer un second entrepôt. --search-sites : essayer chaque ZIP3 peuplé pour le meilleur nouveau site (plus lent). --label-costs : un CSV service,zone,tier,usd qui remplace les prix d'étiquettes.\nCode de sortie 0 si un plan qui passe a été trouvé (ou si le plan passe déjà), 1 si aucun n'existe dans les limites, 2 en cas d'entrée invalide.",
  'cli.advise.badMaxMoves': '--max-moves doit être un nombre entier de 1 à 8 (reçu {{value}})',
  'cli.advise.badBudget':
    '--budget doit être un montant en dollars US par semaine, p. ex. 500 ou 1250.50 (reçu {{value}})',
  'cli.advise.badZip': "{{file}} : ligne {{row}} : {{value}} n'est pas un code postal à 5 chiffres",
  'cli.advise.unknownZip': "{{file}} : ligne {{row}} : le code postal {{value}} n'existe pas",
  'cli.advise.noZips': '{{file}} : aucun code postal trouvé (un code à 5 chiffres par ligne)',
  'cli.advise.badLabelCosts':
    '{{file}} : CSV de prix d\'étiquettes invalide ($t(unit.problem, {"count": {{count}} })) :',
  'cli.advise.title': 'Conseils pour « {{name}} » selon le profil {{policyId}} (semaine type)',
  'cli.advise.nowPass': 'Actuellement : RÉUSSI ({{count}} contrôles sur {{count}}).',
  'cli.advise.nowFail': 'Actuellement : ÉCHEC (contrôles en échec : {{failed}} sur {{count}} : {{checks}}).',
  'cli.advise.cost': 'Coût hebdomadaire : {{total}} (étiquettes {{labels}}, fixes {{fixed}}).',
  'cli.advise.costModelDefaults':
    'Coûts : niveaux de prix publics par défaut (hypothèses) ; indiquez les vôtres dans le costModel des paramètres ou avec --label-costs.',
  'cli.advise.costModelSettings': 'Coûts : le modèle de coûts du fichier de paramètres.',
  'cli.advise.singleTitle': "Changements uniques, les meilleurs d'abord :",
  'cli.advise.singleFigures': 'contrôles corrigés {{fixed}}, {{points}} points gagnés, {{cost}} par semaine',
  'cli.advise.passingTitle':
    'Plan le moins cher trouvé qui passe tous les contrôles ($t(unit.change, {"count": {{count}} })) : {{total}} par semaine ({{delta}}) :',
  'cli.advise.noPassing':
    'Aucun plan ne passe tous les contrôles dans les limites ($t(unit.change, {"count": {{moves}} }) au plus, budget {{budget}}). Le mieux que chaque contrôle en échec peut atteindre :',
  'cli.advise.noBudget': 'aucun',
  'cli.advise.ceilingLine': 'au mieux {{best}} (objectif {{target}})',
  'cli.advise.binds': 'BLOQUANT',
  'cli.advise.bestSite':
    'Meilleur site pour un nouvel entrepôt : {{move}} ({{delta}} par semaine, contrôles corrigés {{fixed}}).',
  'cli.advise.searchComplete':
    'Recherche : complète, {{count}} plans évalués (glouton + amélioration locale) ; chaque chiffre ci-dessus est une simulation de son plan.',
  'cli.advise.searchLimited':
    'Recherche : ARRÊTÉE à sa limite après {{count}} plans ; les résultats ci-dessus sont les meilleurs trouvés jusque-là.',
  'cli.advise.searchCancelled':
    'Recherche : annulée après {{count}} plans ; les résultats ci-dessus sont les meilleurs trouvés jusque-là.',
  'cli.help.backtest':
    'Utilisation : shipweek backtest <fichier> --orders <rapport> [--json] [--worst N] [--marketplace-tz <fuseau>] [--plans <DU..AU=réglages> | --plans <liste.json>]... [--apply-out <fichier> [--force]]\n\nLa promesse de ShipWeek pour chaque commande Prime d\'un rapport de commandes Amazon (TSV ou CSV, lu en flux) face à la date promise par Amazon : une vue à l\'heure d\'achat vers le ZIP de la commande, avec le plan de <fichier>. Affiche ce qui a été lu, le taux d\'accord, les écarts par État, ZIP3 et niveau de service, les commandes les plus en désaccord avec le raisonnement de ShipWeek, et les délais de transit (par service et ZIP3) qui combleraient les écarts systématiques.\n--worst : combien de commandes lister (20 par défaut). --marketplace-tz : fuseau des dates écrites sans décalage (America/Los_Angeles par défaut, une hypothèse). --plans : un autre plan en vigueur pour une période d\'achat (date du client, bornes incluses), sous la forme 2026-06-01..2026-06-30=juin.json (à répéter), ou une liste JSON [{"from", "to", "settings": chemin, "name"?}] aux chemins relatifs à la liste ; les commandes passées pendant la période sont jugées avec ce plan, les périodes ne peuvent pas se chevaucher. --apply-out : écrit le plan avec les délais suggérés dans un nouveau fichier de réglages (refaites le backtest pour voir leur effet).\nCode 0 quand toutes les commandes comparées concordent, 1 quand certaines divergent (ou qu\'aucune n\'a pu être comparée), 2 en cas d\'entrée invalide.',
  'cli.help.import':
    "Utilisation : shipweek import orders <rapport> --into <réglages> --out <nouveaux réglages> [--force] [--adopt-shape] [--adopt-volume] [--marketplace-tz <fuseau>] [--json]\n              shipweek import usps-standards|ups-tnt <fichier> --into <réglages> --out <nouveaux réglages> [--origin <ZIP3>] [--force] [--json]\n              shipweek import transit|weights|costs <fichier.csv> --into <réglages> --out <nouveaux réglages> [--force] [--json]\n\nLit un rapport de commandes Amazon (TSV ou CSV, en flux) et écrit une copie de <réglages> dont les poids de destination sont les commandes Prime du rapport par ZIP. --adopt-shape fait aussi de sa forme jour × heure le profil de vues ; --adopt-volume fait de ses commandes Prime par semaine le volume du modèle de coûts. <réglages> n'est pas modifié ; le nouveau fichier est écrit de façon atomique et un fichier existant est conservé sauf avec --force.\nCode 0 une fois écrit, 2 en cas d'entrée invalide (rien n'est écrit).\n\nusps-standards lit un fichier de normes de service USPS (ZIP3 d'origine x ZIP3 ou ZIP5 de destination x produit, colonnes reconnues par leur nom) et ups-tnt des réponses JSON UPS Time in Transit ; leurs jours remplacent les délais du plan pour le même service et la même destination, et la commande dit ce qui a été ajouté et modifié. --origin : le ZIP3 d'origine dont lire les lignes (par défaut : celui des entrepôts du plan).\n\ntransit lit un CSV dest,service,business_days (ajouté aux délais du plan, en remplaçant le même service et la même destination), weights un CSV zip,weight (remplace les poids de destination) et costs un CSV service,zone,tier,usd de prix d'étiquettes (remplace la table d'étiquettes du modèle de coûts) : les mêmes fichiers et messages que les imports de l'application ; une seule ligne invalide refuse tout le fichier, avec sa ligne, sa colonne et la raison.",
  'cli.orders.missingReport': 'indiquez le rapport de commandes Amazon (un fichier TSV ou CSV de Seller Central)',
  'cli.orders.badTimeZone': '--marketplace-tz doit être un fuseau IANA comme America/Los_Angeles (reçu {{value}})',
  'cli.orders.notText':
    "{{file}} n'est pas du texte UTF-8 (octets invalides vers l'octet {{offset}}) ; rien n'a été lu",
  'cli.orders.rejected': "{{file}} : le rapport de commandes est inutilisable ; rien n'a été importé :",
  'cli.orders.progress': 'Lecture de {{file}}',
  'cli.orders.read':
    'Lu {{file}} ({{format}}) : {{rows}} lignes, {{orders}} commandes, {{prime}} commandes Prime, achetées du {{from}} au {{to}} (UTC).',
  'cli.orders.format.tab': 'séparé par des tabulations',
  'cli.orders.format.comma': 'séparé par des virgules',
  'cli.orders.duplicates':
    'Lignes de commandes déjà lues (autres articles, ou lignes répétées) : {{count}} ; chaque commande est comptée une fois.',
  'cli.orders.skipped': '$t(unit.rowSkipped, {"count": {{count}} }) : {{reasons}}. Les premières :',
  'cli.orders.skip.missingOrderId': 'sans numéro de commande',
  'cli.orders.skip.missingPurchaseDate': "sans date d'achat",
  'cli.orders.skip.badPurchaseDate': "date d'achat illisible",
  'cli.orders.skip.missingZip': 'sans ZIP',
  'cli.orders.skip.badZip': 'ZIP mal formé',
  'cli.orders.skip.unknownZip': 'ZIP inexistant',
  'cli.orders.skip.formula': 'formule',
  'cli.orders.unknownZips': "Lignes dont le ZIP n'existe pas : {{count}} ({{zips}})",
  'cli.orders.assumedTimeZone':
    'Hypothèse : les dates et heures sans décalage UTC ({{count}}) ont été lues dans le fuseau {{timeZone}} (celui de la place de marché) ; utilisez --marketplace-tz si le rapport a été produit dans un autre fuseau.',
  'cli.orders.primeAssumed':
    "Le rapport n'a pas de colonne is-prime : toutes les commandes ont été prises comme commandes Prime.",
  'cli.orders.badPromiseDates':
    'Dates de livraison promises illisibles : {{count}} ; ces commandes ne sont pas comparées.',
  'cli.orders.missingColumns': 'Colonnes absentes du rapport : {{columns}}.',
  'cli.orders.column.orderId': 'numéro de commande',
  'cli.orders.column.purchaseDate': 'purchase-date',
  'cli.orders.column.promiseDate': 'promise-date (ou latest-delivery-date, delivery-end-date)',
  'cli.orders.column.latestShipDate': 'latest-ship-date',
  'cli.orders.column.serviceLevel': 'ship-service-level',
  'cli.orders.column.zip': 'ship-postal-code',
  'cli.orders.column.state': 'ship-state',
  'cli.orders.column.isPrime': 'is-prime',
  'cli.orders.column.quantity': 'quantity',
  'cli.backtest.badWorst': '--worst doit être un nombre entier de 0 à 1000 (reçu {{value}})',
  'cli.backtest.title': 'Backtest de « {{name}} » sur {{file}}',
  'cli.backtest.nothingCompared':
    'Rien à comparer : $t(unit.primeOrder, {"count": {{prime}} }), dont {{without}} sans date de livraison promise (le rapport doit avoir promise-date, latest-delivery-date ou delivery-end-date).',
  'cli.backtest.badPlans':
    '--plans {{value}} : écrivez DU..AU=réglages.json (par ex. 2026-06-01..2026-06-30=juin.json) ou le nom d\'une liste JSON de {"from", "to", "settings", "name"?}',
  'cli.backtest.badPlansList':
    '{{file}} n\'est pas une liste de plans en vigueur ; écrivez [{"from": "AAAA-MM-JJ", "to": "AAAA-MM-JJ", "settings": "plan.json", "name"?: "…"}]',
  'cli.backtest.tooManyPlans': '--plans : au plus {{max}} plans en vigueur (reçu {{count}})',
  'cli.backtest.planRangeBackwards':
    '--plans : le plan en vigueur « {{name}} » va du {{from}} au {{to}}, il finit avant de commencer',
  'cli.backtest.plansOverlap':
    '--plans : les plans en vigueur ne peuvent pas se chevaucher : « {{first}} » (du {{firstFrom}} au {{firstTo}}) et « {{second}} » (du {{secondFrom}} au {{secondTo}}) couvrent tous deux du {{from}} au {{to}} ; donnez un seul plan à chaque date',
  'cli.backtest.judgedWith': 'Jugées avec : {{list}}.',
  'cli.backtest.judgedOne': '{{name}} : {{agree}} sur {{compared}} concordent',
  'cli.backtest.thisPlan': 'ce plan',
  'cli.backtest.agreement':
    'Accord : {{agree}} commandes Prime sur {{compared}} ({{share}}) obtiennent la date promise par Amazon. ShipWeek plus tôt : {{earlier}}, plus tard : {{later}}, sans promesse : {{unserved}}.',
  'cli.backtest.withoutPromise': 'Commandes Prime sans date promise, non comparées : {{count}}.',
  'cli.backtest.histogram': "Jours, date de ShipWeek moins celle d'Amazon : {{days}}",
  'cli.backtest.byState': "États avec des écarts (les plus nombreux d'abord) :",
  'cli.backtest.byZip3': "Zones ZIP3 avec des écarts (les plus nombreux d'abord) :",
  'cli.backtest.byServiceLevel': 'Niveaux de service avec des écarts :',
  'cli.backtest.col.state': 'État',
  'cli.backtest.col.serviceLevel': 'Niveau de service',
  'cli.backtest.col.compared': 'Commandes',
  'cli.backtest.col.agree': 'Accord',
  'cli.backtest.col.earlier': 'Plus tôt',
  'cli.backtest.col.later': 'Plus tard',
  'cli.backtest.col.meanDiff': 'Jours (moy.)',
  'cli.backtest.worst': 'Les {{count}} commandes les plus en désaccord :',
  'cli.backtest.worstLine':
    '  {{orderId}} (ligne {{row}}) vers {{zip}}, achetée le {{at}} heure locale : Amazon {{amazon}}, ShipWeek {{shipweek}} ({{diff}} jours)',
  'cli.backtest.worstUnserved':
    '  {{orderId}} (ligne {{row}}) vers {{zip}}, achetée le {{at}} heure locale : Amazon {{amazon}}, ShipWeek : aucune promesse',
  'cli.backtest.noSuggestions':
    "Aucun délai de transit suggéré : aucun service ni ZIP3 ne montre d'écart systématique.",
  'cli.backtest.suggestions': 'Délais de transit qui combleraient des écarts systématiques ({{count}}) :',
  'cli.backtest.suggestion':
    '$t(catalog.service.{{service}}) vers le ZIP3 {{dest}} : {{from}} → {{to}} jours ouvrés ({{orders}} commandes ; accord actuel {{now}}, avec ce délai {{with}})',
  'cli.backtest.moreSuggestions': '… et {{count}} de plus',
  'cli.backtest.suggestionsNote':
    'Appliquez-les à un nouveau scénario (--apply-out) et refaites le backtest : leur effet est ce que ce backtest montrera.',
  'cli.backtest.applied': 'Plan écrit avec les délais de transit suggérés ({{count}}) dans {{file}}.',
  'cli.import.badKind': 'import inconnu {{value}} ; imports : {{kinds}}',
  'cli.import.missingIntoOut': '--into <réglages> et --out <nouveaux réglages> sont tous deux nécessaires',
  'cli.import.sameFile': '{{file}} : --out doit être un nouveau fichier, pas les réglages de --into',
  'cli.import.noPrime':
    '{{file}} : aucune de ses $t(unit.order, {"count": {{orders}} }) n\'est une commande Prime : pas de poids de destination à importer ; rien n\'a été écrit',
  'cli.import.invalidResult':
    "{{file}} : les chiffres importés ne tiennent pas dans le format des réglages ({{message}}) ; rien n'a été écrit",
  'cli.import.weights':
    'Poids de destination : les commandes Prime de {{zips}} codes ZIP ({{prime}} commandes) remplacent ceux du plan.',
  'cli.import.shapeAdopted': 'Profil de vues : la forme jour × heure des commandes (heure du client) le remplace.',
  'cli.import.shapeNotAdopted':
    'Profil de vues : inchangé (--adopt-shape pour utiliser la forme jour × heure des commandes).',
  'cli.import.volumeAdopted': 'Modèle de coûts : {{weekly}} commandes Prime par semaine.',
  'cli.import.volumeNotAdopted':
    "Volume du modèle de coûts : inchangé ({{weekly}} commandes Prime par semaine dans le rapport ; --adopt-volume pour l'utiliser).",
  'cli.import.written': 'Écrit {{file}} (une copie de {{into}} avec les chiffres ci-dessus).',
  'cli.import.csvRejected': '{{file}} : $t(unit.problem, {"count": {{count}} }) dans le fichier ; rien n\'a été écrit',
  'cli.import.weightsCsv':
    'Poids de destination : les $t(unit.zipCode, {"count": {{count}} }) de {{file}} remplacent ceux du plan.',
  'cli.import.labelCosts':
    "Prix des étiquettes : {{count}} lignes de {{file}} remplacent la table du plan ({{replaced}} lignes avant) ; les prix qu'il ne donne pas restent ceux par défaut.",
};

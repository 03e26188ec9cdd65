# Le plan rendu : titres, champs, phrases SMART, positionnement, 4P et indicateurs.

colon = {" : "}
percent = { $value } %
plan-title = Plan marketing · { $name }
plan-subtitle = Établi le { $date } avec planbot
section-pending = à compléter
value-missing = à compléter
value-none = aucun
value-skipped = sans réponse
value-proposed = { $value } (proposé)
items-segments = Segments
items-competitors = Concurrents
items-objectives = Objectifs
proposed-note = ◦ Proposé d'après votre secteur, à ajuster : { $fields }.
value-hours = { $hours } h/semaine
value-ratio = { $ratio } pour 1
value-months = { $months } mois
category-generic = une entreprise

section-profile = Profil
section-diagnosis = Diagnostic (SWOT)
section-objectives = Objectifs SMART
section-segmentation = Segmentation
section-targeting = Ciblage
section-positioning = Positionnement
section-mix = Marketing mix (4P)
section-kpis = Indicateurs à suivre (KPI)

field-name = Entreprise
field-sector = Activité
field-market = Clientèle
field-stage = Stade
field-area = Zone servie
field-mode = Entretien
field-budget = Budget marketing annuel
field-hours = Temps consacré
field-skills = Compétences clés
field-benefit = Bénéfice clé
field-difference = Différence
field-proof = Preuve
field-price-level = Niveau de prix
field-quality-level = Niveau de qualité

swot-strengths = Forces (interne)
swot-weaknesses = Faiblesses (interne)
swot-opportunities = Opportunités (externe)
swot-threats = Menaces (externe)
competitors-none = Aucun concurrent identifié.
diagnosis-summary = { $name } s'appuie sur { $count ->
        [one] une force, « { $strength } »
       *[other] { $count } forces, à commencer par « { $strength } »
    }, et doit travailler sur « { $weakness } ». Le marché offre une opportunité, « { $opportunity } », mais attention à « { $threat } ». Budget marketing : { $budget } par an.

col-competitor = Concurrent
col-price = Prix
col-quality = Qualité
col-segment = Segment
col-who = Qui
col-need = Besoin
col-size = Taille
col-rate-size = Taille
col-rate-access = Accessibilité
col-rate-fit = Adéquation
col-score = Score
col-kpi = Indicateur
col-formula = Formule
col-where = Où le mesurer
col-target = Cible
col-basis = Calcul

smart-sentence = { $kind } : atteindre { $goal } d'ici le { $deadline }.
smart-sentence-undated = { $kind } : atteindre { $goal }.
smart-no-metric = { $kind } : indicateur à choisir.
smart-flag-number = ⚠ Non mesurable : ajoutez un chiffre.
smart-flag-date = ⚠ Non daté : ajoutez une échéance.
smart-new_customers = { $value } { $count ->
        [one] nouveau client
       *[other] nouveaux clients
    }
smart-revenue = { $value } de chiffre d'affaires
smart-conversion_rate = un taux de conversion de { $value }
smart-repeat_rate = un taux de réachat de { $value }
smart-retention_rate = un taux de rétention de { $value }
smart-nps = un NPS de { $value }
smart-followers = { $value } { $count ->
        [one] abonné
       *[other] abonnés
    }
smart-reach = { $value } { $count ->
        [one] personne touchée
       *[other] personnes touchées
    }
smart-visits = { $value } { $count ->
        [one] visite
       *[other] visites
    }

target-recommended = Cible recommandée : { $segment } ({ $score }/15).
target-chosen = Cible retenue : { $segment }.

quoted = « { $text } »
fact-churn = { $churn } par mois ({ $kept } des abonnés gardés sur un an)
statement = Pour « { $target } », { $name } est { $category } qui { $benefit }.
statement-need = Pour « { $target } », dont le besoin est { $need }, { $name } est { $category } qui { $benefit }.
statement-own = Pour « { $target } », { $name } est { $benefit }.
statement-need-own = Pour « { $target } », dont le besoin est { $need }, { $name } est { $benefit }.
statement-difference = Face à « { $rival } », sa différence : { $difference }.
statement-difference-generic = Sa différence : { $difference }.

p-product = Produit
p-price = Prix
p-place = Distribution
p-promotion = Communication
mix-offer = Offre : { $value }
mix-range = Gamme : { $value }
mix-differentiation = Différenciation : { $value }
mix-after-sales = Après-vente / garantie : { $value }
mix-strategy = Stratégie : { $value }
mix-price-point = Prix moyen : { $value }
mix-purchases = Achats par client et par an : { $value }
mix-margin = Marge brute : { $value }
mix-tactic-budget = { $tactic } : { $share } du budget ({ $amount })
mix-split-even = Budget réparti à parts égales.

kpis-none = Choisissez des objectifs pour recevoir des indicateurs.
kpi-not-enough-data = pas assez de données
kpi-at-least = ≥ { $value }
kpi-at-most = ≤ { $value }
rule-of-thumb = (repère empirique)

kpi-basis-objective = Votre objectif.
kpi-basis-missing = Pas assez de données : complétez votre budget, votre objectif chiffré et votre prix.
kpi-basis-new-customers = Votre objectif.
kpi-basis-new-customers-base = Votre objectif, en plus de vos { $base } { $base ->
        [one] client actuel
       *[other] clients actuels
    }.
kpi-basis-conversion = Il faudra environ { $visitors } visiteurs pour { $customers } { $customers ->
        [one] nouveau client
       *[other] nouveaux clients
    }.
kpi-basis-conversion-alone = Taux à atteindre sur vos visiteurs.
kpi-basis-cac = { $spend } de budget sur { $months } ÷ { $customers } { $customers ->
        [one] nouveau client
       *[other] nouveaux clients
    }.
kpi-basis-revenue = Ce que vos { $customers } { $customers ->
        [one] nouveau client rapporte
       *[other] nouveaux clients rapportent
    } sur { $months } : panier { $price }, au fil de la période et au moins un achat chacun.
kpi-basis-roi = Sur { $months }, { $customers } { $customers ->
        [one] nouveau client
       *[other] nouveaux clients
    } qui arrivent au fil de la période (chacun achète en moyenne pendant la moitié de celle-ci, et au moins une fois) dégagent environ { $margin_amount } de marge brute ({ $margin } de marge), pour { $spend } dépensés.
kpi-basis-roi-short = Sur { $months }, { $customers } { $customers ->
        [one] nouveau client dégage
       *[other] nouveaux clients dégagent
    } environ { $margin_amount } de marge brute pour { $spend } dépensés : le plan perdrait de l'argent. Il faut environ { $needed } nouveaux clients pour rentrer dans vos frais, ou un panier, une marge ou un budget revus.
kpi-basis-clv = Panier { $price } × achats par an { $purchases } × années de fidélité { $years } × marge { $margin }.
kpi-basis-clv-once = Panier { $price } × marge { $margin }, pour un achat : { $purchases } achat par an × { $years } ans de fidélité en font moins d'un, et un client a acheté au moins une fois.
kpi-basis-ltv-cac = Votre plan donne { $ratio } ; au-dessous de 3 pour 1, l'acquisition coûte trop cher.
kpi-basis-ltv-cac-alone = Au-dessous de 3 pour 1, l'acquisition coûte trop cher.
kpi-basis-nps = Repère courant : au-dessus de 0 c'est bien, au-dessus de 50 excellent (Bain & Company, à l'origine du NPS) ; 30 est une cible réaliste la première année.
kpi-basis-awareness = Soit environ { $monthly } de plus par mois sur { $months }.
kpi-basis-awareness-today = De { $today } aujourd'hui, soit environ { $monthly } de plus par mois sur { $months }.
kpi-basis-open = Taux d'ouverture courant d'une liste entretenue.
kpi-basis-visits = { $customers } { $customers ->
        [one] nouveau client
       *[other] nouveaux clients
    } à { $rate } de conversion, sur { $months }.
kpi-basis-search-visits = { $customers } { $customers ->
        [one] nouveau client
       *[other] nouveaux clients
    } à { $rate } des visites qui deviennent clients, sur { $months } : par mois.
kpi-basis-orders = { $customers } { $customers ->
        [one] nouveau client
       *[other] nouveaux clients
    } arrivés au fil de { $months }, { $purchases } commandes par an chacun.
kpi-basis-orders-base = Vos { $base } { $base ->
        [one] client actuel
       *[other] clients actuels
    } et { $customers } nouveaux arrivés au fil de { $months }, { $purchases } commandes par an chacun.
kpi-basis-average-ticket = Votre panier moyen : le garder au moins à ce niveau.
kpi-basis-tickets = Par semaine : vos { $base } { $base ->
        [one] client actuel
       *[other] clients actuels
    } et { $customers } nouveaux, { $purchases } passages par an chacun.
kpi-basis-leads = Pour { $meetings } rendez-vous, si { $rate } des contacts acceptent un échange.
kpi-basis-leads-contacts = Pour { $customers } { $customers ->
        [one] nouveau client
       *[other] nouveaux clients
    }, si { $rate } des contacts deviennent clients.
kpi-basis-meetings = Pour { $proposals } propositions, si { $rate } des rendez-vous en donnent une.
kpi-basis-demos = Pour { $customers } { $customers ->
        [one] client
       *[other] clients
    }, si { $rate } des démonstrations deviennent des comptes payants.
kpi-basis-proposals = Pour { $wins } { $wins ->
        [one] client signé
       *[other] clients signés
    }, à { $rate } de propositions gagnées.
kpi-basis-win-rate = Part habituelle des propositions signées dans votre activité.
kpi-basis-trials = Pour { $customers } { $customers ->
        [one] client payant
       *[other] clients payants
    }, si { $rate } des essais deviennent payants.
kpi-basis-trial-to-paid = Part habituelle des essais qui deviennent payants dans votre activité.
kpi-basis-mrr = { $customers } { $customers ->
        [one] nouvel abonné
       *[other] nouveaux abonnés
    } arrivés au fil de { $months } à { $price } par mois, moins { $churn } de résiliations par mois.
kpi-basis-mrr-base = Vos { $base } { $base ->
        [one] abonné actuel
       *[other] abonnés actuels
    } et { $customers } nouveaux arrivés au fil de { $months } à { $price } par mois, moins { $churn } de résiliations par mois.
kpi-basis-churn = Niveau de résiliation mensuelle courant dans votre activité ; au-delà, la croissance s'use.
kpi-basis-churn-today = { $today } par mois aujourd'hui : ne pas le dépasser.
kpi-basis-churn-aim = { $today } par mois aujourd'hui ; garder { $kept } des abonnés sur un an, c'est en perdre au plus autant chaque mois.
kpi-basis-cac-payback = CAC visé { $cac } ÷ marge mensuelle par client { $monthly }.
kpi-basis-capacity = Vos clients demanderont environ { $needed } { $unit }, pour { $capacity } disponibles, soit { $use } de votre capacité ; au-delà de 100 %, l’objectif dépasse ce que vous pouvez livrer.
kpi-basis-capacity-new = Vos nouveaux clients seuls demanderont environ { $needed } { $unit }, pour { $capacity } disponibles, soit { $use } de votre capacité, avant ce que vos clients actuels occupent déjà ; au-delà de 100 % en tout, l’objectif dépasse ce que vous pouvez livrer.
kpi-basis-repeat = Part courante de clients qui reviennent grâce à un programme de fidélité.
kpi-basis-repeat-today = { $today } aujourd'hui : l'objectif se mesure à partir de ce niveau.
kpi-basis-cpc = Coût d'acquisition visé { $cac } × taux de conversion { $conversion }.
kpi-basis-engagement = Taux d'engagement courant pour un petit compte.
kpi-basis-attendees = Pour { $customers } { $customers ->
        [one] client issu des événements
       *[other] clients issus des événements
    } (une part égale de vos nouveaux clients, { $share }), au taux de conversion visé.
kpi-basis-attendees-alone = { $events } { $events ->
        [one] événement à
       *[other] événements à
    } environ 15 participants chacun.
kpi-basis-basket-growth = Votre panier moyen { $price } + 5 %, en proposant un produit complémentaire à vos habitués.
kpi-basis-partner = Pour { $customers } { $customers ->
        [one] nouveau client
       *[other] nouveaux clients
    }, si { $rate } des contacts présentés par un partenaire deviennent clients (une recommandation convertit bien mieux qu'un contact à froid).
kpi-basis-referral = { $share } de vos nouveaux clients : une part égale pour chacun de vos leviers.
kpi-basis-reviews-alone = Deux avis par mois en les demandant à vos clients fidèles.
kpi-basis-reviews = { $rate } des { $people } { $people ->
        [one] client
       *[other] clients
    } de l'année, en le demandant à chacun.

kpi-leads = Contacts qualifiés
kpi-leads-formula = Prospects de votre cible entrés en contact sur la période
kpi-leads-where = CRM ou tableur de suivi commercial
kpi-meetings = Rendez-vous
kpi-meetings-formula = Premiers rendez-vous ou démonstrations tenus sur la période
kpi-meetings-where = Agenda et CRM
kpi-proposals = Propositions envoyées
kpi-proposals-formula = Devis ou propositions commerciales envoyés sur la période
kpi-proposals-where = Dossier des propositions, CRM
kpi-win_rate = Taux de signature
kpi-win_rate-formula = Propositions signées ÷ propositions envoyées
kpi-win_rate-where = CRM
kpi-trials = Essais
kpi-trials-formula = Essais gratuits ou séances découverte commencés sur la période
kpi-trials-where = Outil d'inscription ou de réservation
kpi-trial_to_paid = Conversion essai → payant
kpi-trial_to_paid-formula = Clients devenus payants ÷ essais commencés
kpi-trial_to_paid-where = Outil de facturation (Stripe…) et d'inscription
kpi-mrr = Revenu mensuel récurrent (MRR)
kpi-mrr-formula = Somme des abonnements payés chaque mois
kpi-mrr-where = Outil de facturation (Stripe…)
kpi-churn = Taux de résiliation mensuel
kpi-churn-formula = Abonnés perdus dans le mois ÷ abonnés en début de mois
kpi-churn-where = Outil de facturation (Stripe…)
kpi-cac_payback = Délai de remboursement du CAC
kpi-cac_payback-formula = CAC ÷ marge brute mensuelle par client
kpi-cac_payback-where = Calculé à partir du CAC et de la facturation
kpi-tickets = Ventes par semaine
kpi-tickets-formula = Nombre de ventes enregistrées en caisse par semaine
kpi-tickets-where = Caisse (rapport hebdomadaire)
kpi-average_ticket = Panier moyen
kpi-average_ticket-formula = Chiffre d'affaires ÷ nombre de ventes
kpi-average_ticket-where = Caisse ou e-shop
kpi-reviews = Nouveaux avis clients
kpi-reviews-formula = Avis publiés sur la période (Google, plateformes)
kpi-reviews-where = Fiche Google Business Profile, plateformes d'avis
kpi-capacity_use = Taux d'occupation de votre capacité
kpi-capacity_use-formula = Capacité demandée par vos clients ÷ capacité disponible sur l'année
kpi-capacity_use-where = Agenda, planning ou feuilles de temps
kpi-orders = Commandes
kpi-orders-formula = Commandes passées sur la période
kpi-orders-where = Back-office de l'e-shop ou de la place de marché

kpi-new_customers = Nouveaux clients
kpi-new_customers-formula = Nombre de premiers achats sur la période
kpi-new_customers-where = Fichier clients, caisse, e-shop ou CRM (clients créés)
kpi-conversion_rate = Taux de conversion
kpi-conversion_rate-formula = Conversions ÷ visiteurs
kpi-conversion_rate-where = Statistiques du site ou de l’e-shop (Google Analytics, Shopify…)
kpi-cac = CAC (coût d'acquisition client)
kpi-cac-formula = Dépenses marketing et commerciales ÷ nouveaux clients de la même période
kpi-cac-where = Comptabilité (dépenses) et fichier clients (nouveaux clients)
kpi-roi = ROI (retour sur investissement)
kpi-roi-formula = (Marge brute des nouveaux clients − dépenses) ÷ dépenses
kpi-roi-where = Comptabilité (marge) et origine de chaque nouveau client
kpi-revenue = Chiffre d'affaires
kpi-revenue-formula = Somme des ventes sur la période
kpi-revenue-new = Chiffre d'affaires des nouveaux clients
kpi-revenue-new-formula = Somme des ventes aux clients gagnés sur la période
kpi-revenue-where = Comptabilité ou facturation : chiffre d’affaires des clients gagnés cette année
kpi-clv = Valeur vie client (CLV)
kpi-clv-formula = Panier moyen × achats par an × années de fidélité × marge
kpi-clv-where = Historique des ventes ou de la facturation
kpi-ltv_cac = Ratio CLV ÷ CAC
kpi-ltv_cac-formula = Valeur vie client ÷ coût d'acquisition client
kpi-ltv_cac-where = Calculé à partir des deux indicateurs
kpi-retention_rate = Taux de rétention
kpi-retention_rate-formula = (Clients en fin de période − nouveaux clients) ÷ clients en début de période
kpi-retention_rate-where = CRM ou fichier clients
kpi-repeat_rate = Taux de réachat
kpi-repeat_rate-formula = Clients ayant acheté au moins deux fois ÷ clients
kpi-repeat_rate-where = Fichier clients ou facturation : clients qui ont acheté au moins deux fois
kpi-nps = NPS (Net Promoter Score)
kpi-nps-formula = % de promoteurs (notes 9–10) − % de détracteurs (notes 0–6)
kpi-nps-where = Question « Recommanderiez-vous… ? » de 0 à 10, posée chaque trimestre à un échantillon d’une trentaine de clients
kpi-followers = Abonnés
kpi-followers-formula = Nombre d'abonnés en fin de période
kpi-followers-where = Statistiques de vos réseaux sociaux
kpi-reach = Portée
kpi-reach-formula = Personnes distinctes touchées par vos messages
kpi-reach-where = Statistiques des réseaux sociaux et des campagnes
kpi-visits = Visites
kpi-visits-formula = Nombre de visites du site sur la période
kpi-visits-where = Google Analytics ou l'outil de statistiques du site
kpi-open_rate = Taux d'ouverture des emails
kpi-open_rate-formula = Emails ouverts ÷ emails délivrés
kpi-open_rate-where = Votre outil d'emailing
kpi-organic_visits = Visites issues des moteurs (par mois)
kpi-organic_visits-formula = Visites dont la source est la recherche naturelle
kpi-organic_visits-where = Google Search Console, Google Analytics
kpi-cost_per_click = Coût par clic maximum (SEA)
kpi-cost_per_click-formula = Dépense publicitaire ÷ clics
kpi-cost_per_click-where = Google Ads ou la régie utilisée
kpi-engagement_rate = Taux d'engagement
kpi-engagement_rate-formula = (Réactions + commentaires + partages) ÷ portée
kpi-engagement_rate-where = Statistiques de vos réseaux sociaux
kpi-attendees = Participants aux événements
kpi-attendees-formula = Nombre de participants sur la période
kpi-attendees-where = Inscriptions, comptage à l'entrée
kpi-referred_customers = Clients parrainés
kpi-referred_customers-formula = Nouveaux clients venus par un parrain
kpi-referred_customers-where = Codes de parrainage, question « Comment nous avez-vous connus ? »
kpi-partner_leads = Contacts apportés par les partenaires
kpi-partner_leads-formula = Prospects dont la source est un partenaire
kpi-partner_leads-where = CRM, codes ou liens par partenaire

section-actions = Plan d'action annuel
actions-none = Aucune action retenue.
actions-total = { $count ->
        [one] 1 action
       *[other] { $count } actions
    }, budget total { $budget }.
col-action = Action
col-date = Date
col-owner = Qui
col-steps = Premières étapes
action-when-recurring = à partir du { $start }, { $cadence } jusqu'au { $until }
col-budget = Budget
col-objective = Objectif
col-status = Statut
status-late = en retard
action-status-proposed = proposée
action-status-planned = prévue
action-status-done = faite
action-status-dropped = retirée

monthly-title = Revue du mois · { $name }
monthly-subtitle = { $month }
monthly-done = Ce qui a été fait
monthly-nothing-done = Aucune action marquée comme faite ce mois-ci.
monthly-slipped = Ce qui a glissé
monthly-slipped-line = { $title } (prévue le { $date })
monthly-nothing-slipped = Rien en retard : bravo !
monthly-kpis = Indicateurs par rapport aux cibles
monthly-no-results = Pas encore de résultats : tapez /kpi pour les saisir.
monthly-next = Prochaines actions
monthly-next-line = { $date } : { $title }
monthly-nothing-next = Aucune action prévue : tapez /actions pour en ajouter ou en replanifier.
measure-not-enough = { $kpi } : pas assez de données
measure-no-target = { $kpi } : { $value }
measure-line = { $kpi } : { $value } (cible { $target }) { $verdict }
measure-on-track = ✅ dans la cible
measure-off-track = ⚠️ hors cible
col-result = Résultat à ce jour

chart-price-axis = Prix (1 = bon marché, 5 = cher)
chart-quality-axis = Qualité (1 = basique, 5 = haut de gamme)
chart-positioning-title = Carte de positionnement
chart-kpi-axis = % de la cible atteint (100 % = cible)
chart-kpi-title = Indicateurs par rapport aux cibles
chart-timeline-title = Calendrier des actions
chart-today = aujourd'hui
chart-quadrant-value = Bon rapport qualité-prix
chart-quadrant-premium = Premium
chart-quadrant-low-cost = Petit prix
chart-quadrant-overpriced = Cher pour ce que c'est

pdf-footer = { $title }
pdf-cover-kicker = Plan marketing
pdf-cover-date = Établi le { $date } avec planbot
pdf-incomplete = Cette partie est à compléter : continuez à répondre aux questions de planbot.

ics-name = Plan d'action · { $name }
ics-budget = Budget : { $budget }
ics-objective = Objectif : { $objective }
ics-kpi = Indicateur : { $kpi }

# Le plan rendu : titres, champs, phrases SMART, positionnement, 4P et indicateurs.

colon = {" : "}
percent = { $value } %
plan-title = Plan marketing · { $name }
plan-subtitle = Établi le { $date } avec planbot
section-pending = à compléter
value-missing = à compléter
value-none = aucun
value-skipped = passé
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

statement = Pour « { $target } », { $name } est { $category } qui { $benefit }.
statement-need = Pour « { $target } », dont le besoin est { $need }, { $name } est { $category } qui { $benefit }.
statement-difference = Contrairement à « { $rival } », { $difference }.
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
kpi-basis-conversion = Il faudra environ { $visitors } visiteurs ou contacts pour { $customers } nouveaux clients.
kpi-basis-conversion-alone = Taux à atteindre sur vos visiteurs ou contacts.
kpi-basis-cac = { $spend } de budget sur { $months } ÷ { $customers } nouveaux clients.
kpi-basis-roi = { $customers } nouveaux clients rapportent environ { $revenue } sur { $months }, pour { $spend } dépensés.
kpi-basis-clv = Panier { $price } × achats par an { $purchases } × années de fidélité { $years } × marge { $margin }.
kpi-basis-ltv-cac = Votre plan donne { $ratio } ; au-dessous de 3 pour 1, l'acquisition coûte trop cher.
kpi-basis-ltv-cac-alone = Au-dessous de 3 pour 1, l'acquisition coûte trop cher.
kpi-basis-nps = Repère courant : au-dessus de 0 c'est bien, au-dessus de 50 excellent (Bain & Company, à l'origine du NPS) ; 30 est une cible réaliste la première année.
kpi-basis-awareness = Soit environ { $monthly } par mois sur { $months }.
kpi-basis-open = Taux d'ouverture courant d'une liste entretenue.
kpi-basis-organic = { $customers } clients attendus du SEO ({ $share } du budget), au taux de conversion visé.
kpi-basis-cpc = Coût d'acquisition visé { $cac } × taux de conversion { $conversion }.
kpi-basis-engagement = Taux d'engagement courant pour un petit compte.
kpi-basis-attendees = Pour { $customers } clients issus des événements ({ $share } du budget), au taux de conversion visé.
kpi-basis-leads = Pour { $customers } clients issus des partenariats ({ $share } du budget), au taux de conversion visé.
kpi-basis-referral = { $share } de vos nouveaux clients, à la hauteur de la part du budget.
kpi-basis-tactic-cac = Coût par nouveau client de cette action, à garder sous votre CAC cible { $cac }.

kpi-new_customers = Nouveaux clients
kpi-new_customers-formula = Nombre de premiers achats sur la période
kpi-new_customers-where = Caisse, e-shop ou CRM (clients créés)
kpi-conversion_rate = Taux de conversion
kpi-conversion_rate-formula = Conversions ÷ visiteurs
kpi-conversion_rate-where = Google Analytics (site), compteur de passage (boutique), CRM (prospects)
kpi-cac = CAC (coût d'acquisition client)
kpi-cac-formula = Dépenses marketing et commerciales ÷ nouveaux clients de la même période
kpi-cac-where = Comptabilité (dépenses) et CRM ou caisse (nouveaux clients)
kpi-roi = ROI (retour sur investissement)
kpi-roi-formula = (Chiffre d'affaires attribuable − coût) ÷ coût
kpi-roi-where = Comptabilité, codes promo ou liens suivis par action
kpi-revenue = Chiffre d'affaires
kpi-revenue-formula = Somme des ventes sur la période
kpi-revenue-where = Comptabilité, caisse ou e-shop
kpi-clv = Valeur vie client (CLV)
kpi-clv-formula = Panier moyen × achats par an × années de fidélité × marge
kpi-clv-where = Caisse ou e-shop (historique d'achats)
kpi-ltv_cac = Ratio CLV ÷ CAC
kpi-ltv_cac-formula = Valeur vie client ÷ coût d'acquisition client
kpi-ltv_cac-where = Calculé à partir des deux indicateurs
kpi-retention_rate = Taux de rétention
kpi-retention_rate-formula = (Clients en fin de période − nouveaux clients) ÷ clients en début de période
kpi-retention_rate-where = CRM ou fichier clients
kpi-repeat_rate = Taux de réachat
kpi-repeat_rate-formula = Clients ayant acheté au moins deux fois ÷ clients
kpi-repeat_rate-where = Caisse, e-shop ou carte de fidélité
kpi-nps = NPS (Net Promoter Score)
kpi-nps-formula = % de promoteurs (notes 9–10) − % de détracteurs (notes 0–6)
kpi-nps-where = Question « Recommanderiez-vous… ? » de 0 à 10, par email ou en caisse
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
pdf-incomplete = Cette partie est à compléter : continuez l'entretien avec planbot.

ics-name = Plan d'action · { $name }
ics-budget = Budget : { $budget }
ics-objective = Objectif : { $objective }
ics-kpi = Indicateur : { $kpi }
kpi-basis-repeat = Part courante de clients qui reviennent grâce à un programme de fidélité.

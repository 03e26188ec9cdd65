# Libellés des valeurs énumérées (clé : <type>-<valeur>).

mode-express = Express (quelques minutes)
mode-complete = Complet (plan détaillé)

sector-ecommerce = E-commerce
sector-retail = Boutique / commerce
sector-cafe = Café / restaurant
sector-b2b_services = Services aux entreprises
sector-b2c_services = Services aux particuliers / freelance
sector-saas = Logiciel / application (SaaS)
sector-craft = Artisanat
sector-other = Autre activité

market-b2c = Particuliers (B2C)
market-b2b = Entreprises (B2B)

stage-idea = Idée / projet
stage-launched = Lancée depuis moins d'un an
stage-growing = En croissance

goal-conquest = Gagner de nouveaux clients
goal-loyalty = Faire revenir mes clients
goal-awareness = Me faire connaître

objective-kind-conquest = Conquête
objective-kind-loyalty = Fidélisation
objective-kind-awareness = Notoriété

metric-new_customers = Nouveaux clients
metric-revenue = Chiffre d'affaires
metric-conversion_rate = Taux de conversion
metric-repeat_rate = Taux de réachat
metric-retention_rate = Taux de rétention
metric-nps = NPS (recommandation)
metric-followers = Abonnés
metric-reach = Personnes touchées
metric-visits = Visites du site

price-strategy-premium = Premium (plus cher)
price-strategy-aligned = Aligné sur le marché
price-strategy-penetration = Pénétration (prix bas)
price-strategy-skimming = Écrémage (cher au début)
price-strategy-freemium = Freemium (base gratuite)

channel-own_site = Site / e-shop
channel-shop = Boutique physique
channel-marketplace = Place de marché
channel-resellers = Revendeurs
channel-direct = Vente directe
channel-social_commerce = Vente sur les réseaux

tactic-social = Réseaux sociaux
tactic-seo = Référencement (SEO)
tactic-sea = Liens sponsorisés (SEA)
tactic-emailing = Emailing
tactic-advertising = Publicité
tactic-events = Événements et ateliers
tactic-promotions = Promotions
tactic-loyalty_programme = Programme de fidélité
tactic-partnerships = Partenariats et presse
tactic-referral = Recommandation
tactic-local = Présence locale
tactic-content = Contenu expert
tactic-outreach = Prospection directe

website-yes = Oui
website-no = Non, pas encore
website-building = En cours de création

cadence-once = une fois
cadence-weekly = chaque semaine
cadence-monthly = chaque mois
cadence-seasonal = aux temps forts de l'année

phase-profile = Profil
phase-diagnosis = Diagnostic
phase-objectives = Objectifs
phase-segmentation = Segmentation
phase-targeting = Ciblage
phase-positioning = Positionnement
phase-mix = Marketing mix

language-fr = Français
language-en = English
phase-actions = Plan d'action

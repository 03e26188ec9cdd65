# Questions de l'entretien : step-<id> (la question), step-<id>-hint (des exemples), label-<id> (sa ligne dans /edit).
# Variables disponibles partout : $name (l'entreprise), $item (le segment, concurrent ou objectif concerné), $rival.

step-name = Comment s'appelle votre entreprise (ou votre projet) ?
step-name-hint = Par exemple : Café Lumière
label-name = Nom
ack-name = C'est parti pour « { $name } » : construisons votre plan marketing ensemble.

step-mode = Quel parcours préférez-vous : express ou complet ?
step-mode-hint = L'express pose au plus 12 questions et complète le reste avec des valeurs types de votre secteur, que vous pourrez changer. Le complet pose toutes les questions.
label-mode = Type de parcours

step-sector = Quelle est votre activité ?
step-sector-hint = Choisissez la plus proche : elle sert à vous faire des suggestions adaptées.
label-sector = Activité

step-activity = Décrivez votre activité en quelques mots.
step-activity-hint = Par exemple : une école de musique, un food truck
label-activity = Activité (détail)

step-market = Vous vendez surtout à des particuliers ou à des entreprises ?
step-market-hint = Cela change la façon de décrire vos clients.
label-market = Clientèle

step-stage = Où en est { $name } aujourd'hui ?
step-stage-hint = Idée, tout juste lancée, ou déjà en croissance.
label-stage = Stade

step-area = Quelle zone servez-vous ?
step-area-hint = Par exemple : Lyon 7e, toute la France, en ligne dans l'Union européenne
label-area = Zone servie

step-website = Avez-vous un site internet ou une boutique en ligne pour { $name } ?
step-website-hint = Sans site, on commence par votre fiche Google et une page simple, avant tout référencement.
label-website = Site internet

step-capacity = { $capacity }
step-capacity-hint = Un nombre : vos objectifs ne doivent pas dépasser ce que vous pouvez livrer.
label-capacity = Capacité

step-customers = Combien de clients avez-vous eus sur les 12 derniers mois ?
step-customers-hint = Un ordre de grandeur suffit, par exemple : 300. Tapez /skip si vous ne savez pas.
label-customers = Clients aujourd'hui

step-returning = Quelle part de vos clients revient ou rachète ?
step-returning-hint = En %, par exemple : 30 %. Tapez /skip si vous ne savez pas.
label-returning = Clients qui reviennent

step-churn = Quelle part de vos abonnés résilie chaque mois ?
step-churn-hint = En % par mois, par exemple : 3 %. Tapez /skip si vous ne savez pas.
label-churn = Résiliations par mois

step-audience = Combien de personnes vous suivent aujourd'hui (abonnés et liste d'emails) ?
step-audience-hint = Un total approximatif, par exemple : 800. Tapez 0 si vous partez de zéro.
label-audience = Audience aujourd'hui

step-team = Combien de personnes travaillent dans { $name }, vous compris ?
step-team-hint = Par exemple : 1 si vous êtes seul·e, 3 avec deux salariés.
label-team = Équipe

step-strengths = Quelles sont vos forces, ce que vous faites mieux que les autres ?
step-strengths-hint = Séparées par des virgules. Par exemple : produits faits maison, accueil chaleureux
label-strengths = Forces

step-weaknesses = Et vos faiblesses, ce qui vous freine en interne ?
step-weaknesses-hint = Par exemple : peu connu, petite équipe, site à refaire
label-weaknesses = Faiblesses

step-budget = Quel budget marketing annuel pouvez-vous y consacrer ?
step-budget-hint = En euros par an, par exemple : 3 000 €, 2k, 1.500,50. Tapez 0 si vous n'avez pas de budget.
label-budget = Budget marketing annuel

step-hours = Combien d'heures par semaine pouvez-vous consacrer au marketing ?
step-hours-hint = Par exemple : 5
label-hours = Heures par semaine

step-skills = Quelles compétences clés avez-vous dans l'équipe ?
step-skills-hint = Par exemple : cuisine, photo, vente
label-skills = Compétences clés

step-opportunities = Quelles opportunités voyez-vous sur votre marché ?
step-opportunities-hint = Des tendances extérieures qui jouent pour vous. Par exemple : demande pour le local, essor de la livraison
label-opportunities = Opportunités

step-threats = Et quelles menaces ?
step-threats-hint = Ce qui, à l'extérieur, peut vous gêner. Par exemple : concurrent moins cher, hausse des prix des matières premières
label-threats = Menaces

step-competitors = Qui sont vos principaux concurrents ?
step-competitors-hint = Jusqu'à 5 noms, séparés par des virgules. Tapez « aucun » si vous n'en voyez pas.
label-competitors = Concurrents

step-competitor_price = « { $item } » : son niveau de prix, de 1 (bon marché) à 5 (très cher) ?
step-competitor_price-hint = Une estimation suffit.
label-competitor_price = { $item } · prix

step-competitor_quality = Et son niveau de qualité ou de service, de 1 (faible) à 5 (excellent) ?
step-competitor_quality-hint = Tel que vos clients le perçoivent.
label-competitor_quality = { $item } · qualité

step-goal = Quel est votre objectif principal pour les 12 prochains mois ?
step-goal-hint = Le plan, ses actions et ses indicateurs en découlent.
label-goal = Objectif principal

step-main_objective = Combien de nouveaux clients visez-vous dans les 12 prochains mois ?
step-main_objective-hint = Un nombre, par exemple : 50
label-main_objective = Nouveaux clients visés

step-objective_kinds = Quels objectifs comptent pour vous ?
step-objective_kinds-hint = Conquête : gagner de nouveaux clients. Fidélisation : garder et faire revenir vos clients. Notoriété : être connu. Plusieurs choix possibles, par exemple 1,3.
label-objective_kinds = Objectifs

step-objective_metric = { $item } : que voulez-vous mesurer ?
step-objective_metric-hint = Choisissez l'indicateur de cet objectif.
label-objective_metric = { $item } · indicateur

step-objective_target = { $item } : quel chiffre visez-vous en « { $metric } » ?
step-objective_target-hint = Un objectif SMART a un chiffre. Par exemple : 50, 3 000 €, 40 %
label-objective_target = { $item } · chiffre visé

step-objective_deadline = { $item } : pour quand ?
step-objective_deadline-hint = Une date ou un mois, par exemple : juin 2027, 30/06/2027, dans 6 mois
label-objective_deadline = { $item } · échéance

step-segments = Quels groupes de clients distinguez-vous ? Donnez-en 2 à 4.
step-segments-hint = Des groupes qui ont des besoins différents, séparés par des virgules. Par exemple : étudiants, actifs du quartier, familles
label-segments = Segments

step-segment_who_b2c = Qui sont les clients « { $item } » ?
step-segment_who_b2c-hint = Âge, lieu, comportement. Par exemple : 25-40 ans, habitent le quartier, achètent le week-end
label-segment_who_b2c = { $item } · profil

step-segment_who_b2b = Qui sont les clients « { $item } » ?
step-segment_who_b2b-hint = Secteur et taille des entreprises. Par exemple : cabinets comptables de 5 à 20 salariés
label-segment_who_b2b = { $item } · profil

step-segment_need = Que recherchent les clients « { $item } » ?
step-segment_need-hint = Leur besoin principal, par exemple : un déjeuner rapide et sain
label-segment_need = { $item } · besoin

step-segment_size = Combien y a-t-il de « { $item } » dans votre zone, clients ou non ?
step-segment_size-hint = La taille du marché, un ordre de grandeur, par exemple : 2 000.
label-segment_size = { $item } · taille

step-rate_size = « { $item } » : taille du segment, de 1 (petit) à 5 (très grand) ?
step-rate_size-hint = Combien de clients potentiels il représente.
label-rate_size = { $item } · note taille

step-rate_access = « { $item } » : facilité à les atteindre, de 1 (difficile) à 5 (facile) ?
step-rate_access-hint = Pouvez-vous leur parler et leur vendre facilement ?
label-rate_access = { $item } · note accessibilité

step-rate_fit = « { $item } » : adéquation avec vos forces, de 1 (faible) à 5 (forte) ?
step-rate_fit-hint = Vos forces répondent-elles bien à leur besoin ?
label-rate_fit = { $item } · note adéquation

step-target = Quel segment choisissez-vous comme cible principale ?
step-target-hint = Les segments sont classés par score sur 15 ; le premier, marqué ★, est celui que je recommande.
label-target = Cible principale

step-benefit = Quel bénéfice clé apportez-vous à vos clients ?
step-benefit-hint = Complétez « { $name } est … qui … ». Par exemple : offre une pause de qualité dans un lieu chaleureux
label-benefit = Bénéfice clé

step-rival = À quel concurrent voulez-vous vous comparer ?
step-rival-hint = Celui que vos clients connaissent le mieux.
label-rival = Concurrent de référence

step-difference = Face à « { $rival } », qu'est-ce qui vous rend différent ?
step-difference-hint = Une différence concrète, par exemple : tout est fait maison avec des produits locaux
label-difference = Différence

step-proof = Quelle preuve pouvez-vous en donner ?
step-proof-hint = Des avis, un label, un chiffre.
label-proof = Preuve

step-price_level = Où vous situez-vous en prix, de 1 (bon marché) à 5 (très cher) ?
step-price_level-hint = Par rapport à vos concurrents.
label-price_level = Niveau de prix

step-quality_level = Et en qualité ou en service, de 1 (basique) à 5 (haut de gamme) ?
step-quality_level-hint = Tel que vous voulez être perçu.
label-quality_level = Niveau de qualité

step-offer = Produit : quelle est votre offre principale ?
step-offer-hint = Ce que vous vendez, en une phrase. Par exemple : cafés de spécialité et déjeuners faits maison
label-offer = Offre principale

step-range = Quelle est votre gamme ?
step-range-hint = Vos produits ou formules, séparés par des virgules.
label-range = Gamme

step-differentiation = Qu'est-ce qui différencie votre produit ?
step-differentiation-hint = Par exemple : carte courte de saison
label-differentiation = Différenciation du produit

step-after_sales = Quel service après-vente ou quelle garantie proposez-vous ?
step-after_sales-hint = Par exemple : satisfait ou remboursé 30 jours
label-after_sales = Après-vente / garantie

step-price_strategy = Prix : quelle stratégie choisissez-vous ?
step-price_strategy-hint = Elle doit coller à votre positionnement. Premium : plus cher, pour plus de valeur ; pénétration : prix bas pour gagner des clients ; écrémage : prix haut au lancement, qui baisse ensuite ; freemium : gratuit, puis payant pour aller plus loin.
label-price_strategy = Stratégie de prix

step-price_point = Quel est votre prix moyen (panier moyen) ?
step-price_point-hint = En euros, par exemple : 12 €, 49,90
label-price_point = Prix moyen

step-purchases = Combien de fois par an un client achète-t-il chez vous ?
step-purchases-hint = Un ordre de grandeur, par exemple : 12. Sert à estimer la valeur d'un client.
label-purchases = Achats par client et par an

step-margin = Quelle est votre marge brute, en pourcentage ?
step-margin-hint = Par exemple : 60 %
label-margin = Marge brute

step-channels = Distribution : par quels canaux vendez-vous ?
step-channels-hint = Plusieurs choix possibles, par exemple 1,2. Vente sur les réseaux : commandes prises sur les réseaux sociaux (Instagram, Facebook…).
label-channels = Canaux

step-tactics = Communication : quelles actions voulez-vous mener ?
step-tactics-hint = Plusieurs choix possibles, par exemple 1,4,6. Présence locale : fiche Google, avis ; contenu expert : LinkedIn, études de cas ; promotions : coupons, 2 pour 1, remises limitées ; partenariats et presse : partenaires, relations presse ; recommandation : parrainage, mises en relation.
label-tactics = Actions de communication

step-split = Comment répartir votre budget entre ces actions ?
step-split-hint = En pourcentages dans l'ordre, par exemple 50, 30, 20 ; ou « SEO 60, emailing 40 » ; ou à parts égales.
label-split = Répartition du budget

step-actions = Voici votre plan d'action pour les douze prochains mois : les actions concrètes de chaque levier choisi, avec leur rythme. On les valide toutes, ou on les revoit une par une ?
step-actions-hint = Vous pourrez changer les dates plus tard.
label-actions = Plan d'action

step-action_decision = { $item }
step-action_decision-hint = Acceptez-la, retirez-la, ou changez-la en l'écrivant : une date (15 mars), un rythme (chaque mois), un budget (300 €) ou vos propres mots.
label-action_decision = Action « { $item } »

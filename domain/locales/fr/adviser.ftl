# Le conseiller : coaching des réponses, cohérence du plan, score.

coach-keep = Garder tel quel
coach-applied = C'est corrigé.
coach-kept = D'accord, je garde votre réponse.
coach-swot-threat = « { $item } » décrit votre environnement, pas votre entreprise : c'est une menace (externe) plutôt qu'une faiblesse (interne).
coach-swot-threat-move = Le classer en menace
coach-swot-opportunity = « { $item } » est une tendance du marché, pas une force de votre entreprise : c'est plutôt une opportunité.
coach-swot-opportunity-move = Le classer en opportunité
gain-swot = Classer « { $item } » du bon côté du SWOT
coach-vague = « { $difference } », c'est ce que tout le monde dit. Qu'est-ce que vous faites, concrètement, que « { $rival } » ne fait pas ? Par exemple : { $example }.
coach-vague-review = Préciser ma différence
gain-vague = Nommer une différence concrète face à « { $rival } »
coach-smart = L'objectif { $kind } n'est pas SMART : sans chiffre ou sans date, on ne peut pas savoir s'il est atteint. Je propose : « { $proposal } »
coach-smart-accept = Accepter cette version
coach-smart-review = Le préciser moi-même
gain-smart = Chiffrer et dater l'objectif { $kind }

consistency-premium-penetration = Votre positionnement est haut de gamme, mais votre stratégie de prix est la pénétration (prix bas) : les deux se contredisent, et un prix bas abîme une image premium.
fix-premium = Passer en prix premium
fix-review-positioning = Revoir le positionnement
gain-premium-penetration = Accorder le prix et le positionnement
consistency-paid-without-budget = Vous avez choisi { $tactics }, qui coûtent de l'argent, mais votre budget marketing est de 0 €.
fix-drop-paid = Retirer { $tactics }
fix-review-budget = Revoir le budget
gain-paid = Financer les actions payantes ou les retirer
consistency-budget = Avec ce budget, chaque nouveau client devrait coûter { $cac }, alors que dans votre secteur il en coûte plutôt { $usual } : { $customers } nouveaux clients, c'est trop pour ce budget.
fix-lower-objective = Viser { $customers } { $customers ->
        [one] nouveau client
       *[other] nouveaux clients
    }
fix-raise-budget = Porter le budget à { $budget }
gain-budget = Accorder le budget et l'objectif de clients
consistency-target-fit = Votre cible principale, « { $segment } », colle mal à vos forces (adéquation { $fit }/5) : vous aurez du mal à la convaincre.
fix-switch-target = Cibler « { $segment } »
fix-review-target = Revoir la cible
gain-target = Choisir une cible qui colle à vos forces
consistency-ltv-cac = Un client vous rapporte { $ratio } fois ce qu'il coûte à gagner : sous 3 fois environ (repère courant), l'acquisition coûte trop cher.
fix-review-price = Revoir le prix
gain-ltv-cac = Rendre un client plus rentable que ce qu'il coûte
consistency-unserved = Aucune action ne sert l'objectif { $kind } : tel quel, il ne bougera pas.
fix-add-tactic = ➕ { $tactic }
gain-unserved = Prévoir une action pour l'objectif { $kind }

fit-tactics = { $tactics } ne convient pas à votre activité ({ $model }) : vos clients ne s'achètent pas ainsi.
fix-drop-unfit = Retirer { $tactics }
fix-review-tactics = Revoir la communication
gain-fit-tactics = Garder les leviers qui conviennent à votre activité
fit-kpis = Certains indicateurs ne se mesurent pas dans votre activité : { $kpis }.
fix-review-actions = Revoir le plan d'action
gain-fit-kpis = Mesurer ce qui compte dans votre activité
fit-site = « { $action } » suppose un site internet, que vous n'avez pas encore : commencez par votre fiche Google et une page simple.
gain-fit-site = Commencer par une présence en ligne de base
fit-capacity = Vos objectifs demandent environ { $needed } { $unit }, pour { $capacity } disponibles : vous ne pourrez pas tout livrer. Environ { $customers } nouveaux clients tiennent dans votre capacité.
fix-review-capacity = Revoir ma capacité
fit-capacity-check = C'est { $times } fois votre capacité : vérifiez d'abord le nombre d'achats par client et par an ({ $purchases }), qui multiplie tout.
fix-review-purchases = Revoir les achats par an
gain-fit-capacity = Accorder l'objectif à votre capacité
fit-targets = La cible « { $kpi } » n'est pas réaliste telle quelle : vérifiez votre prix, votre marge et votre budget.
gain-fit-targets = Rendre les cibles réalistes
fit-claim = La preuve « { $proof } » n'a pas été confirmée par vous : ne la gardez que si elle est vraie.
gain-fit-claim = Confirmer ou remplacer la preuve
fit-span = Vos actions ne couvrent pas l'année : un plan annuel prévoit des actions à chaque trimestre.
gain-fit-span = Répartir les actions sur l'année
fit-churn = Avec environ { $churn } de résiliations par mois, vous perdriez près de { $lost } de vos { $base } abonnés en un an : sans objectif de fidélisation, vos nouveaux clients ne font que les remplacer.
fit-churn-share = Avec environ { $churn } de résiliations par mois, près de { $share } de vos abonnés partent en un an : sans objectif de fidélisation, vos nouveaux clients ne font que les remplacer.
fix-add-retention = Objectif : garder { $target } %
gain-fit-churn = Prévoir la fidélisation des abonnés

fit-workload = Vos actions demandent environ { $hours_needed } h par semaine, pour { $hours } h disponibles : gardez les routines qui comptent le plus, ou déléguez-en.
fix-review-hours = Revoir mon temps disponible
gain-workload = Accorder les actions à votre temps
score-missing = « { $section } » est à compléter.
gain-missing = Compléter « { $section } »
score-no-proof = Votre différence n'a pas encore de preuve (avis, chiffre, label) : c'est elle qui la rend crédible.
fix-add-proof = Ajouter une preuve
gain-proof = Prouver votre différence
score-thin-swot = Un seul élément dans : { $sides }. Un diagnostic gagne à en avoir au moins deux de chaque côté.
fix-review-swot = Compléter le SWOT
gain-thin-swot = Étoffer le SWOT

score-title = Score du plan : { $score }/100
score-perfect = Rien à redire : votre plan est cohérent et complet.
score-top = Les changements qui le feraient le plus monter :
score-line = { $number }. { $gain } (+{ $points })
score-choose = Touchez un changement pour le faire.
fix-continue = Continuer les questions
consistency-stray = Ces actions visent « { $kind } », qui n'est pas parmi vos objectifs : { $actions }. Ajoutez cet objectif (avec son chiffre) ou retirez-les.
fix-add-objective = ➕ Objectif { $kind }
fix-drop-stray = Retirer ces actions
gain-stray = Accorder les actions aux objectifs ({ $kind })
budget-unspent = Vos actions dépensent { $spent } sur { $budget } de budget : { $left } ne sont affectés à aucune action. Ajoutez ou renforcez une action, ou revoyez le budget.
gain-budget-unspent = Affecter tout le budget
budget-overspent = Vos actions coûtent { $spent }, plus que votre budget de { $budget } : retirez ou réduisez une action, ou revoyez le budget.
gain-budget-overspent = Tenir le budget
share-jump = Vous visez { $target } de clients qui reviennent, { $times } fois plus qu'aujourd'hui ({ $now }) : c'est rarement atteint en un an. Visez une étape, ou vérifiez que l'objectif compte bien les mêmes clients.
fix-share-step = Viser { $target } d'abord
gain-share-jump = Un objectif de fidélisation atteignable

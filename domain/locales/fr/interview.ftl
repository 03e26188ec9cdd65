# Messages de l'entretien : accueil, commandes, erreurs.

welcome =
    Bonjour ! Je suis planbot, votre coach en plan marketing.
    En quelques minutes, nous allons faire le diagnostic de votre activité, fixer vos objectifs, choisir votre cible et votre positionnement, puis votre marketing mix. Vous recevrez un plan complet avec les indicateurs à suivre.
    À tout moment : /back pour revenir, /skip pour passer une question facultative, /plan pour voir le plan, /edit pour modifier une réponse.
welcome-back = Bon retour, { $name } ! On reprend là où vous en étiez.
welcome-back-finished = Bon retour, { $name } ! Votre plan est prêt : /plan pour le revoir, /edit pour le modifier, /new pour en commencer un autre.
restart-prompt = Vous avez un plan en cours pour { $name } ({ $progress }). Que voulez-vous faire ?
restart-confirm = Commencer un nouveau plan ? Le plan actuel ({ $name }) sera archivé, pas effacé.
restart-continue = Continuer mon plan
restart-new = Commencer un nouveau plan
new-plan = C'est parti pour un nouveau plan ! Votre plan précédent est archivé.
help =
    Voici ce que je comprends :
    /plan : voir le plan jusqu'ici
    /edit : revoir et modifier une réponse
    /back : revenir à la question précédente
    /skip : passer une question facultative (ou garder la réponse actuelle)
    /language : changer de langue
    /cancel : annuler ce qui est en cours
    /new : commencer un nouveau plan
progress = Étape { $step }/{ $total } · { $phase }
progress-start = Étape { $step } · { $phase }
unknown-command = Je ne connais pas la commande /{ $command }. Tapez /help pour la liste.
finished-already = Votre plan est terminé. Tapez /plan pour le voir, /edit pour modifier une réponse.
stale-button = Ce bouton appartient à une question précédente ; voici la question en cours.
already-noted = C'est déjà noté.
back-at-start = Vous êtes à la première question.
kept = Réponse conservée.
nothing-to-edit = Il n'y a pas encore de réponse à modifier.
nothing-to-cancel = Rien à annuler.
cancelled = C'est annulé.
review-title = Quelle réponse voulez-vous modifier ? Tapez son numéro.
review-entry = { $label } : { $value }
language-prompt = Dans quelle langue voulez-vous continuer ?
language-set = C'est noté, je continue en français.
plan-updated = C'est noté, votre plan est à jour. Tapez /plan pour le revoir.
done = Bravo { $name }, votre plan marketing est prêt !
done-next = Tapez /plan pour le revoir à tout moment, /edit pour modifier une réponse, /export pour les autres formats.
done-next-express = Les réponses « proposées d'après votre secteur » sont des repères : tapez /edit pour les ajuster à votre réalité, ou /plan pour revoir le plan.
your-business = votre entreprise
rival-generic = les offres existantes
target-option = { $name } ({ $score }/15)
target-option-best = { $name } ({ $score }/15) ★
split-advised = Selon le coût des actions
split-even = À parts égales

error-empty = Votre réponse est vide. Pouvez-vous écrire quelque chose ?
error-too-long = C'est un peu long ({ $length } caractères) : { $limit } au maximum, s'il vous plaît. L'essentiel suffit.
error-unreadable = Je n'ai pas trouvé de mots ni de chiffres dans votre réponse. Pouvez-vous l'écrire en toutes lettres ?
error-words-expected = J'attends des mots ici, pas seulement un nombre.
error-number = J'attends un nombre ici, par exemple 1 500 ou 2k.
error-number-several = Un seul nombre, s'il vous plaît (pas une fourchette).
error-number-low = Le nombre doit être au moins { $least }.
error-number-high = Le nombre ne peut pas dépasser { $most }.
error-share-as-count = Indiquez une part, en % : par exemple « 30 % », ou « { $count } sur 200 clients ».
error-share-above-whole = { $count }, c'est plus que vos { $whole } clients : quelle part revient, en % ?
error-number-whole = Un nombre entier, s'il vous plaît.
error-rating = Une note de 1 à 5, s'il vous plaît.
error-date = Je n'ai pas compris cette date. Essayez par exemple : juin 2027, 30/06/2027 ou dans 6 mois.
error-date-impossible = La date { $date } n'existe pas. Vérifiez le jour et le mois.
error-date-past = Le { $date } est déjà passé : choisissez une échéance à venir.
error-date-far = C'est loin ! Choisissez une échéance dans les { $years } prochaines années.
error-choice = Je n'ai pas reconnu ce choix. Tapez le numéro d'une option ou son nom.
error-choice-unknown = Je n'ai pas reconnu « { $answer } » parmi les options.
error-choice-few = Choisissez au moins { $least } option{ $least ->
        [one] {""}
       *[other] s
    }.
error-choice-many = Pas plus de { $most } options, s'il vous plaît.
error-list-few = Donnez-en au moins { $least }, séparés par des virgules.
error-list-many = Pas plus de { $most }, s'il vous plaît : gardez les plus importants.
error-item-too-long = Un des éléments est trop long : { $limit } caractères au maximum chacun.
error-split-sum = Les pourcentages font { $total } au total : ils doivent faire 100.
error-split-count = Donnez { $count } valeurs, une par action, dans l'ordre.
error-required = Cette question est nécessaire pour construire votre plan ; répondez-y, même approximativement.

actions-accept-all = Tout valider
actions-one-by-one = Une par une
actions-count = { $count ->
        [one] 1 action prévue
       *[other] { $count } actions prévues
    }
action-accept = Accepter
action-drop = Retirer
action-accepted = Acceptée
action-dropped = Retirée
action-planned = Prévue le { $date }
action-reworded = Reformulée : { $title }
action-recurring = Prévue { $cadence }
action-budget = Budget : { $budget }
action-line-recurring = à partir de { $month }, { $cadence }
action-from-day = à partir du { $date }, { $cadence }
action-line = { $month } — { $title } ({ $budget })
action-on = le { $date }
action-details = { $tactic } · { $date } · budget { $budget } · objectif : { $objective } · KPI : { $kpi }
error-action-date = Je n'ai pas compris. Touchez Accepter ou Retirer, ou écrivez une date (15 mars, dans 2 semaines), un rythme (chaque mois), un budget (300 €) ou l'action en vos mots (plutôt : créer la fiche Google).
nothing-to-skip = Rien à passer ici.
progress-finished = plan terminé
deadline-months6 = dans 6 mois
deadline-year-end = fin décembre
deadline-year = dans 12 mois
deadline-soon = C'est dans { $days } jours seulement : pour viser plus loin, tapez /back puis la date avec son année (« octobre 2027 »).
benefit-from-strength = offre
difference-from-strength = { $strength }, ce que les concurrents n’offrent pas
area-city = Ma ville et ses environs
area-region = Ma région
area-france = Toute la France
area-france-online = Toute la France, en ligne
area-europe-online = Europe francophone, en ligne
advised-mark = ★

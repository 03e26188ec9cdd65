# Le suivi : rappels, actions, résultats.

opt-in = Voulez-vous que je vous rappelle chaque action quelques jours avant, puis le jour même ? Chaque rappel aura ses boutons : fait, plus tard, reporter, saisir les résultats.
opt-in-yes = Oui, rappelez-moi
opt-in-no = Non merci
opt-in-done = C'est noté : je vous écrirai vers { $at } ({ $timezone }), { $days } jours avant chaque action et le jour même, ainsi qu'une revue le 1er de chaque mois. Tapez /reminders pour régler l'heure, le fuseau ou les heures calmes.
opt-in-declined = Pas de rappels. Vous pourrez les activer à tout moment avec /reminders.

actions-none-yet = Votre plan n'a pas encore d'actions : elles arrivent à la fin des questions.
actions-title = Votre plan d'action. Tapez le numéro d'une action pour la voir.
actions-entry = { $date } · { $title } ({ $status })
action-card = { $title }
action-status = Statut : { $status }
action-do-done = ✅ Fait
action-do-snooze1 = 💤 Demain
action-do-snooze7 = 💤 Dans une semaine
action-do-reschedule = 📅 Reporter
action-do-results = 📊 Saisir les résultats
action-do-drop = ✖️ Retirer
action-do-later = Plus tard
action-done = Bravo, « { $title } » est faite ! Voulez-vous saisir ses résultats ?
action-snoozed = Je vous reparle de « { $title } » { $when }.
moment = le { $day } à { $time }
reschedule-prompt = Nouvelle date pour « { $title } » ?
reschedule-hint = Prévue le { $date }. Par exemple : 15 mars, dans 2 semaines, next Friday, 30/04/2027.
action-rescheduled = « { $title } » est reportée au { $date }.
action-dropped-now = « { $title } » est retirée du plan.
action-later = D'accord, à plus tard.

reminder-before = ⏰ Dans { $days ->
        [one] 1 jour
       *[other] { $days } jours
    } ({ $date }) : { $title }
reminder-day = ⏰ C'est aujourd'hui : { $title }
reminder-snoozed = ⏰ Comme convenu, je vous reparle de : { $title } (prévue le { $date })

reminders-card =
    Rappels : { $state }
    Heure : { $at } · Fuseau : { $timezone }
    { $quiet }
    Rappel { $days } jours avant chaque action, et le jour même.
reminders-state-on = activés
reminders-state-off = désactivés
reminders-quiet = Heures calmes : { $start }–{ $end }
reminders-no-quiet = Pas d'heures calmes
reminders-turn-off = Désactiver les rappels
reminders-turn-on = Activer les rappels
reminders-set-at = Changer l'heure
reminders-set-timezone = Changer le fuseau horaire
reminders-set-quiet = Changer les heures calmes
reminders-set-days = Changer le nombre de jours
reminders-now-on = Rappels activés.
reminders-now-off = Rappels désactivés.
setting-at = À quelle heure voulez-vous vos rappels ?
setting-at-hint = Par exemple : 9h, 8h30, 18:00
setting-timezone = Dans quel fuseau horaire êtes-vous ?
setting-timezone-hint = Une ville ou un fuseau : Paris, Montréal, Europe/Brussels, UTC+1
setting-quiet = Pendant quelles heures ne jamais vous écrire ?
setting-quiet-hint = Par exemple : 21h-8h, 22:00-07:30, ou « aucune »
setting-days_before = Combien de jours avant chaque action voulez-vous un rappel ?
setting-days_before-hint = De 0 (seulement le jour même) à 30.
setting-saved = C'est enregistré.
error-time = Je n'ai pas compris cette heure. Essayez par exemple 9h, 8h30 ou 18:00.
error-timezone = Je ne connais pas ce fuseau. Essayez une grande ville (Paris, Montréal) ou UTC+1.
error-quiet = Donnez un début et une fin, par exemple 21h-8h, ou « aucune ».
error-days = Un nombre de jours entre 0 et 30, s'il vous plaît.

results-intro-action = Résultats de « { $title } » : je vous demande quelques chiffres, tapez /skip pour ceux que vous n'avez pas.
results-intro = Saisissons vos résultats : quelques chiffres sur la période, tapez /skip pour ceux que vous n'avez pas.
results-progress = Résultats · { $step }/{ $total }
result-hint = Un nombre, par exemple 1 200 ou 350 €.
result-spend = Combien avez-vous dépensé (marketing et ventes) ?
result-visitors = Combien de visiteurs ou de contacts avez-vous eus ?
result-conversions = Combien d'entre eux ont acheté (conversions) ?
result-new_customers = Combien de nouveaux clients ?
result-revenue = Quel chiffre d'affaires en est venu ?
result-promoters = Combien de clients vous ont donné 9 ou 10 sur 10 à « Nous recommanderiez-vous ? » (promoteurs) ?
result-passives = Combien ont donné 7 ou 8 (passifs) ?
result-detractors = Combien ont donné de 0 à 6 (détracteurs) ?
results-empty = Aucun chiffre saisi : rien n'est enregistré. Tapez /kpi quand vous aurez vos chiffres.
results-title = Vos résultats
results-subtitle = Saisis le { $date }
results-now = Ces résultats
results-no-kpi = Pas assez de chiffres pour calculer un indicateur.
results-overall = Depuis le début

export-prompt = Sous quelle forme voulez-vous votre plan ? Le calendrier (.ics) s'ouvre dans Google Agenda, Outlook ou Calendrier d'Apple.
export-pdf = 📄 PDF complet
export-ics = 📅 Calendrier des actions
export-md = 📝 Texte (Markdown)
export-charts = 📊 Graphiques
mydata-intro = Voici tout ce que je garde sur vous, en JSON.
delete-prompt = Supprimer toutes vos données (plan, plans archivés, rappels) ? C'est définitif.
delete-confirm = Oui, tout supprimer
delete-keep = Non, garder
delete-done = C'est fait : toutes vos données sont supprimées. Tapez /start si vous voulez recommencer un jour.
delete-kept = Rien n'est supprimé.
setting-quiet-clash = { $at } tombe dans vos heures calmes ({ $start }–{ $end }) : je vous écrirai plutôt à { $instead }, le même jour.

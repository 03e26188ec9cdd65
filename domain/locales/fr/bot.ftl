# Textes des transports : console, Telegram, ligne de commande.

console-current = Réponse actuelle : { $value } (/skip pour la garder)
console-skip = /skip pour passer cette question
console-multi = Plusieurs choix possibles : tapez les numéros séparés par des virgules, par exemple 1,3.
console-multi-own = Tapez des numéros (par exemple 1,3), vos propres mots, ou les deux, séparés par des virgules.
console-own = Ou écrivez votre propre réponse.
console-bye = À bientôt ! Vos réponses sont enregistrées : relancez « planbot chat » pour reprendre.
export-no-plan = Aucun plan pour l'utilisateur { $user }.

command-start = Commencer ou reprendre
command-help = Ce que je sais faire
command-new = Commencer un nouveau plan
command-plan = Voir le plan
command-edit = Modifier une réponse
command-back = Question précédente
command-skip = Passer (ou garder la réponse)
command-language = Changer de langue
command-actions = Mes actions
command-kpi = Saisir des résultats
command-reminders = Régler les rappels
command-cancel = Annuler
button-done = Valider ✔️
button-skip = Passer ⏭
button-keep = Garder ✔️
button-back = ↩️ Retour
button-unknown = Ce bouton n'est plus valable.
button-not-yours = Ce bouton appartient au plan de quelqu'un d'autre.
telegram-current = Réponse actuelle : { $value }
telegram-multi = Touchez les options pour les cocher, puis Valider.
telegram-multi-own = Touchez les suggestions pour les cocher puis Valider, ou écrivez votre propre réponse (séparée par des virgules).
telegram-edited = J'ai vu la modification, mais je garde votre première réponse. Pour changer une réponse, tapez /edit.
telegram-unsupported = Je ne lis que le texte. Répondez à la question par écrit, ou touchez un bouton.
telegram-private-only = Votre plan marketing est personnel : parlons en privé, écrivez-moi directement (@{ $bot }).
telegram-apology = Oups, un souci de mon côté. Votre réponse précédente est bien enregistrée ; réessayez dans un instant.

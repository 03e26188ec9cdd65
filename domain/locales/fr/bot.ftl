# Textes des transports : console, Telegram, ligne de commande.

console-current = Réponse actuelle : { $value } (/skip pour la garder)
console-skip = /skip pour passer cette question
console-multi = Plusieurs choix possibles : tapez les numéros séparés par des virgules, par exemple 1,3.
console-multi-own = Tapez des numéros (par exemple 1,3), vos propres mots, ou les deux, séparés par des virgules.
console-own = Ou écrivez votre propre réponse.
console-bye = À bientôt ! Vos réponses sont enregistrées : relancez « planbot chat » pour reprendre.
export-no-plan = Aucun plan pour l'utilisateur { $user }.

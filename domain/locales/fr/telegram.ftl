# Le profil du bot sur Telegram (setMyDescription : 512 caractères au plus ; setMyShortDescription : 120).
bot-description = Je vous aide à bâtir votre plan marketing, pas à pas : diagnostic, objectifs, cible et positionnement, offre, prix, distribution, communication, puis un plan d'actions daté avec ses indicateurs. Comptez 5 minutes en express ou une vraie séance en complet. Ensuite je vous rappelle vos actions et je mesure vos résultats. Touchez Démarrer.
bot-short-description = Votre plan marketing en quelques minutes, puis un suivi de vos actions et de vos résultats.

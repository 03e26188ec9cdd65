# Numbers as people type them: what was understood, said back in one line, and why a number was refused.

numbers-per-day = par jour
numbers-per-week = par semaine
numbers-per-month = par mois
numbers-per-quarter = par trimestre
numbers-per-year = par an
numbers-hours = { $hours } h
numbers-times = × { $factor }
numbers-divided = ÷ { $factor }
numbers-times-days = × { $factor } jours
numbers-divided-days = ÷ { $factor } jours
numbers-converted = J'ai compris { $value } { $per } ({ $typed } { $typed_per } { $factor }).
numbers-range = J'ai retenu { $value }, le milieu entre { $low } et { $high }.
numbers-growth = J'ai compris { $value } de plus : de { $low } à { $high }.
numbers-range-rounded = J'ai retenu { $value }, à peu près le milieu entre { $low } et { $high }.
numbers-at-most = J'ai retenu { $value }, votre maximum.
numbers-at-least = J'ai retenu { $value }, votre minimum.
numbers-fraction = J'ai compris { $value } ({ $part } sur { $whole }).
numbers-sum = J'ai additionné : { $terms } = { $value }.
numbers-product = J'ai multiplié : { $terms } = { $value }.
numbers-currency = J'ai compté { $typed } comme { $value } : le plan est en euros, sans conversion.
numbers-day-hours = J'ai compté une journée de travail pour { $hours } h.

numbers-found-money = un montant
numbers-found-percent = un pourcentage
numbers-found-duration = une durée
numbers-found-times = un nombre de fois
numbers-expected-money = un montant en euros
numbers-expected-count = un nombre
numbers-expected-hours = un nombre d'heures
numbers-expected-percent = un pourcentage
numbers-expected-score = un score
numbers-expected-people = un nombre de personnes
numbers-expected-days = un nombre de jours

error-number-date = « { $date } » ressemble à une date : ici, j'attends un nombre.
error-number-year = { $year } ressemble à une année : ici, j'attends un nombre. Si c'en est bien un, écrivez-le { $spaced }.
error-number-unit = « { $typed } », c'est { $found } : ici, j'attends { $expected }.
error-number-per = Ici, j'attends un total, pas un chiffre { $per } : combien en tout ?
error-number-vague = « { $typed } », c'est un peu vague : un ordre de grandeur en chiffres me suffit, par exemple 300.
error-number-many = J'ai trouvé plusieurs nombres : donnez-en un seul, ou une fourchette comme 20-30.
error-target-reached = Vous en êtes déjà à { $today } : visez plus haut que ce que vous avez aujourd'hui.
error-total-below = Vous en avez déjà { $today } : un total à atteindre se compte au-dessus.

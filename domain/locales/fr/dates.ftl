## Dates dites avec des mots, redites à l'utilisateur pour qu'il puisse corriger (dialogs/spoken_dates.py).

dates-understood = J'ai compris le { $date }.
dates-understood-event = J'ai compris le { $date } ({ $event }).
dates-understood-before = J'ai compris le { $date }, { $days ->
        [1] un jour
       *[other] une semaine
    } avant { $event }.
dates-understood-after = J'ai compris le { $date }, un jour après { $event }.

dates-event-christmas = Noël
dates-event-christmas-eve = le réveillon de Noël
dates-event-new-year = le jour de l'an
dates-event-new-year-eve = la Saint-Sylvestre
dates-event-holidays = les fêtes de fin d'année
dates-event-easter = Pâques
dates-event-easter-monday = le lundi de Pâques
dates-event-valentine = la Saint-Valentin
dates-event-mothers-day = la fête des mères
dates-event-fathers-day = la fête des pères
dates-event-black-friday = le Black Friday
dates-event-cyber-monday = le Cyber Monday
dates-event-winter-sales = les soldes d'hiver
dates-event-summer-sales = les soldes d'été
dates-event-back-to-school = la rentrée
dates-event-summer-holidays = les grandes vacances
dates-event-halloween = Halloween
dates-event-all-saints = la Toussaint
dates-event-music-day = la fête de la musique
dates-event-bastille-day = la fête nationale
dates-event-spring-start = le début du printemps
dates-event-spring-end = la fin du printemps
dates-event-summer-start = le début de l'été
dates-event-summer-end = la fin de l'été
dates-event-autumn-start = le début de l'automne
dates-event-autumn-end = la fin de l'automne
dates-event-winter-start = le début de l'hiver
dates-event-winter-end = la fin de l'hiver

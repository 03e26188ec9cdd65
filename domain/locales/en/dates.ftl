## Dates said in words, said back to the user so that they can correct them (dialogs/spoken_dates.py).

dates-understood = I understood { $date }.
dates-understood-event = I understood { $date } ({ $event }).
dates-understood-before = I understood { $date }, { $days ->
        [1] a day
       *[other] a week
    } before { $event }.
dates-understood-after = I understood { $date }, a day after { $event }.

dates-event-christmas = Christmas
dates-event-christmas-eve = Christmas Eve
dates-event-new-year = New Year's Day
dates-event-new-year-eve = New Year's Eve
dates-event-holidays = the holiday season
dates-event-easter = Easter
dates-event-easter-monday = Easter Monday
dates-event-valentine = Valentine's Day
dates-event-mothers-day = Mother's Day in France
dates-event-fathers-day = Father's Day
dates-event-black-friday = Black Friday
dates-event-cyber-monday = Cyber Monday
dates-event-winter-sales = the winter sales in France
dates-event-summer-sales = the summer sales in France
dates-event-back-to-school = the start of the school year
dates-event-summer-holidays = the summer holidays
dates-event-halloween = Halloween
dates-event-all-saints = All Saints' Day
dates-event-music-day = the Fête de la Musique
dates-event-bastille-day = Bastille Day
dates-event-spring-start = the start of spring
dates-event-spring-end = the end of spring
dates-event-summer-start = the start of summer
dates-event-summer-end = the end of summer
dates-event-autumn-start = the start of autumn
dates-event-autumn-end = the end of autumn
dates-event-winter-start = the start of winter
dates-event-winter-end = the end of winter

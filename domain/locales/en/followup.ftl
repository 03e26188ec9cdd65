# Follow-up: reminders, actions, results.

opt-in = Would you like me to remind you of each action a few days before, then on the day? Each reminder comes with buttons: done, later, reschedule, enter results.
opt-in-yes = Yes, remind me
opt-in-no = No thanks
opt-in-done = Noted: I'll write around { $at } ({ $timezone }), { $days } days before each action and on the day, plus a review on the 1st of every month. Type /reminders to set the hour, timezone or quiet hours.
opt-in-declined = No reminders. You can turn them on at any time with /reminders.

actions-none-yet = Your plan has no actions yet: they come at the end of the interview.
actions-title = Your action plan. Type an action's number to open it.
actions-entry = { $date } · { $title } ({ $status })
action-card = { $title }
action-status = Status: { $status }
action-do-done = ✅ Done
action-do-snooze1 = 💤 Tomorrow
action-do-snooze7 = 💤 In a week
action-do-reschedule = 📅 Reschedule
action-do-results = 📊 Enter results
action-do-drop = ✖️ Drop
action-do-later = Later
action-done = Well done, “{ $title }” is done! Would you like to enter its results?
action-snoozed = I'll get back to you about “{ $title }” { $when }.
moment = on { $day } at { $time }
reschedule-prompt = New date for “{ $title }”?
reschedule-hint = Planned for { $date }. For example: 15 March, in 2 weeks, next Friday, 30/04/2027.
action-rescheduled = “{ $title }” is moved to { $date }.
action-dropped-now = “{ $title }” is dropped from the plan.
action-later = All right, later then.

reminder-before = ⏰ In { $days ->
        [one] 1 day
       *[other] { $days } days
    } ({ $date }): { $title }
reminder-day = ⏰ It's today: { $title }
reminder-snoozed = ⏰ As agreed, back to: { $title } (planned for { $date })

reminders-card =
    Reminders: { $state }
    Hour: { $at } · Timezone: { $timezone }
    { $quiet }
    Reminder { $days } days before each action, and on the day.
reminders-state-on = on
reminders-state-off = off
reminders-quiet = Quiet hours: { $start }–{ $end }
reminders-no-quiet = No quiet hours
reminders-turn-off = Turn reminders off
reminders-turn-on = Turn reminders on
reminders-set-at = Change the hour
reminders-set-timezone = Change the timezone
reminders-set-quiet = Change quiet hours
reminders-set-days = Change days before
reminders-now-on = Reminders on.
reminders-now-off = Reminders off.
setting-at = At what time would you like your reminders?
setting-at-hint = For example: 9am, 8:30, 18:00
setting-timezone = Which timezone are you in?
setting-timezone-hint = A city or a zone: London, Montreal, Europe/Brussels, UTC+1
setting-quiet = During which hours should I never write to you?
setting-quiet-hint = For example: 21-8, 22:00-07:30, or “none”
setting-days_before = How many days before each action would you like a reminder?
setting-days_before-hint = From 0 (only on the day) to 30.
setting-saved = Saved.
error-time = I didn't get that time. Try for example 9am, 8:30 or 18:00.
error-timezone = I don't know that timezone. Try a big city (London, Montreal) or UTC+1.
error-quiet = Give a start and an end, for example 21-8, or “none”.
error-days = A number of days between 0 and 30, please.

results-intro-action = Results of “{ $title }”: I'll ask a few numbers, type /skip for those you don't have.
results-intro = Let's enter your results: a few numbers for the period, type /skip for those you don't have.
results-progress = Results · { $step }/{ $total }
result-hint = A number, for example 1,200 or €350.
result-spend = How much did you spend (marketing and sales)?
result-visitors = How many visitors or contacts did you have?
result-conversions = How many of them bought (conversions)?
result-new_customers = How many new customers?
result-revenue = What revenue came from it?
result-promoters = How many customers gave 9 or 10 out of 10 to “Would you recommend us?” (promoters)?
result-passives = How many gave 7 or 8 (passives)?
result-detractors = How many gave 0 to 6 (detractors)?
results-empty = No number entered: nothing is saved. Type /kpi when you have your numbers.
results-title = Your results
results-subtitle = Entered on { $date }
results-now = These results
results-no-kpi = Not enough numbers to compute an indicator.
results-overall = Since the start

export-prompt = In what form would you like your plan? The calendar (.ics) opens in Google Calendar, Outlook or Apple Calendar.
export-pdf = 📄 Full PDF
export-ics = 📅 Action calendar (.ics)
export-md = 📝 Text (Markdown)
export-charts = 📊 Charts
mydata-intro = Here is everything I keep about you, as JSON.
delete-prompt = Delete all your data (plan, archived plans, reminders)? This cannot be undone.
delete-confirm = Yes, delete everything
delete-keep = No, keep it
delete-done = Done: all your data is deleted. Type /start if you ever want to start again.
delete-kept = Nothing was deleted.
setting-quiet-clash = { $at } falls in your quiet hours ({ $start }–{ $end }): I will write at { $instead } instead, on the same day.

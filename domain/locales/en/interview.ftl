# Interview messages: welcome, commands, errors.

welcome =
    Hello! I'm planbot, your marketing plan coach.
    In a few minutes, we'll review your business, set your objectives, choose your target and your positioning, then your marketing mix. You'll get a complete plan with the metrics to track.
    At any time: /back to go back, /skip to skip an optional question, /plan to see the plan, /edit to change an answer.
welcome-back = Welcome back, { $name }! Let's pick up where you left off.
welcome-back-finished = Welcome back, { $name }! Your plan is ready: /plan to review it, /edit to change it, /new to start another one.
restart-prompt = You have a plan in progress for { $name } ({ $progress }). What would you like to do?
restart-confirm = Start a new plan? The current plan ({ $name }) will be archived, not deleted.
restart-continue = Continue my plan
restart-new = Start a new plan
new-plan = Here we go with a new plan! Your previous plan has been archived.
help =
    Here's what I understand:
    /plan: see the plan so far
    /edit: review and change an answer
    /back: go back to the previous question
    /skip: skip an optional question (or keep the current answer)
    /language: change language
    /cancel: cancel what's in progress
    /new: start a new plan
progress = Step { $step }/{ $total } · { $phase }
progress-start = Step { $step } · { $phase }
unknown-command = I don't know the command /{ $command }. Type /help for the list.
finished-already = Your plan is finished. Type /plan to see it, /edit to change an answer.
stale-button = That button belongs to an earlier question; here's the current one.
already-noted = Already noted.
back-at-start = You're at the first question.
kept = Answer kept.
nothing-to-edit = There's no answer to change yet.
nothing-to-cancel = Nothing to cancel.
cancelled = Cancelled.
review-title = Which answer would you like to change? Type its number.
review-entry = { $label }: { $value }
language-prompt = Which language would you like to continue in?
language-set = Got it, I'll carry on in English.
plan-updated = Got it, your plan is up to date. Type /plan to review it.
done = Well done, { $name }, your marketing plan is ready!
done-next = Type /plan to review it at any time, /edit to change an answer, /export for other formats.
done-next-express = Answers “suggested for your sector” are benchmarks: type /edit to adjust them to your situation, or /plan to review the plan.
your-business = your business
rival-generic = existing offers
target-option = { $name } ({ $score }/15)
target-option-best = { $name } ({ $score }/15) ★
split-advised = As the actions cost
split-even = Equally

error-empty = Your answer is empty. Could you write something?
error-too-long = That's a bit long ({ $length } characters): { $limit } at most, please. Just the essentials will do.
error-unreadable = I couldn't find any words or numbers in your answer. Could you write it out in full?
error-words-expected = I'm expecting words here, not just a number.
error-number = I'm expecting a number here, for example 1,500 or 2k.
error-number-several = Just one number, please (not a range).
error-number-low = The number must be at least { $least }.
error-number-high = The number can't be more than { $most }.
error-share-as-count = Give a share, in %: for instance "30%", or "{ $count } out of 200 customers".
error-share-above-whole = { $count } is more than your { $whole } customers: what share comes back, in %?
error-number-whole = A whole number, please.
error-rating = A score from 1 to 5, please.
error-date = I didn't understand that date. Try for example: June 2027, 30/06/2027 or in 6 months.
error-date-impossible = The date { $date } doesn't exist. Check the day and the month.
error-date-past = { $date } has already passed: choose a deadline in the future.
error-date-far = That's a long way off! Choose a deadline within the next { $years } years.
error-choice = I didn't recognise that choice. Type an option's number or its name.
error-choice-unknown = I didn't recognise “{ $answer }” among the options.
error-choice-few = Choose at least { $least } { $least ->
        [one] option
       *[other] options
    }.
error-choice-many = No more than { $most } options, please.
error-list-few = Give at least { $least }, separated by commas.
error-list-many = No more than { $most }, please: keep the most important ones.
error-item-too-long = One of the items is too long: { $limit } characters at most each.
error-split-sum = The percentages add up to { $total }: they must add up to 100.
error-split-count = Give { $count } values, one per action, in order.
error-required = This question is needed to build your plan; please answer it, even roughly.

actions-accept-all = Accept all
actions-one-by-one = One by one
actions-count = { $count ->
        [one] 1 action planned
       *[other] { $count } actions planned
    }
action-accept = Accept
action-drop = Drop
action-accepted = Accepted
action-dropped = Dropped
action-planned = Planned for { $date }
action-reworded = Reworded: { $title }
action-recurring = Planned { $cadence }
action-budget = Budget: { $budget }
action-line-recurring = from { $month }, { $cadence }
action-from-day = from { $date }, { $cadence }
action-line = { $month } — { $title } ({ $budget })
action-on = on { $date }
action-details = { $tactic } · { $date } · budget { $budget } · objective: { $objective } · KPI: { $kpi }
error-action-date = I didn't get that. Tap Accept or Drop, or type a date (15 March, in 2 weeks), a rhythm (every month), a budget (€300) or the action in your own words (instead: set up the Google profile).
nothing-to-skip = Nothing to skip here.
progress-finished = plan finished
deadline-months6 = in 6 months
deadline-year-end = end of December
deadline-year = in 12 months
deadline-soon = That is only { $days } days away: to aim further, type /back then the date with its year (“October 2027”).
benefit-from-strength = offers
difference-from-strength = { $strength }, which competitors do not offer
area-city = My town and around
area-region = My region
area-france = The whole country
area-france-online = The whole country, online
area-europe-online = Country & neighbours, online
advised-mark = ★

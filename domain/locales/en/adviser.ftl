# The adviser: coaching answers, plan consistency, score.

coach-keep = Keep it as it is
coach-applied = Fixed.
coach-kept = All right, I'm keeping your answer.
coach-swot-threat = “{ $item }” describes your environment, not your business: it is a threat (external) rather than a weakness (internal).
coach-swot-threat-move = Move it to threats
coach-swot-opportunity = “{ $item }” is a market trend, not a strength of your business: it is rather an opportunity.
coach-swot-opportunity-move = Move it to opportunities
gain-swot = Put “{ $item }” on the right side of the SWOT
coach-vague = “{ $difference }” is what everyone says. What do you do, concretely, that “{ $rival }” doesn't? For example: { $example }.
coach-vague-review = Make my difference concrete
gain-vague = Name a concrete difference against “{ $rival }”
coach-smart = The { $kind } objective is not SMART: without a number or a date, nobody can tell whether it is reached. I suggest: “{ $proposal }”
coach-smart-accept = Accept this version
coach-smart-review = Set it myself
gain-smart = Give the { $kind } objective a number and a date

consistency-premium-penetration = Your positioning is high-end, but your pricing strategy is penetration (low prices): they contradict each other, and a low price hurts a premium image.
fix-premium = Switch to premium pricing
fix-review-positioning = Review the positioning
gain-premium-penetration = Align price and positioning
consistency-paid-without-budget = You chose { $tactics }, which cost money, but your marketing budget is €0.
fix-drop-paid = Drop { $tactics }
fix-review-budget = Review the budget
gain-paid = Fund the paid actions or drop them
consistency-budget = With this budget each new customer would have to cost { $cac }, while in your sector it usually costs about { $usual }: { $customers } new customers is too many for this budget.
fix-lower-objective = Aim for { $customers } { $customers ->
        [one] new customer
       *[other] new customers
    }
fix-raise-budget = Raise the budget to { $budget }
gain-budget = Match the budget and the customer objective
consistency-target-fit = Your main target, “{ $segment }”, fits your strengths poorly (fit { $fit }/5): it will be hard to win over.
fix-switch-target = Target “{ $segment }”
fix-review-target = Review the target
gain-target = Choose a target that fits your strengths
consistency-ltv-cac = A customer brings you { $ratio } times what it costs to win: under about 3 times (a common rule of thumb), acquisition costs too much.
fix-review-price = Review the price
gain-ltv-cac = Make a customer worth more than it costs
consistency-unserved = No action serves the { $kind } objective: as it is, it won't move.
fix-add-tactic = ➕ { $tactic }
gain-unserved = Plan an action for the { $kind } objective

fit-tactics = { $tactics } does not suit your business ({ $model }): your customers do not buy that way.
fix-drop-unfit = Drop { $tactics }
fix-review-tactics = Review the promotion tactics
gain-fit-tactics = Keep the levers that suit your business
fit-kpis = Some indicators are not measured in your business: { $kpis }.
fix-review-actions = Review the action plan
gain-fit-kpis = Measure what counts in your business
fit-site = “{ $action }” assumes a website, which you do not have yet: start with your Google profile and a simple page.
gain-fit-site = Start with a basic online presence
fit-capacity = Your objectives need about { $needed } { $unit }, for { $capacity } available: you will not be able to deliver it all. About { $customers } new customers fit in your capacity.
fix-review-capacity = Review my capacity
fit-capacity-check = That is { $times } times your capacity: check first the purchases per customer a year ({ $purchases }), which multiply everything.
fix-review-purchases = Review purchases a year
gain-fit-capacity = Match the objective to your capacity
fit-targets = The target for “{ $kpi }” is not realistic as it stands: check your price, margin and budget.
gain-fit-targets = Make the targets realistic
fit-claim = You never confirmed the proof “{ $proof }”: keep it only if it is true.
gain-fit-claim = Confirm or replace the proof
fit-span = Your actions do not cover the year: an annual plan has actions in every quarter.
gain-fit-span = Spread the actions over the year
fit-churn = With about { $churn } of subscribers leaving each month, you would lose some { $lost } of your { $base } within a year: without a retention objective, new customers only replace them.
fit-churn-share = With about { $churn } of subscribers leaving each month, nearly { $share } of them leave within a year: without a retention objective, new customers only replace them.
fix-add-retention = Aim to keep { $target }%
gain-fit-churn = Plan to keep your subscribers

fit-workload = Your actions take about { $hours_needed } hours a week, for { $hours } available: keep the routines that matter most, or hand some over.
fix-review-hours = Review my available time
gain-workload = Fit the actions to your time
score-missing = “{ $section }” is still to be completed.
gain-missing = Complete “{ $section }”
score-no-proof = Your difference has no proof yet (reviews, a figure, a label): proof is what makes it credible.
fix-add-proof = Add a proof
gain-proof = Prove your difference
score-thin-swot = Only one item in: { $sides }. A diagnosis is better with at least two on each side.
fix-review-swot = Complete the SWOT
gain-thin-swot = Flesh out the SWOT

score-title = Plan score: { $score }/100
score-perfect = Nothing to add: your plan is consistent and complete.
score-top = The changes that would raise it most:
score-line = { $number }. { $gain } (+{ $points })
score-choose = Tap a change to make it.
fix-continue = Carry on with the interview
consistency-stray = These actions aim at “{ $kind }”, which is not among your objectives: { $actions }. Add that objective (with its figure) or drop them.
fix-add-objective = ➕ { $kind } objective
fix-drop-stray = Drop these actions
gain-stray = Match the actions to the objectives ({ $kind })
budget-unspent = Your actions spend { $spent } of a { $budget } budget: { $left } go to no action. Add or strengthen an action, or review the budget.
gain-budget-unspent = Put the whole budget to work
budget-overspent = Your actions cost { $spent }, more than your { $budget } budget: drop or shrink an action, or review the budget.
gain-budget-overspent = Keep to the budget
share-jump = You aim at { $target } of customers coming back, { $times } times today's ({ $now }): that is rarely reached in a year. Aim at a step first, or check the objective counts the same customers.
fix-share-step = Aim at { $target } first
gain-share-jump = A reachable loyalty objective

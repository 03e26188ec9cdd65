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
fix-lower-objective = Aim for { $customers } new customers
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
fix-add-tactic = Add a “{ $tactic }” action
gain-unserved = Plan an action for the { $kind } objective

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

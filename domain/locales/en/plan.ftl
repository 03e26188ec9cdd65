# The rendered plan: headings, fields, SMART sentences, positioning, 4Ps and metrics.

colon = {": "}
percent = { $value }%
plan-title = Marketing plan · { $name }
plan-subtitle = Drawn up on { $date } with planbot
section-pending = to be completed
value-missing = to be completed
value-none = none
value-skipped = no answer
value-proposed = { $value } (suggested)
items-segments = Segments
items-competitors = Competitors
items-objectives = Objectives
proposed-note = ◦ Suggested for your sector, to be adjusted: { $fields }.
value-hours = { $hours } h/week
value-ratio = { $ratio } to 1
value-months = { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
category-generic = a business

section-profile = Profile
section-diagnosis = Diagnosis (SWOT)
section-objectives = SMART objectives
section-segmentation = Segmentation
section-targeting = Targeting
section-positioning = Positioning
section-mix = Marketing mix (4Ps)
section-kpis = Metrics to track (KPIs)

field-name = Business
field-sector = Line of business
field-market = Customers
field-stage = Stage
field-area = Area served
field-mode = Interview
field-budget = Annual marketing budget
field-hours = Time spent
field-skills = Key skills
field-benefit = Key benefit
field-difference = Difference
field-proof = Proof
field-price-level = Price level
field-quality-level = Quality level

swot-strengths = Strengths (internal)
swot-weaknesses = Weaknesses (internal)
swot-opportunities = Opportunities (external)
swot-threats = Threats (external)
competitors-none = No competitors identified.
diagnosis-summary = { $name } builds on { $count ->
        [one] one strength, “{ $strength }”
       *[other] { $count } strengths, starting with “{ $strength }”
    }, and needs to work on “{ $weakness }”. The market offers an opportunity, “{ $opportunity }”, but watch out for “{ $threat }”. Marketing budget: { $budget } a year.

col-competitor = Competitor
col-price = Price
col-quality = Quality
col-segment = Segment
col-who = Who
col-need = Need
col-size = Size
col-rate-size = Size
col-rate-access = Reach
col-rate-fit = Fit
col-score = Score
col-kpi = Metric
col-formula = Formula
col-where = Where to measure it
col-target = Target
col-basis = Calculation

smart-sentence = { $kind }: reach { $goal } by { $deadline }.
smart-sentence-undated = { $kind }: reach { $goal }.
smart-no-metric = { $kind }: metric to be chosen.
smart-flag-number = ⚠ Not measurable: add a figure.
smart-flag-date = ⚠ No date: add a deadline.
smart-new_customers = { $value } { $count ->
        [one] new customer
       *[other] new customers
    }
smart-revenue = { $value } in revenue
smart-conversion_rate = a conversion rate of { $value }
smart-repeat_rate = a repeat purchase rate of { $value }
smart-retention_rate = a retention rate of { $value }
smart-nps = an NPS of { $value }
smart-followers = { $value } { $count ->
        [one] follower
       *[other] followers
    }
smart-reach = { $value } { $count ->
        [one] person reached
       *[other] people reached
    }
smart-visits = { $value } { $count ->
        [one] visit
       *[other] visits
    }

target-recommended = Recommended target: { $segment } ({ $score }/15).
target-chosen = Chosen target: { $segment }.

quoted = “{ $text }”
fact-churn = { $churn } a month ({ $kept } of subscribers kept over a year)
statement = For “{ $target }”, { $name } is { $category } that { $benefit }.
statement-need = For “{ $target }”, who need { $need }, { $name } is { $category } that { $benefit }.
statement-own = For “{ $target }”, { $name } is { $benefit }.
statement-need-own = For “{ $target }”, who need { $need }, { $name } is { $benefit }.
statement-difference = Compared with “{ $rival }”, what sets it apart: { $difference }.
statement-difference-generic = What sets it apart: { $difference }.

p-product = Product
p-price = Price
p-place = Place
p-promotion = Promotion
mix-offer = Offer: { $value }
mix-range = Range: { $value }
mix-differentiation = Differentiation: { $value }
mix-after-sales = After-sales / guarantee: { $value }
mix-strategy = Strategy: { $value }
mix-price-point = Average price: { $value }
mix-purchases = Purchases per customer per year: { $value }
mix-margin = Gross margin: { $value }
mix-tactic-budget = { $tactic }: { $share } of the budget ({ $amount })
mix-split-even = Budget split equally.

kpis-none = Choose some objectives to get metrics.
kpi-not-enough-data = not enough data
kpi-at-least = ≥ { $value }
kpi-at-most = ≤ { $value }
rule-of-thumb = (rule of thumb)

kpi-basis-objective = Your objective.
kpi-basis-missing = Not enough data: fill in your budget, your target figure and your price.
kpi-basis-new-customers = Your objective.
kpi-basis-new-customers-base = Your objective, on top of your { $base } { $base ->
        [one] current customer
       *[other] current customers
    }.
kpi-basis-conversion = You'll need about { $visitors } visitors for { $customers } { $customers ->
        [one] new customer
       *[other] new customers
    }.
kpi-basis-conversion-alone = Rate to reach among your visitors.
kpi-basis-cac = { $spend } of budget over { $months } ÷ { $customers } { $customers ->
        [one] new customer
       *[other] new customers
    }.
kpi-basis-revenue = What your { $customers } { $customers ->
        [one] new customer brings
       *[other] new customers bring
    } over { $months }: basket { $price }, through the period and at least one purchase each.
kpi-basis-roi = Over { $months }, { $customers } { $customers ->
        [one] new customer
       *[other] new customers
    } arriving through the period (each buys for about half of it on average, and at least once) bring about { $margin_amount } of gross margin ({ $margin } margin), for { $spend } spent.
kpi-basis-roi-short = Over { $months }, { $customers } { $customers ->
        [one] new customer brings
       *[other] new customers bring
    } about { $margin_amount } of gross margin for { $spend } spent: the plan would lose money. It takes about { $needed } new customers to break even, or another basket, margin or budget.
kpi-basis-clv = Basket { $price } × purchases a year { $purchases } × years retained { $years } × margin { $margin }.
kpi-basis-clv-once = Basket { $price } × margin { $margin }, for one purchase: { $purchases } a year × { $years } years retained make less than one, and a customer has bought at least once.
kpi-basis-ltv-cac = Your plan gives { $ratio }; below 3 to 1, acquisition costs too much.
kpi-basis-ltv-cac-alone = Below 3 to 1, acquisition costs too much.
kpi-basis-nps = Common benchmark: above 0 is good, above 50 excellent (Bain & Company, who created the NPS); 30 is a realistic target for the first year.
kpi-basis-awareness = That's about { $monthly } more a month over { $months }.
kpi-basis-awareness-today = From { $today } today, that's about { $monthly } more a month over { $months }.
kpi-basis-open = Typical open rate for a well-kept mailing list.
kpi-basis-visits = { $customers } { $customers ->
        [one] new customer
       *[other] new customers
    } at { $rate } conversion, over { $months }.
kpi-basis-search-visits = { $customers } { $customers ->
        [one] new customer
       *[other] new customers
    } at { $rate } of visits becoming customers, over { $months }: a month.
kpi-basis-orders = { $customers } { $customers ->
        [one] new customer
       *[other] new customers
    } arriving over { $months }, { $purchases } orders a year each.
kpi-basis-orders-base = Your { $base } { $base ->
        [one] current customer
       *[other] current customers
    } and { $customers } new ones arriving over { $months }, { $purchases } orders a year each.
kpi-basis-average-ticket = Your average basket: keep it at least at this level.
kpi-basis-tickets = A week: your { $base } { $base ->
        [one] current customer
       *[other] current customers
    } and { $customers } new ones, { $purchases } visits a year each.
kpi-basis-leads = For { $meetings } meetings, if { $rate } of contacts agree to talk.
kpi-basis-leads-contacts = For { $customers } { $customers ->
        [one] new customer
       *[other] new customers
    }, if { $rate } of contacts become customers.
kpi-basis-meetings = For { $proposals } proposals, if { $rate } of meetings lead to one.
kpi-basis-demos = For { $customers } { $customers ->
        [one] customer
       *[other] customers
    }, if { $rate } of demos turn into paying accounts.
kpi-basis-proposals = For { $wins } { $wins ->
        [one] client signed
       *[other] clients signed
    }, at { $rate } of proposals won.
kpi-basis-win-rate = The usual share of proposals signed in your line of business.
kpi-basis-trials = For { $customers } { $customers ->
        [one] paying customer
       *[other] paying customers
    }, if { $rate } of trials convert.
kpi-basis-trial-to-paid = The usual share of trials that convert in your line of business.
kpi-basis-mrr = { $customers } { $customers ->
        [one] new subscriber
       *[other] new subscribers
    } arriving over { $months } at { $price } a month, less { $churn } cancellations a month.
kpi-basis-mrr-base = Your { $base } { $base ->
        [one] current subscriber
       *[other] current subscribers
    } and { $customers } new ones arriving over { $months } at { $price } a month, less { $churn } cancellations a month.
kpi-basis-churn = The usual monthly cancellation level in your line of business; above it, growth wears away.
kpi-basis-churn-today = { $today } a month today: do not go above it.
kpi-basis-churn-aim = { $today } a month today; keeping { $kept } of subscribers over a year means losing no more than this a month.
kpi-basis-cac-payback = Target CAC { $cac } ÷ monthly gross margin per customer { $monthly }.
kpi-basis-capacity = Your customers will need about { $needed } { $unit }, for { $capacity } available: { $use } of your capacity; above 100%, the objective exceeds what you can deliver.
kpi-basis-capacity-new = Your new customers alone will need about { $needed } { $unit }, out of { $capacity } available, { $use } of your capacity, before what your current customers already take; above 100% in all, the objective exceeds what you can deliver.
kpi-basis-repeat = A common share of customers coming back thanks to a loyalty programme.
kpi-basis-repeat-today = { $today } today: the objective is measured from that level.
kpi-basis-cpc = Target acquisition cost { $cac } × conversion rate { $conversion }.
kpi-basis-engagement = Typical engagement rate for a small account.
kpi-basis-attendees = For { $customers } { $customers ->
        [one] customer from events
       *[other] customers from events
    } (an equal share of your new customers, { $share }), at the target conversion rate.
kpi-basis-attendees-alone = { $events } { $events ->
        [one] event at
       *[other] events at
    } about 15 people each.
kpi-basis-basket-growth = Your average basket { $price } + 5%, by offering regulars a complementary product.
kpi-basis-partner = For { $customers } { $customers ->
        [one] new customer
       *[other] new customers
    }, if { $rate } of the contacts a partner introduces become customers (an introduction converts far better than a cold contact).
kpi-basis-referral = { $share } of your new customers: an equal share for each of your levers.
kpi-basis-reviews-alone = Two reviews a month by asking your regular customers.
kpi-basis-reviews = { $rate } of the year's { $people } { $people ->
        [one] customer
       *[other] customers
    }, asking each of them.

kpi-leads = Qualified leads
kpi-leads-formula = Prospects from your target in contact over the period
kpi-leads-where = CRM or sales spreadsheet
kpi-meetings = Meetings
kpi-meetings-formula = First meetings or demos held over the period
kpi-meetings-where = Calendar and CRM
kpi-proposals = Proposals sent
kpi-proposals-formula = Quotes or proposals sent over the period
kpi-proposals-where = Proposals folder, CRM
kpi-win_rate = Win rate
kpi-win_rate-formula = Proposals signed ÷ proposals sent
kpi-win_rate-where = CRM
kpi-trials = Trials
kpi-trials-formula = Free trials or discovery sessions started over the period
kpi-trials-where = Sign-up or booking tool
kpi-trial_to_paid = Trial-to-paid conversion
kpi-trial_to_paid-formula = Customers who started paying ÷ trials started
kpi-trial_to_paid-where = Billing (Stripe…) and sign-up tools
kpi-mrr = Monthly recurring revenue (MRR)
kpi-mrr-formula = Sum of the subscriptions paid each month
kpi-mrr-where = Billing tool (Stripe…)
kpi-churn = Monthly churn
kpi-churn-formula = Subscribers lost in the month ÷ subscribers at the start of the month
kpi-churn-where = Billing tool (Stripe…)
kpi-cac_payback = CAC payback period
kpi-cac_payback-formula = CAC ÷ monthly gross margin per customer
kpi-cac_payback-where = Worked out from CAC and billing
kpi-tickets = Sales a week
kpi-tickets-formula = Number of sales rung up at the till each week
kpi-tickets-where = Till (weekly report)
kpi-average_ticket = Average basket
kpi-average_ticket-formula = Revenue ÷ number of sales
kpi-average_ticket-where = Till or online shop
kpi-reviews = New customer reviews
kpi-reviews-formula = Reviews published over the period (Google, platforms)
kpi-reviews-where = Google Business Profile, review platforms
kpi-capacity_use = Capacity used
kpi-capacity_use-formula = Capacity your customers need ÷ capacity available over the year
kpi-capacity_use-where = Calendar, schedule or timesheets
kpi-orders = Orders
kpi-orders-formula = Orders placed over the period
kpi-orders-where = Online shop or marketplace back office

kpi-new_customers = New customers
kpi-new_customers-formula = Number of first purchases over the period
kpi-new_customers-where = Customer records, till, online shop or CRM (new customers)
kpi-conversion_rate = Conversion rate
kpi-conversion_rate-formula = Conversions ÷ visitors
kpi-conversion_rate-where = Site or shop analytics (Google Analytics, Shopify…)
kpi-cac = CAC (customer acquisition cost)
kpi-cac-formula = Marketing and sales spend ÷ new customers over the same period
kpi-cac-where = Accounts (spend) and customer records (new customers)
kpi-roi = ROI (return on investment)
kpi-roi-formula = (Gross margin from new customers − spend) ÷ spend
kpi-roi-where = Accounts (margin) and where each new customer came from
kpi-revenue = Revenue
kpi-revenue-formula = Total sales over the period
kpi-revenue-new = Revenue from new customers
kpi-revenue-new-formula = Sum of sales to the customers won over the period
kpi-revenue-where = Accounts or billing: revenue from the customers won this year
kpi-clv = Customer lifetime value (CLV)
kpi-clv-formula = Average basket × purchases per year × years of loyalty × margin
kpi-clv-where = Sales or billing history
kpi-ltv_cac = CLV ÷ CAC ratio
kpi-ltv_cac-formula = Customer lifetime value ÷ customer acquisition cost
kpi-ltv_cac-where = Calculated from the two metrics
kpi-retention_rate = Retention rate
kpi-retention_rate-formula = (Customers at end of period − new customers) ÷ customers at start of period
kpi-retention_rate-where = CRM or customer list
kpi-repeat_rate = Repeat purchase rate
kpi-repeat_rate-formula = Customers who bought at least twice ÷ customers
kpi-repeat_rate-where = Customer records or billing: customers who bought at least twice
kpi-nps = NPS (Net Promoter Score)
kpi-nps-formula = % promoters (scores 9–10) − % detractors (scores 0–6)
kpi-nps-where = “Would you recommend us…?” from 0 to 10, asked each quarter of a sample of about thirty customers
kpi-followers = Followers
kpi-followers-formula = Number of followers at end of period
kpi-followers-where = Your social media insights
kpi-reach = Reach
kpi-reach-formula = Unique people reached by your messages
kpi-reach-where = Social media and campaign insights
kpi-visits = Visits
kpi-visits-formula = Number of website visits over the period
kpi-visits-where = Google Analytics or your website's analytics tool
kpi-open_rate = Email open rate
kpi-open_rate-formula = Emails opened ÷ emails delivered
kpi-open_rate-where = Your email marketing tool
kpi-organic_visits = Visits from search engines (per month)
kpi-organic_visits-formula = Visits whose source is organic search
kpi-organic_visits-where = Google Search Console, Google Analytics
kpi-cost_per_click = Maximum cost per click (SEA)
kpi-cost_per_click-formula = Ad spend ÷ clicks
kpi-cost_per_click-where = Google Ads or the ad platform used
kpi-engagement_rate = Engagement rate
kpi-engagement_rate-formula = (Reactions + comments + shares) ÷ reach
kpi-engagement_rate-where = Your social media insights
kpi-attendees = Event attendees
kpi-attendees-formula = Number of attendees over the period
kpi-attendees-where = Sign-ups, head count at the door
kpi-referred_customers = Referred customers
kpi-referred_customers-formula = New customers who came through a referrer
kpi-referred_customers-where = Referral codes, “How did you hear about us?” question
kpi-partner_leads = Leads from partners
kpi-partner_leads-formula = Prospects whose source is a partner
kpi-partner_leads-where = CRM, codes or links per partner

section-actions = Annual action plan
actions-none = No action kept.
actions-total = { $count ->
        [one] 1 action
       *[other] { $count } actions
    }, total budget { $budget }.
col-action = Action
col-date = Date
col-owner = Who
col-steps = First steps
action-when-recurring = from { $start }, { $cadence } until { $until }
col-budget = Budget
col-objective = Objective
col-status = Status
status-late = late
action-status-proposed = proposed
action-status-planned = planned
action-status-done = done
action-status-dropped = dropped

monthly-title = Monthly review · { $name }
monthly-subtitle = { $month }
monthly-done = What was done
monthly-nothing-done = No action was marked as done this month.
monthly-slipped = What slipped
monthly-slipped-line = { $title } (planned for { $date })
monthly-nothing-slipped = Nothing late: well done!
monthly-kpis = KPIs against targets
monthly-no-results = No results yet: type /kpi to enter them.
monthly-next = Next actions
monthly-next-line = { $date }: { $title }
monthly-nothing-next = No action planned: type /actions to add or reschedule one.
measure-not-enough = { $kpi }: not enough data
measure-no-target = { $kpi }: { $value }
measure-line = { $kpi }: { $value } (target { $target }) { $verdict }
measure-on-track = ✅ on target
measure-off-track = ⚠️ off target
col-result = Result so far

chart-price-axis = Price (1 = cheap, 5 = expensive)
chart-quality-axis = Quality (1 = basic, 5 = high-end)
chart-positioning-title = Positioning map
chart-kpi-axis = % of target reached (100% = target)
chart-kpi-title = KPIs against targets
chart-timeline-title = Action timeline
chart-today = today
chart-quadrant-value = Good value
chart-quadrant-premium = Premium
chart-quadrant-low-cost = Low cost
chart-quadrant-overpriced = Pricey for what it is

pdf-footer = { $title }
pdf-cover-kicker = Marketing plan
pdf-cover-date = Drawn up on { $date } with planbot
pdf-incomplete = This part is still to be completed: carry on the interview with planbot.

ics-name = Action plan · { $name }
ics-budget = Budget: { $budget }
ics-objective = Objective: { $objective }
ics-kpi = KPI: { $kpi }

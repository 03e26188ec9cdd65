# Interview questions: step-<id> (the question), step-<id>-hint (examples), label-<id> (its line in /edit).
# Variables available everywhere: $name (the business), $item (the segment, competitor or objective concerned), $rival.

step-name = What's your business (or project) called?
step-name-hint = For example: Café Lumière
label-name = Name
ack-name = Here we go for “{ $name }”: let's build your marketing plan together.

step-mode = Which interview would you prefer?
step-mode-hint = Express asks 12 questions at most and fills in the rest with typical values for your sector, which you can change.
label-mode = Interview type

step-sector = What's your line of business?
step-sector-hint = Pick the closest one: it helps me make suggestions that suit you.
label-sector = Business

step-activity = Describe your business in a few words.
step-activity-hint = For example: a music school, a food truck
label-activity = Business (details)

step-market = Do you mainly sell to consumers or to businesses?
step-market-hint = This changes how we describe your customers.
label-market = Customers

step-stage = How far along is { $name }?
step-stage-hint = An idea, just launched, or already growing.
label-stage = Stage

step-area = What area do you serve?
step-area-hint = For example: central Manchester, the whole of France, online across the EU
label-area = Area served

step-website = Does { $name } have a website or an online shop?
step-website-hint = Without a site, we start with your Google profile and a simple page, before any SEO.
label-website = Website

step-capacity = { $capacity }
step-capacity-hint = A number: your objectives must not exceed what you can deliver.
label-capacity = Capacity

step-customers = How many customers did you have over the last 12 months?
step-customers-hint = A rough figure is fine, for example: 300. Type /skip if you don't know.
label-customers = Customers today

step-returning = What share of your customers come back or buy again?
step-returning-hint = In %, for example: 30%. Type /skip if you don't know.
label-returning = Returning customers

step-churn = What share of your subscribers cancel each month?
step-churn-hint = In % a month, for example: 3%. Type /skip if you don't know.
label-churn = Cancellations a month

step-audience = How many people follow you today (followers and email list)?
step-audience-hint = A rough total, for example: 800. Type 0 if you are starting from scratch.
label-audience = Audience today

step-team = How many people work in { $name }, yourself included?
step-team-hint = For example: 1 if you work alone, 3 with two employees.
label-team = Team

step-strengths = What are your strengths, the things you do better than others?
step-strengths-hint = Separated by commas. For example: homemade products, a warm welcome
label-strengths = Strengths

step-weaknesses = And your weaknesses, what holds you back internally?
step-weaknesses-hint = For example: little known, small team, website needs redoing
label-weaknesses = Weaknesses

step-budget = What annual marketing budget can you set aside?
step-budget-hint = In euros per year, for example: €3,000, 2k, 1,500.50. Type 0 if you have no budget.
label-budget = Annual marketing budget

step-hours = How many hours a week can you spend on marketing?
step-hours-hint = For example: 5
label-hours = Hours per week

step-skills = What key skills do you have in the team?
step-skills-hint = For example: cooking, photography, sales
label-skills = Key skills

step-opportunities = What opportunities do you see in your market?
step-opportunities-hint = Outside trends working in your favour. For example: demand for local products, the rise of delivery
label-opportunities = Opportunities

step-threats = And what threats?
step-threats-hint = Outside factors that could get in your way. For example: a cheaper competitor, rising raw material prices
label-threats = Threats

step-competitors = Who are your main competitors?
step-competitors-hint = Up to 5 names, separated by commas. Type “none” if you can't think of any.
label-competitors = Competitors

step-competitor_price = How pricey is “{ $item }”, from 1 (cheap) to 5 (very expensive)?
step-competitor_price-hint = A rough guess is enough.
label-competitor_price = { $item } · price

step-competitor_quality = And its quality or service, from 1 (poor) to 5 (excellent)?
step-competitor_quality-hint = As your customers see it.
label-competitor_quality = { $item } · quality

step-goal = What is your main goal for the next 12 months?
step-goal-hint = The plan, its actions and its indicators follow from it.
label-goal = Main goal

step-main_objective = How many new customers are you aiming for in the next 12 months?
step-main_objective-hint = A number, for example: 50
label-main_objective = Target new customers

step-objective_kinds = Which objectives matter to you?
step-objective_kinds-hint = Acquisition: win new customers. Loyalty: keep your customers and bring them back. Awareness: get known. You can pick several, e.g. 1,3.
label-objective_kinds = Objectives

step-objective_metric = { $item }: what do you want to measure?
step-objective_metric-hint = Choose the metric for this objective.
label-objective_metric = { $item } · metric

step-objective_target = { $item }: what's your target figure for “{ $metric }”?
step-objective_target-hint = A SMART objective has a number. For example: 50, €3,000, 40%
label-objective_target = { $item } · target figure

step-objective_deadline = { $item }: by when?
step-objective_deadline-hint = A date or a month, for example: June 2027, 30/06/2027, in 6 months
label-objective_deadline = { $item } · deadline

step-segments = Which groups of customers can you tell apart? Give 2 to 4.
step-segments-hint = Groups with different needs, separated by commas. For example: students, local workers, families
label-segments = Segments

step-segment_who_b2c = Who are the “{ $item }” customers?
step-segment_who_b2c-hint = Age, location, behaviour. For example: 25–40, live nearby, shop at weekends
label-segment_who_b2c = { $item } · profile

step-segment_who_b2b = Who are the “{ $item }” customers?
step-segment_who_b2b-hint = Industry and company size. For example: accountancy firms with 5 to 20 staff
label-segment_who_b2b = { $item } · profile

step-segment_need = What are the “{ $item }” customers looking for?
step-segment_need-hint = Their main need, for example: a quick, healthy lunch
label-segment_need = { $item } · need

step-segment_size = Roughly how many “{ $item }” are there in your area, customers or not?
step-segment_size-hint = The size of the market, a ballpark figure, for example: 2,000.
label-segment_size = { $item } · size

step-rate_size = “{ $item }”: segment size, from 1 (small) to 5 (very large)?
step-rate_size-hint = How many potential customers it represents.
label-rate_size = { $item } · size score

step-rate_access = “{ $item }”: how easy are they to reach, from 1 (hard) to 5 (easy)?
step-rate_access-hint = Can you talk to them and sell to them easily?
label-rate_access = { $item } · reach score

step-rate_fit = “{ $item }”: fit with your strengths, from 1 (weak) to 5 (strong)?
step-rate_fit-hint = Do your strengths meet their need well?
label-rate_fit = { $item } · fit score

step-target = Which segment do you choose as your main target?
step-target-hint = Segments are ranked by score out of 15; the first one, marked ★, is my recommendation.
label-target = Main target

step-benefit = What key benefit do you bring your customers?
step-benefit-hint = Complete “{ $name } is … that …”. For example: offers a quality break in a cosy setting
label-benefit = Key benefit

step-rival = Which competitor do you want to compare yourself with?
step-rival-hint = The one your customers know best.
label-rival = Main competitor

step-difference = Unlike “{ $rival }”, what makes you different?
step-difference-hint = A concrete difference, for example: everything is homemade with local produce
label-difference = Difference

step-proof = What proof can you give?
step-proof-hint = Reviews, a label, a figure. Type /skip if you don't have any yet.
label-proof = Proof

step-price_level = Where do you sit on price, from 1 (cheap) to 5 (very expensive)?
step-price_level-hint = Compared with your competitors.
label-price_level = Price level

step-quality_level = And on quality or service, from 1 (basic) to 5 (high-end)?
step-quality_level-hint = As you want to be seen.
label-quality_level = Quality level

step-offer = Product: what is your main offer?
step-offer-hint = What you sell, in one sentence. For example: speciality coffee and homemade lunches
label-offer = Main offer

step-range = What is your range?
step-range-hint = Your products or packages, separated by commas.
label-range = Range

step-differentiation = What makes your product different?
step-differentiation-hint = For example: a short seasonal menu
label-differentiation = Product differentiation

step-after_sales = What after-sales service or guarantee do you offer?
step-after_sales-hint = For example: 30-day money-back guarantee
label-after_sales = After-sales / guarantee

step-price_strategy = Price: which strategy do you choose?
step-price_strategy-hint = It should match your positioning. Premium: pricier, for more value; penetration: low prices to win customers; skimming: a high price at launch, lowered later; freemium: free, then paid to go further.
label-price_strategy = Pricing strategy

step-price_point = What is your average price (average basket)?
step-price_point-hint = In euros, for example: €12, 49.90
label-price_point = Average price

step-purchases = How many times a year does a customer buy from you?
step-purchases-hint = A ballpark figure, for example: 12. Used to estimate a customer's value.
label-purchases = Purchases per customer per year

step-margin = What is your gross margin, as a percentage?
step-margin-hint = For example: 60%
label-margin = Gross margin

step-channels = Place: which channels do you sell through?
step-channels-hint = You can pick several, e.g. 1,2.
label-channels = Channels

step-tactics = Promotion: which actions do you want to run?
step-tactics-hint = You can pick several, e.g. 1,4,6. Local presence: Google profile, reviews; expert content: LinkedIn, case studies; promotions: coupons, 2 for 1, limited-time discounts; partnerships and press: partners, press relations; referrals: recommendations and introductions.
label-tactics = Promotion actions

step-split = How should your budget be split between these actions?
step-split-hint = As percentages in order, e.g. 50, 30, 20; or “SEO 60, email 40”; or equally.
label-split = Budget split

step-actions = Here is your action plan for the next twelve months: the concrete actions of each promotion tactic you chose, with their rhythm. Accept them all, or go through them one by one?
step-actions-hint = You can change the dates later.
label-actions = Action plan

step-action_decision = { $item }
step-action_decision-hint = Accept it, drop it, or change it by typing: a date (15 March), a rhythm (every month), a budget (€300) or your own words.
label-action_decision = Action “{ $item }”

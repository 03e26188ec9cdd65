# Labels of enumerated values (key: <type>-<value>).

mode-express = Express (a few minutes)
mode-complete = Complete (every question)

sector-ecommerce = E-commerce
sector-retail = Shop / retail
sector-cafe = Café / restaurant
sector-b2b_services = Business services
sector-b2c_services = Consumer services / freelance
sector-saas = Software / app (SaaS)
sector-craft = Crafts
sector-other = Other business

market-b2c = Consumers (B2C)
market-b2b = Businesses (B2B)

stage-idea = Idea / project
stage-launched = Launched under a year ago
stage-growing = Growing

goal-conquest = Win new customers
goal-loyalty = Bring customers back
goal-awareness = Get known

objective-kind-conquest = Acquisition
objective-kind-loyalty = Loyalty
objective-kind-awareness = Awareness

metric-new_customers = New customers
metric-revenue = Revenue
metric-conversion_rate = Conversion rate
metric-repeat_rate = Repeat purchase rate
metric-retention_rate = Retention rate
metric-nps = NPS (recommendation)
metric-followers = Followers
metric-reach = People reached
metric-visits = Website visits

price-strategy-premium = Premium (higher price)
price-strategy-aligned = In line with the market
price-strategy-penetration = Penetration (low price)
price-strategy-skimming = Skimming (high at launch)
price-strategy-freemium = Freemium (free, then paid)

channel-own_site = Website / online shop
channel-shop = Physical shop
channel-marketplace = Marketplace
channel-resellers = Resellers
channel-direct = Direct sales
channel-social_commerce = Selling on social media

tactic-social = Social media
tactic-seo = Organic search (SEO)
tactic-sea = Search engine ads (SEA)
tactic-emailing = Email marketing
tactic-advertising = Advertising
tactic-events = Events and workshops
tactic-promotions = Promotions
tactic-loyalty_programme = Loyalty programme
tactic-partnerships = Partnerships and press
tactic-referral = Referrals
tactic-local = Local presence
tactic-content = Expert content
tactic-outreach = Direct prospecting

website-yes = Yes
website-no = No, not yet
website-building = Being built

cadence-once = once
cadence-weekly = every week
cadence-monthly = every month
cadence-seasonal = at the key moments of the year

phase-profile = Profile
phase-diagnosis = Diagnosis
phase-objectives = Objectives
phase-segmentation = Segmentation
phase-targeting = Targeting
phase-positioning = Positioning
phase-mix = Marketing mix

language-fr = Français
language-en = English
phase-actions = Action plan

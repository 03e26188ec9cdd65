# Numbers as people type them: what was understood, said back in one line, and why a number was refused.

numbers-per-day = per day
numbers-per-week = per week
numbers-per-month = per month
numbers-per-quarter = per quarter
numbers-per-year = per year
numbers-hours = { $hours } h
numbers-times = × { $factor }
numbers-divided = ÷ { $factor }
numbers-times-days = × { $factor } days
numbers-divided-days = ÷ { $factor } days
numbers-converted = I understood { $value } { $per } ({ $typed } { $typed_per } { $factor }).
numbers-range = I took { $value }, halfway between { $low } and { $high }.
numbers-growth = I understood { $value } more: from { $low } to { $high }.
numbers-range-rounded = I took { $value }, about halfway between { $low } and { $high }.
numbers-at-most = I took { $value }, your maximum.
numbers-at-least = I took { $value }, your minimum.
numbers-fraction = I understood { $value } ({ $part } out of { $whole }).
numbers-sum = I added them up: { $terms } = { $value }.
numbers-product = I multiplied: { $terms } = { $value }.
numbers-currency = I counted { $typed } as { $value }: the plan is in euros, with no conversion.
numbers-day-hours = I counted a working day as { $hours } hours.

numbers-found-money = an amount of money
numbers-found-percent = a percentage
numbers-found-duration = a length of time
numbers-found-times = a number of times
numbers-expected-money = an amount in euros
numbers-expected-count = a number
numbers-expected-hours = a number of hours
numbers-expected-percent = a percentage
numbers-expected-score = a score
numbers-expected-people = a number of people
numbers-expected-days = a number of days

error-number-date = "{ $date }" looks like a date: a number is expected here.
error-number-year = { $year } looks like a year: a number is expected here. If it is one, write it { $spaced }.
error-number-unit = "{ $typed }" is { $found }: { $expected } is expected here.
error-number-per = A total is expected here, not a figure { $per }: how many in all?
error-number-vague = "{ $typed }" is a bit vague: a rough figure in digits will do, for example 300.
error-number-many = I found several numbers: please give just one, or a range such as 20-30.
error-target-reached = You're already at { $today }: aim higher than what you have today.
error-total-below = You already have { $today }: a total to reach counts above that.

# The card at the end of the interview: the score, the key numbers, the changes to make, and its buttons.

card-objective = 🎯 { $objective }
card-budget = 💶 Marketing budget: { $budget } a year
card-kpis = 📈 To track:
card-kpi = • { $kpi }: { $target }
card-next = 📅 Next action, on { $date }: { $title }
card-prompt = Your whole plan, as a PDF, in your calendar, and your positioning map:
card-plan = 📋 Full plan
card-pdf = 📄 PDF
card-ics = 📅 Calendar
card-map = 🗺 Map
console-card = Type /plan for the whole plan, /export for the PDF, the calendar or the map.

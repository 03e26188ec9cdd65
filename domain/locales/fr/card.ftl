# La carte de fin d'entretien : le score, les chiffres clés, les changements à faire, et ses boutons.

card-objective = 🎯 { $objective }
card-budget = 💶 Budget marketing : { $budget } par an
card-kpis = 📈 À suivre :
card-kpi = • { $kpi } : { $target }
card-next = 📅 Prochaine action, le { $date } : { $title }
card-prompt = Votre plan en entier, en PDF, dans votre agenda, et votre carte de positionnement :
card-plan = 📋 Plan complet
card-pdf = 📄 PDF
card-ics = 📅 Calendrier
card-map = 🗺 Carte
console-card = Tapez /plan pour le plan complet, /export pour le PDF, le calendrier ou la carte.

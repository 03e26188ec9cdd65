# Transport texts: console, Telegram, command line.

console-current = Current answer: { $value } (/skip to keep it)
console-skip = /skip to skip this question
console-multi = You can pick several: type the numbers separated by commas, e.g. 1,3.
console-multi-own = Type numbers (e.g. 1,3), your own words, or both, separated by commas.
console-own = Or write your own answer.
console-bye = See you soon! Your answers are saved: run “planbot chat” again to pick up where you left off.
export-no-plan = No plan for user { $user }.

command-start = Start or resume
command-help = What I can do
command-new = Start a new plan
command-plan = See the plan
command-edit = Change an answer
command-back = Previous question
command-skip = Skip (or keep the answer)
command-language = Change language
command-actions = My actions
command-kpi = Enter results
command-reminders = Reminder settings
command-cancel = Cancel
button-done = Done ✔️
button-skip = Skip ⏭
button-keep = Keep ✔️
button-back = ↩️ Back
button-unknown = This button no longer works.
button-not-yours = This button belongs to someone else's plan.
telegram-current = Current answer: { $value }
telegram-multi = Tap the options to tick them, then Done.
telegram-multi-own = Tap the suggestions to tick them then Done, or type your own answer (separated by commas).
telegram-edited = I saw the edit, but I'm keeping your first answer. To change an answer, type /edit.
telegram-unsupported = I only read text. Answer the question in writing, or tap a button.
telegram-private-only = Your marketing plan is personal: let's talk in private, message me directly (@{ $bot }).
telegram-apology = Oops, something went wrong on my side. Your previous answer is saved; try again in a moment.

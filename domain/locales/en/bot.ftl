# Transport texts: console, Telegram, command line.

console-current = Current answer: { $value } (/skip to keep it)
console-skip = /skip to skip this question
console-multi = You can pick several: type the numbers separated by commas, e.g. 1,3.
console-multi-own = Type numbers (e.g. 1,3), your own words, or both, separated by commas.
console-own = Or write your own answer.
console-bye = See you soon! Your answers are saved: run “planbot chat” again to pick up where you left off.
export-no-plan = No plan for user { $user }.

# Choices understood the way people mean them: which one, when an answer is close to several options; what was
# understood from a word, a typo or a score in words; items of a list that were not recognised.

choice-quoted = “{ $label }”
choice-or = or
choice-and = and
choice-which = Do you mean { $options }?
choice-understood = Got it: { $labels }.
choice-unclear = “{ $answer }”: do you mean { $options }? Tick the right one and confirm, or type the whole list again.
choice-unknown = I didn't recognise { $answers } among the options: tick the ones that fit and confirm.
choice-unknown-ticked = I ticked the rest, but didn't recognise { $answers }: tick the option that fits and confirm, or type the whole list again.

rating-half = A whole score, please: { $options }?
rating-understood = Got it: { $score } out of 5.
rating-comment = Noted { $score } out of 5. Your remark (“{ $comment }”) isn't kept in the plan.

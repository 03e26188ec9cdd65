# Edits that open new questions (an objective, a competitor, a segment added).

edits-item = “{ $name }”
edits-opened = { $count ->
        [one] One question to complete { $items }.
       *[other] { $count } questions to complete { $items }.
    }

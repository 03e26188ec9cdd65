# Les modifications qui ouvrent de nouvelles questions (un objectif, un concurrent, un segment ajouté).

edits-item = « { $name } »
edits-opened = { $count ->
        [one] Une question pour compléter { $items }.
       *[other] { $count } questions pour compléter { $items }.
    }

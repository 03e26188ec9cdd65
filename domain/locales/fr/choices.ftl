# Choix compris à la manière des gens : lequel, quand une réponse est proche de plusieurs options ; ce qui a été
# compris d'un mot, d'une faute de frappe ou d'une note en mots ; les éléments d'une liste non reconnus.

choice-quoted = « { $label } »
choice-or = ou
choice-and = et
choice-which = Vous voulez dire { $options } ?
choice-understood = Compris : { $labels }.
choice-unclear = « { $answer } » : vous voulez dire { $options } ? Cochez la bonne option puis validez, ou retapez toute la liste.
choice-unknown = Je n'ai pas reconnu { $answers } parmi les options : cochez celles qui correspondent puis validez.
choice-unknown-ticked = J'ai coché le reste, mais je n'ai pas reconnu { $answers } : cochez l'option qui correspond puis validez, ou retapez toute la liste.

rating-half = Une note entière, s'il vous plaît : { $options } ?
rating-understood = Compris : { $score } sur 5.
rating-comment = Noté { $score } sur 5. Votre remarque (« { $comment } ») n'est pas gardée dans le plan.

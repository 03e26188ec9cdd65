"""What people type around an answer: non-answers ("jsp", "no idea"), filler, hedges and emoji at the edges.

``unsure`` tells a non-answer, which is never stored; ``tidy`` takes away the filler around a free-text answer
and keeps its meaning (``bof... les femmes 30-40 ans je dirais`` → ``les femmes 30-40 ans``); ``items`` does the
same for each item of a list. Words that can be content stay unless their position says they are filler:
"like" and "genre" go at the start only before an article or a number ("genre les étudiants", not "genre
musical"), at the end only after a comma; "well", "so", "bon" only when a comma follows; a filler that could
be a name stays before a capitalised word ("Lol Shop", "Ben & Co").
"""

from __future__ import annotations

import re
from collections.abc import Collection

import regex

from dialogs.parsing import lists
from dialogs.parsing.text import fold

# Non-answers, on folded text (lower case, no accents, punctuation as spaces) ---------------------------------

_DONT_KNOW = (
    r"(?:(?:moi )?(?:je |j |j en |je n en |j n en |je ne |j ne |jne |jn |on |on n en |on ne )?(?:sais|sai|sait|se)"
    r"|jsais|jsai|jse|chais|chai|che|ch ai|ch ais)(?: vraiment| trop| pas trop| absolument)? ?(?:pas|pa|po|plus|rien)"
)
_CORE = "|".join(
    [
        _DONT_KNOW,
        r"jsp+|jspa+s?|nsp|jsplus|chepa+s?",
        r"(?:j ai |j en ai |je n ai |je n en ai |j ai vraiment |i have |i ve |i got |got )?"
        r"(?:aucune?|pas d|pas la moindre|pas une|zero|sans|no|not a|not the slightest|not the faintest) ?"
        r"(?:id[e]+s?|idea|ideas|clue|clues)",
        r"(?:je ne suis |je suis |j suis |jsuis |chui |suis |i m |im |i am )?(?:pas|not) (?:vraiment |really |too )?"
        r"(?:sure?s?|certaine?s?|sur de moi|certain)",
        r"(?:je |j )?(?:ne )?vois pas|(?:je |j )?(?:ne )?comprends? pas|(?:j ai |je n ai )?pas compris",
        r"quoi (?:te |vous )?(?:dire|mettre|repondre|ecrire)|what to (?:say|put|answer|write)",
        r"bonne question|mystere et boule de gomme|a voir|on verra|a definir|a determiner|je reflechis"
        r"|j y reflechis|aucun avis|pas d avis|sans avis|je passe|joker|je seche",
        r"(?:qu est ce que |que |quoi |what )?(?:tu |vous |do you |would you |can you )?(?:me )?"
        r"(?:proposes?|proposez|conseilles?|conseillez|suggeres?|suggerez|recommandes?|recommandez|suggest|recommend)"
        r"(?: quoi| moi)?",
        r"(?:aide|aidez) moi|a (?:toi|vous) de (?:voir|choisir|me dire)|dis moi|dites moi"
        r"|des suggestions?|un exemple|des exemples|exemples?|c est a dire|c est quoi|ca veut dire quoi|comment ca"
        r"|ca depend|it depends|depends",
        r"i? ?(?:do ?n ?t|dont|do not|dunno|don) (?:really )?know|idk+|dunno|i dunno|dno|clueless|unsure|beats me"
        r"|good question|who knows|tbd|to be (?:decided|determined|confirmed)|we ll see|will see|not decided"
        r"|undecided|any (?:ideas?|suggestions?)|suggestions?|examples?|help(?: me)?|you tell me"
        r"|you (?:choose|decide)|up to you|what does (?:that|it|this) mean|what do you mean"
        r"|i (?:don t|dont|do not) (?:get it|understand)|(?:don t|dont) (?:get it|understand)|huh",
    ]
)
_FILLER = (
    r"e+u+h+|e+u{2,}h*|h+e+u+h*|h+m+|h+u+m+|m+h+|m{2,}h*|u+m+|u+h+|e+r+m+|p+f+t*|bof+|bah+|ben+|lol+|mdr+|ptdr+|xd+"
    r"|(?:ha){2,}h?|(?:hi){2,}|(?:he){2,}|(?:ah){2,}|oups|genre|like|well|so|je dirais|j dirais|jdirais|disons"
    r"|on va dire|en gros|i d say|id say|i would say|i guess|i think|je pense|je crois|peut etre|ptet|maybe"
    r"|probably|perhaps|probablement|sans doute|bref|voila|enfin|tbh|alors|donc|quoi|hein"
)
_MODIFIER = (
    r"vraiment|trop|du tout|absolument|encore|pour l instant|pour le moment|pour l heure|pour linstant"
    r"|honnetement|franchement|en fait|perso|personnellement|moi|la|desolee?|dsl|pardon|mais|non|no|nope|nan"
    r"|really|honestly|at all|yet|right now|for now|sorry|but|ok|okay|oh|ah|eh|ici|aussi|either|tho|though"
    r"|precisement|exactement|precises?|particuliere|claire|exacte|sur ca|la dessus|on this|about that|here|ca"
    r"|c est|bon|un peu|a vrai dire|to be honest|in fact|actually|just|juste|en tout cas|anyway|du coup"
)
_TOKEN = re.compile(rf"(?P<core>{_CORE})(?= |$)|(?P<filler>{_FILLER})(?= |$)|(?:{_MODIFIER})(?= |$)")
_SHRUG = re.compile("[\N{SHRUG}\N{THINKING FACE}]")
_ASKING = re.compile(r"\?|…|\.\.")


def _only_vocabulary(folded: str) -> bool:
    """Whether folded text is made only of non-answer words, with at least one that is not a mere modifier."""
    position, telling = 0, False
    while position < len(folded):
        found = _TOKEN.match(folded, position)
        if found is None:
            return False
        telling = telling or found.lastgroup in ("core", "filler")
        position = found.end() + 1
    return telling


def unsure(text: str) -> bool:
    """Whether a typed answer says "I don't know" (or only hesitates) rather than answering.

    ``jsp``, ``bof je sais pas``, ``aucune idée 😅``, ``idk tbh``, ``?``, ``euh…``, ``🤷`` are; ``non``,
    ``aucun``, ``rien``, ``0``, ``pas encore``, ``⭐⭐⭐`` are answers.
    """
    folded = fold(_EMOJI.sub(" ", text)).replace("%", " ").strip()
    if not folded:
        return bool(_ASKING.search(text) or _SHRUG.search(text))
    return _only_vocabulary(folded)


# Filler around an answer, on the text as typed -----------------------------------------------------------

_EMOJI_UNIT = (
    r"(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f"
    r"|[\u200d\ufe0f\u20e3\p{Emoji_Modifier}\p{Regional_Indicator}\U000E0020-\U000E007F])"
)
"""An emoji as phones type them (shown in colour) and the characters sequences of them are built with; symbols
typed as text (★ ✈ ♥ © ™) are not, and stay."""
_EMOJI = regex.compile(_EMOJI_UNIT)
_EMOJI_EDGES = regex.compile(rf"^(?:{_EMOJI_UNIT}|\s)+|(?:{_EMOJI_UNIT}|\s)+$")
_EMOTICON = r"(?:[:;=]['-]?[()\[\]DPpOo/\\|*3$]+|<3+|\^\^|\^_\^|[xX]D+|:'\()"
_EDGE_JUNK = re.compile(rf"^(?:\s|{_EMOTICON}(?=\s|$)|[,;:…]|\.{{2,}})+|(?:(?<=\s){_EMOTICON}|\s|[,;:…]|\.{{2,}})+$")
_APOSTROPHE = "['’]"
_PAUSE = r"(?:\s*(?:[,;:!…]|\.{2,}|—|–|-(?=\s)))+\s*"
_NOISE = r"e+u+h+|e+u{2,}h*|h+e+u+h*|h+m+|h+u+m+|m+h+|m{2,}h*|u+m+|u+h+|e+r+m+|p+f+t*"
_NAMES = r"bof+|bah+|ben+|lol+|mdr+|ptdr+|xd+|(?:ha){2,}h?|(?:hi){2,}|ah+|oh+|eh|oups"
_HEDGE = (
    rf"je dirai[st]?|j{_APOSTROPHE}?\s?dirai[st]?|on va dire|on dira|disons|peut[- ]?[eê]tre|p{_APOSTROPHE}?t[eê]t"
    rf"|probablement|sans doute|s[uû]rement|grosso modo|i{_APOSTROPHE}?d say|i would say|i think|i guess"
    rf"|i suppose|i reckon|i believe|i imagine|i{_APOSTROPHE}?d guess|maybe|probably|perhaps"
)
_THINK = rf"je pense|je crois|j{_APOSTROPHE}imagine|je suppose|j{_APOSTROPHE}ai l{_APOSTROPHE}impression"
"""French verbs of opinion: a hedge before "que", a comma or an article ("je crois en la qualité" is content)."""
_WEAK = (
    r"well|so|bon|alors|donc|voil[aà]|enfin|bref|ok|okay|actually|basically|honestly|honn[eê]tement|franchement"
    r"|perso|personnellement|moi|en fait|du coup|tbh|quoi|hein|tu vois|vous voyez|you know|like|genre|en gros"
    r"|style|to be honest|à vrai dire|a vrai dire"
)
_GATED = r"like|genre|en gros|style|kind of|kinda|sort of"
_ARTICLE = (
    rf"(?:[lc]{_APOSTROPHE}|(?:les|le|la|des|du|un|une|ces|cet|cette|ce|mes|nos|vos|leurs|plut[oô]t|surtout"
    r"|environ|pas|on|c'est|the|a|an|some|about|around|mostly|mainly|maybe|people|plus|moins|entre|between"
    r"|peut[- ]?[eê]tre)\b|\d)"
)
_NAMEY = re.compile(rf"(?:ben|oh|{_GATED}|well|so|bon)", re.IGNORECASE)
"""Fillers that can start a name ("Ben & Jerry's", "Oh My Cake", "So Chic"): kept before a capitalised word.

The first letter of a message is capitalised by phones, so "Lol Amazon" or "Bof Leroy Merlin" lose the filler."""
_THAT = rf"(?:\s+(?:que\b|that\b|qu{_APOSTROPHE}))?"
_LEAD = [
    re.compile(rf"^(?P<w>{_NOISE})(?:{_PAUSE}|\s+|$)", re.IGNORECASE),
    re.compile(rf"^(?P<w>{_NAMES}|{_HEDGE}){_THAT}(?:{_PAUSE}|\s+|$|(?<=['’]))", re.IGNORECASE),
    re.compile(rf"^(?P<w>{_THINK})(?:\s+(?:que\b|qu{_APOSTROPHE})\s*|{_PAUSE}|\s+(?={_ARTICLE})|$)", re.IGNORECASE),
    re.compile(rf"^(?P<w>{_GATED})(?:{_PAUSE}|\s+(?={_ARTICLE})|$)", re.IGNORECASE),
    re.compile(rf"^(?P<w>{_WEAK})(?:{_PAUSE}|$)", re.IGNORECASE),
]
_TAIL = [
    re.compile(rf"(?:^|{_PAUSE}|\s+)(?P<w>{_NOISE}|{_NAMES})[\s.!?…]*$", re.IGNORECASE),
    re.compile(
        rf"(?:^|{_PAUSE}|\s+)(?P<w>{_HEDGE}|{_THINK}|genre|quoi|or something(?: like that)?"
        r"|ou (?:un truc|quelque chose) (?:comme [cç]a|du genre|dans le genre))[\s.!?…]*$",
        re.IGNORECASE,
    ),
    re.compile(rf"(?:^|{_PAUSE})(?P<w>{_WEAK}|{_GATED})[\s.!?…]*$", re.IGNORECASE),
]
_TAIL_KEEPS_AFTER = frozenset(
    {"que", "qu", "ce", "what", "that", "if", "si", "comme", "how", "comment", "whatever", "le", "un", "du", "de"}
    | {"même", "meme", "tout", "quel", "mon", "ton", "son", "notre", "votre", "leur", "autre", "nouveau", "dans"}
    | {"en", "this", "the", "a", "any", "every", "my", "our", "your", "their", "new", "same", "bon", "mauvais"}
    | {"sais", "sait", "pour", "sur", "par", "avec", "est", "à", "a", "ou", "n'importe", "importe"}
)
"""Words after which a trailing hedge is content: "ce que je pense", "de ce genre", "un je ne sais quoi"."""
_SEGMENT = re.compile(r"(\s*(?:[,;…]|\.{2,}|\n)\s*)")


def _is_name(word: str, rest: str, joined_by_space: bool) -> bool:
    """Whether a filler word starts a name (``Lol Shop``, ``Ben & Co``) rather than hesitating."""
    return (
        joined_by_space
        and bool(_NAMEY.fullmatch(word))
        and word[:1].isupper()
        and (rest[:1].isupper() or rest[:1] == "&")
    )


def _strip_lead(text: str, first: bool) -> str:
    for rule in _LEAD if first else [_LEAD[0], _LEAD[1], _LEAD[2], _LEAD[4]]:
        found = rule.match(text)
        if found is None or found.end() == 0:
            continue
        rest = text[found.end() :]
        if _is_name(found.group("w"), rest, not found.group().rstrip().endswith(tuple(",;:!…-—–."))):
            continue
        return rest
    return text


def _strip_tail(text: str) -> str:
    for rule in _TAIL:
        found = rule.search(text)
        if found is None:
            continue
        before = text[: found.start()]
        words = re.findall(r"[\w’']+", before.casefold())
        spaced = not re.search(r"[,;:!…]|\.\.|—|–|\s-\s?$", text[found.start() : found.start("w")])
        word = found.group("w")
        if spaced and words and words[-1].rstrip("'’") in _TAIL_KEEPS_AFTER:
            continue
        if spaced and word[:1].isupper() and _NAMEY.fullmatch(word):
            continue
        return before
    return text


def _strip_edges(text: str, first: bool) -> str:
    for _ in range(12):
        before = text
        text = _EDGE_JUNK.sub("", _EMOJI_EDGES.sub("", text))
        text = _strip_tail(_strip_lead(text, first)).strip()
        if text == before:
            break
    return text


def tidy(text: str) -> str:
    """A free-text answer without the filler, hedges, emoji and "..." around it, its meaning kept.

    Parts between commas that only hesitate or say "I don't know" go too; when the answer started with a capital
    that went with the filler, the new first letter takes it (``Bof... les femmes`` → ``Les femmes``). What one pass
    uncovers (an emoji before a doubt: ``des ☕ chépa``) goes in the next, until nothing changes.
    """
    result = _tidied(text)
    if result == text.strip():  # nothing to take off: a second pass would find the same
        return result
    while result and (again := _tidied(result)) != result:
        result = again
    return result


def _tidied(text: str) -> str:
    pieces = _SEGMENT.split(text.strip())
    segments, separators = pieces[0::2], pieces[1::2]
    kept: list[tuple[str, str]] = []
    for number, segment in enumerate(segments):
        separator = separators[number - 1] if number else ""
        cleaned = _strip_edges(segment, first=not kept)
        if cleaned and not unsure(cleaned):
            kept.append((separator if kept else "", cleaned))
    result = "".join(separator + segment for separator, segment in kept).strip()
    result = _EDGE_JUNK.sub("", result).strip()
    result = _LEADING_DOUBT.sub("", _TRAILING_DOUBT.sub("", result)).strip() or result
    if unsure(result):
        return ""
    if not result and not unsure(text):  # only words that hesitate elsewhere ("ok"): the field judges them
        return text.strip()
    if result and text.strip()[:1].isupper() and result[:1] != text.strip()[:1]:
        result = result[:1].upper() + result[1:]
    return result


_TRAILING_DOUBT = re.compile(
    r"(?:\s+(?:jsp|j['’]?sais pas|je sais pas|chais pas|ch[ée]pa|idk|dunno|i dunno|no idea|aucune id[ée]e)\W*)+$",
    re.IGNORECASE,
)
"""A doubt typed after an answer (``viennent réviser jsp``): the answer is kept, the doubt goes."""
_LEADING_DOUBT = re.compile(r"^(?:(?:jsp|chais pas|ch[ée]pa|idk|dunno)\W*\s+)+", re.IGNORECASE)
"""A doubt typed before an answer, in the short forms that are never content (``jsp 18-25 ans``)."""


_NOT_ITEMS = frozenset({"etc", "et cetera", "and so on", "tout ca", "et tout", "and all that", "and more"})
"""What ends a list without being an item of it."""


def items(text: str, keep: Collection[str] = (), least: int = 1) -> list[str]:
    """The items of a typed list, each tidied; "I don't know" items dropped; no duplicates (case and accents)."""
    seen: set[str] = set()
    found: list[str] = []
    for item in lists.split(text, keep, least):
        cleaned = item if item in keep else tidy(item)
        key = fold(cleaned)
        if cleaned and key not in seen and key not in _NOT_ITEMS and not unsure(cleaned):
            seen.add(key)
            found.append(cleaned)
    return found


ROUGHLY = re.compile(
    r"[\s,]*(?:environ|[àa] peu pr[eè]s|max(?:imum)?|grand max|au plus tard|about|or so|roughly|at the latest|tops)"
    r"\s*$",
    re.IGNORECASE,
)


CORRECTING = re.compile(
    r"^\s*(?:non|no|nope|plut[oô]t|rather|en fait|actually|je veux dire|i mean)\b[\s,.:;!]*", re.IGNORECASE
)
"""A correction's opening, before the date meant instead (``non, fin octobre 2027``, ``plutôt en mars``)."""


def roughly_dated(text: str) -> str:
    """A date answer without the filler around it nor a trailing "environ" / "max" (``euh fin juin je pense``)."""
    tidied = ROUGHLY.sub("", tidy(text) or text).strip()
    return tidied or text


def corrected(text: str) -> str:
    """What is meant instead, without the correction's opening (``non, fin octobre 2027``: ``fin octobre 2027``)."""
    return CORRECTING.sub("", text).strip() or text

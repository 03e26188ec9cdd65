"""The peer's questions and answers: reading what the user typed, keeping it in ``user_data``, asking the next one.

Light validation, as a developer writes it: numbers through ``float()`` once spaces, units and a ``k`` are taken
off; options by number, label or id; lists split on commas.
"""

from __future__ import annotations

import html
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bench.peer_steps import KIND, LOOPS, OPTIONAL, Data, Kind, Step, sector
from bench.peer_texts import (
    ACK_NAME,
    CHOICES,
    DONE,
    DONE_BUTTON,
    ERROR_CHOICE,
    ERROR_EMPTY,
    ERROR_NUMBER,
    ERROR_RATING,
    ERROR_SPLIT,
    KIND_LABELS,
    METRIC_CHOICES,
    METRIC_LABELS,
    NO_COMPETITOR,
    OPT_IN,
    SKIP,
    Option,
    prompt,
)

PROMPTS = {step: prompt(step.value) for step in Step if step is not Step.REMINDERS}
NUMBER_NOISE = str.maketrans("", "", " \u202f\xa0€$£%")
MAX_TEXT = 300


class Refused(ValueError):
    """An answer the peer does not take: the message says why, and the question is asked again."""


def item(data: Data, step: Step) -> dict[str, Any]:
    """The competitor, objective, segment or action a loop step is asking about."""
    items: list[dict[str, Any]] = data[LOOPS[step][1]]
    return items[data["i"]]


def options(step: Step, data: Data) -> tuple[Option, ...]:
    """The options of a question: fixed, or made of earlier answers (competitors, segments, metrics)."""
    if step is Step.OBJECTIVE_METRIC:
        return METRIC_CHOICES[item(data, step)["kind"]]
    if step is Step.RIVAL:
        return tuple((c["name"], c["name"]) for c in data["competitors"])
    if step is Step.TARGET:
        ranked = sorted(data["segments"], key=score, reverse=True)
        return tuple((s["name"], f"{s['name']} ({score(s)}/15)") for s in ranked)
    return CHOICES.get(step.value, ())


def score(segment: dict[str, Any]) -> int:
    """A segment's score out of 15: its size, access and fit."""
    return int(segment.get("rate_size", 0) + segment.get("rate_access", 0) + segment.get("rate_fit", 0))


def choice(text: str, found: tuple[Option, ...]) -> str:
    """The option typed by its number, its label or its id."""
    typed = text.strip().casefold()
    if typed.isdigit() and 1 <= int(typed) <= len(found):
        return found[int(typed) - 1][0]
    for key, label in found:
        if typed in (key.casefold(), label.casefold()):
            return key
    raise Refused(ERROR_CHOICE)


def number(text: str) -> float:
    """A number as ``float()`` reads it, once spaces, currency and percent signs are off and ``k`` is 1000."""
    cleaned = text.translate(NUMBER_NOISE).replace(",", ".").lower()
    factor = 1000 if cleaned.endswith("k") else 1
    try:
        return float(cleaned.removesuffix("k")) * factor
    except ValueError:
        raise Refused(ERROR_NUMBER) from None


def read(step: Step, text: str, data: Data) -> Any:
    """What the user's text answers to ``step``."""
    kind = KIND.get(step, Kind.TEXT)
    if kind is Kind.NUMBER:
        return number(text)
    if kind is Kind.CHOICE:
        return choice(text, options(step, data))
    if kind is Kind.MULTI:
        return [choice(part, options(step, data)) for part in text.split(",")]
    if kind is Kind.RATING:
        if text.strip() not in ("1", "2", "3", "4", "5"):
            raise Refused(ERROR_RATING)
        return int(text)
    if kind is Kind.LIST:
        parts = [part.strip()[:MAX_TEXT] for part in text.split(",") if part.strip()]
        if step is Step.COMPETITORS and text.strip().casefold() in NO_COMPETITOR:
            return []
        if not parts:
            raise Refused(ERROR_EMPTY)
        return parts
    if kind is Kind.SPLIT:
        return split(text)
    if kind is Kind.DECISION:
        try:
            return choice(text, CHOICES["action_decision"])
        except Refused:
            return text.strip()[:MAX_TEXT]  # a new date, rhythm or budget: kept as the user wrote it
    if not text.strip():
        raise Refused(ERROR_EMPTY)
    return text.strip()[:MAX_TEXT]


def split(text: str) -> str | list[float]:
    """The budget split: an option, or percentages that add up to 100."""
    try:
        return choice(text, CHOICES["split"])
    except Refused:
        shares = [number(part) for part in text.split(",")]
        if round(sum(shares)) != 100:
            raise Refused(ERROR_SPLIT.format(total=round(sum(shares)))) from None
        return shares


def store(step: Step, value: Any, data: Data) -> None:
    """Keep an answer in ``user_data``: on the loop's item, as a new list of items, or under the step's name."""
    if step in LOOPS:
        item(data, step)[step.value] = value
    elif step is Step.COMPETITORS:
        data["competitors"] = [{"name": name} for name in value]
    elif step is Step.SEGMENTS:
        data["segments"] = [{"name": name} for name in value]
    elif step is Step.OBJECTIVE_KINDS:
        data["objectives"] = [{"kind": kind} for kind in value]
    elif step is Step.MAIN_OBJECTIVE:
        data["objectives"] = [{"kind": "conquest", "objective_metric": "new_customers", "objective_target": value}]
    elif step is Step.ACTIONS:
        data["review"] = value
        data["actions"] = proposals(data, accepted=value == "all")
    else:
        data[step.value] = value


def proposals(data: Data, accepted: bool) -> list[dict[str, Any]]:
    """The actions proposed for the chosen tactics: the business model's own, with the user's words filled in."""
    difference = data.get("difference") or ""
    titles = [title for tactic in data.get("tactics") or () for title in sector(data).actions[tactic]]
    status = "accept" if accepted else None
    return [{"title": title.replace("{difference}", difference), "action_decision": status} for title in titles]


def question(step: Step, data: Data) -> tuple[str, InlineKeyboardMarkup | None]:
    """The message asking ``step``, with its buttons."""
    if step is Step.REMINDERS:
        return closing(data), keyboard(step, CHOICES["reminders"], optional=False)
    text = PROMPTS[step].format_map(Words(data, step))
    kind = KIND.get(step, Kind.TEXT)
    if kind is Kind.RATING:
        rating = tuple((str(n), str(n)) for n in range(1, 6))
        return text, InlineKeyboardMarkup([[button(step, key, label) for key, label in rating]])
    found = options(step, data) if kind in (Kind.CHOICE, Kind.MULTI, Kind.DECISION) else ()
    return text, keyboard(step, found, optional=step in OPTIONAL, multi=kind is Kind.MULTI)


class Words(dict[str, str]):
    """The words a question's template takes, worked out only when the template names them."""

    def __init__(self, data: Data, step: Step) -> None:
        super().__init__()
        self.data, self.step = data, step

    def __missing__(self, key: str) -> str:
        data = self.data
        if key == "name":
            return html.escape(data.get("name", ""), quote=False)
        if key == "capacity":
            return sector(data).capacity
        if key == "rival":
            rivals = [c["name"] for c in data.get("competitors") or ()]
            return html.escape(data.get("rival") or (rivals[0] if rivals else ""), quote=False)
        found = item(self.data, self.step)
        if key == "metric":
            return METRIC_LABELS.get(found.get("objective_metric") or "", "")
        words = KIND_LABELS[found["kind"]] if "kind" in found else found.get("name") or found.get("title", "")
        return html.escape(words, quote=False)


def keyboard(step: Step, found: tuple[Option, ...], *, optional: bool, multi: bool = False) -> InlineKeyboardMarkup:
    """The options one per row, then Done for a multiple choice and Skip for an optional question."""
    rows = [[button(step, key, label)] for key, label in found]
    if multi:
        rows.append([button(step, "!done", DONE_BUTTON)])
    if optional:
        rows.append([button(step, "!skip", SKIP)])
    return InlineKeyboardMarkup(rows)


def button(step: Step, key: str, label: str) -> InlineKeyboardButton:
    """A button whose data names the question and the option (``step|option``)."""
    return InlineKeyboardButton(label, callback_data=f"{step.value}|{key}")


def closing(data: Data) -> str:
    """The end of the interview: a short summary of the plan, and the offer of reminders."""
    name = html.escape(data.get("name", ""), quote=False)
    planned = [a for a in data.get("actions") or () if a.get("action_decision") != "drop"]
    goals = ", ".join(KIND_LABELS[o["kind"]] for o in data.get("objectives") or ())
    lines = [
        DONE.format(name=name),
        "",
        f"🎯 {goals}",
        f"💶 {data.get('budget', 0):,.0f} €".replace(",", "\u202f"),
        f"📋 {len(planned)}",
    ]
    return "\n".join(lines) + "\n\n" + OPT_IN


def acknowledged(step: Step, data: Data, text: str) -> str:
    """The question, after a word of welcome once the business has a name."""
    if step is Step.MODE:
        return ACK_NAME.format(name=html.escape(data.get("name", ""), quote=False)) + "\n\n" + text
    return text

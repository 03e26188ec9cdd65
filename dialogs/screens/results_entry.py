"""Entering results (``/kpi``, or from an action): only the numbers needed, then the KPIs against targets."""

from __future__ import annotations

from dialogs.core.replies import SKIP, PlanCard, Question, Tone
from dialogs.core.screen import BaseScreen
from dialogs.core.turn import Turn
from dialogs.parsing.text import InvalidAnswer, parse_number
from domain.documents.document import Bullets, Document, Paragraph, Section
from domain.documents.monthly_review import measure_line
from domain.models import Result
from domain.results import FIELDS, measure, needed, total
from domain.screen_state import ResultsEntry, ScreenKind


def start(turn: Turn, action_id: int | None = None) -> None:
    """Begin entering results for an action, or for the whole plan."""
    action = turn.s.plan.action(action_id) if action_id is not None else None
    entry = ResultsEntry(action=action.id if action else None, fields=needed(action) if action else FIELDS)
    turn.update(screen=entry)
    if action is not None:
        turn.say("results-intro-action", title=action.title)
    else:
        turn.say("results-intro")
    ask(turn)


def _entry(turn: Turn) -> ResultsEntry:
    """The entry on show."""
    entry = turn.s.screen
    assert isinstance(entry, ResultsEntry)
    return entry


def ask(turn: Turn) -> None:
    """Ask the next number."""
    entry = _entry(turn)
    position = len(entry.values)
    name = entry.fields[position]
    turn.replies.append(
        Question(
            key=ScreenKind.RESULTS.value,
            text=turn.t(f"result-{name}"),
            hint=turn.t("result-hint"),
            progress=turn.t("results-progress", step=position + 1, total=len(entry.fields)),
            can_skip=True,
        )
    )


def typed(turn: Turn, text: str) -> None:
    """A number for the field asked."""
    try:
        value = parse_number(text)
    except InvalidAnswer as error:
        turn.say(error.key, Tone.ERROR, **error.args_)
        ask(turn)
        return
    if value < 0:
        turn.say("error-number-low", Tone.ERROR, least=turn.t.number(0))
        ask(turn)
        return
    _store(turn, value)


def tapped(turn: Turn, option: str) -> None:
    """The only button of a results question is "skip"."""
    if option == SKIP:
        skip(turn)
    else:
        turn.say("error-choice", Tone.ERROR)
        ask(turn)


def back(turn: Turn) -> None:
    """Go back to the previous number (or leave, from the first one)."""
    entry = _entry(turn)
    if not entry.values:
        turn.close()
        turn.say("cancelled")
        return
    last = entry.fields[len(entry.values) - 1]
    turn.update(screen=entry.model_copy(update={"values": {k: v for k, v in entry.values.items() if k != last}}))
    ask(turn)


def skip(turn: Turn) -> None:
    """Leave the number asked blank."""
    _store(turn, None)


def _store(turn: Turn, value: float | None) -> None:
    entry = _entry(turn)
    name = entry.fields[len(entry.values)]
    entry = entry.model_copy(update={"values": {**entry.values, name: value}})
    turn.update(screen=entry)
    if len(entry.values) < len(entry.fields):
        ask(turn)
        return
    turn.close()
    given = {k: v for k, v in entry.values.items() if v is not None}
    if not given:
        turn.say("results-empty")
        return
    result = Result(entered_on=turn.today, action=entry.action, **given)
    plan = turn.s.plan.model_copy(update={"results": (*turn.s.plan.results, result)})
    turn.update(plan=plan)
    turn.replies.append(PlanCard(report(turn, result)))


class ResultsScreen(BaseScreen):
    """Results being entered, one number at a time."""

    kind = ScreenKind.RESULTS

    def show(self, turn: Turn) -> None:
        """The number being asked, again."""
        ask(turn)

    def choose(self, turn: Turn, option: str) -> None:
        """A tap (the only button is "skip")."""
        tapped(turn, option)

    def typed(self, turn: Turn, text: str) -> None:
        """A number."""
        typed(turn, text)

    def back(self, turn: Turn) -> None:
        """The previous number (or out, from the first)."""
        back(turn)

    def skip(self, turn: Turn) -> None:
        """The number left blank."""
        skip(turn)


SCREEN = ResultsScreen()


def kpi(turn: Turn) -> None:
    """``/kpi``: enter results for the whole plan."""
    start(turn)


def report(turn: Turn, result: Result) -> Document:
    """The KPIs of these results and of all results so far, each against its target."""
    t, plan = turn.t, turn.s.plan
    now = tuple(measure_line(m, t) for m in measure(result, plan, turn.today))
    sections = [Section("now", t("results-now"), (Bullets(now) if now else Paragraph(t("results-no-kpi")),))]
    overall = total(plan.results)
    if overall is not None and len(plan.results) > 1:
        lines = tuple(measure_line(m, t) for m in measure(overall, plan, turn.today))
        sections.append(Section("overall", t("results-overall"), (Bullets(lines),)))
    return Document(t("results-title"), t("results-subtitle", date=t.day(turn.today)), tuple(sections))

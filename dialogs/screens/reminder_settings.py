"""``/reminders``: on or off, the hour, the timezone, quiet hours and how many days before an action."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dialogs.core.replies import Question, Tone
from dialogs.core.screen import BaseScreen
from dialogs.core.turn import Turn
from dialogs.parsing.options import Option
from dialogs.parsing.reminder_inputs import parse_days, parse_quiet, parse_time, parse_timezone
from dialogs.parsing.text import InvalidAnswer
from domain.models import Reminders
from domain.reminder_schedule import in_quiet_hours, out_of_quiet_hours, zone
from domain.screen_state import ReminderSettings, ScreenKind, Setting, SettingName

TOGGLE = "toggle"
HOUR: SettingName = "at"
ZONE: SettingName = "timezone"
QUIET: SettingName = "quiet"
DAYS: SettingName = "days_before"
SETTINGS: tuple[SettingName, ...] = (HOUR, ZONE, QUIET, DAYS)


def describe(settings: Reminders, t: Any) -> str:
    """The settings in words."""
    quiet = (
        t("reminders-quiet", start=f"{settings.quiet_start:%H:%M}", end=f"{settings.quiet_end:%H:%M}")
        if settings.quiet_start and settings.quiet_end
        else t("reminders-no-quiet")
    )
    return t(
        "reminders-card",
        state=t("reminders-state-on" if settings.enabled else "reminders-state-off"),
        at=f"{settings.at:%H:%M}",
        timezone=settings.timezone,
        quiet=quiet,
        days=settings.days_before,
    )


class RemindersScreen(BaseScreen):
    """The settings card: what can be changed."""

    kind = ScreenKind.REMINDERS

    def show(self, turn: Turn) -> None:
        """The settings card."""
        text = describe(turn.s.reminders, turn.t)
        turn.open(
            ReminderSettings(), Question(key=self.kind.value, text=text, options=self.options(turn), free_text=False)
        )

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Turn on or off, and each setting."""
        t = turn.t
        toggle = "reminders-turn-off" if turn.s.reminders.enabled else "reminders-turn-on"
        return (
            Option(TOGGLE, t(toggle)),
            Option(HOUR, t("reminders-set-at")),
            Option(ZONE, t("reminders-set-timezone")),
            Option(QUIET, t("reminders-set-quiet")),
            Option(DAYS, t("reminders-set-days")),
        )

    def choose(self, turn: Turn, option: str) -> None:
        """Toggle reminders, or ask for the setting chosen."""
        if option == TOGGLE:
            enabled = not turn.s.reminders.enabled
            turn.update(reminders=turn.s.reminders.model_copy(update={"enabled": enabled}))
            turn.say("reminders-now-on" if enabled else "reminders-now-off", Tone.SUCCESS)
            self.show(turn)
            return
        name = next((name for name in SETTINGS if name == option), None)
        if name is None:
            self.refuse(turn)
            return
        turn.update(screen=Setting(name=name))
        SETTING.show(turn)


class SettingScreen(BaseScreen):
    """One setting's new value, typed."""

    kind = ScreenKind.SETTING

    def show(self, turn: Turn) -> None:
        """The setting's question."""
        state = turn.s.screen
        if not isinstance(state, Setting):
            return
        name = state.name
        question = Question(key=self.kind.value, text=turn.t(f"setting-{name}"), hint=turn.t(f"setting-{name}-hint"))
        turn.open(state, question)

    def typed(self, turn: Turn, text: str) -> None:
        """A new value for the setting being changed; then the settings card."""
        state = turn.s.screen
        assert isinstance(state, Setting)
        try:
            changes = _changes(state.name, text)
        except InvalidAnswer as error:
            turn.say(error.key, Tone.ERROR, **error.args_)
            self.show(turn)
            return
        turn.update(reminders=turn.s.reminders.model_copy(update=changes))
        turn.say("setting-saved", Tone.SUCCESS)
        _quiet_clash(turn)
        CARD.show(turn)


def _changes(name: SettingName, text: str) -> dict[str, Any]:
    """What a typed value changes in the settings."""
    if name == HOUR:
        return {"at": parse_time(text)}
    if name == ZONE:
        return {"timezone": parse_timezone(text)}
    if name == QUIET:
        quiet = parse_quiet(text)
        return {"quiet_start": quiet[0] if quiet else None, "quiet_end": quiet[1] if quiet else None}
    return {"days_before": parse_days(text)}


def _quiet_clash(turn: Turn) -> None:
    """Say when reminders will come if their hour falls within the quiet hours."""
    settings = turn.s.reminders
    if not (settings.quiet_start and settings.quiet_end):
        return
    if not in_quiet_hours(settings.at, settings.quiet_start, settings.quiet_end):
        return
    moment = out_of_quiet_hours(datetime.combine(turn.today, settings.at, tzinfo=zone(settings)), settings)
    turn.say(
        "setting-quiet-clash",
        at=f"{settings.at:%H:%M}",
        start=f"{settings.quiet_start:%H:%M}",
        end=f"{settings.quiet_end:%H:%M}",
        instead=f"{moment.astimezone(zone(settings)):%H:%M}",
    )


CARD = RemindersScreen()
SETTING = SettingScreen()


def reminders(turn: Turn) -> None:
    """``/reminders``: the settings card."""
    CARD.show(turn)

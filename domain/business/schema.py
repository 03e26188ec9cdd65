"""What a business model file holds: its numbers, its words in each language, its tactics and actions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from domain.business.families import Family
from domain.models import Cadence, KpiId, Language, ObjectiveKind, Plan, Sector, Tactic, Website
from domain.presets import PresetTexts, SectorPreset

Need = Literal["site", "no_site", "audience"]


class Frozen(BaseModel):
    """Base of the business model's records: frozen, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class ActionWords(Frozen):
    """An action in one language: what to do, who does it, and how to start."""

    title: str = Field(max_length=160)
    owner: str = Field(max_length=60)
    steps: tuple[str, ...] = Field(min_length=2, max_length=3)


class ModelAction(Frozen):
    """A concrete action a business model proposes for one of its tactics.

    Attributes:
        month: months after the plan starts when it begins (0 is the coming month); a seasonal action is placed
            on the model's key months instead.
        needs: a fact the action requires (a website, no website yet, an audience to write to).
        weight: what it costs, relative to the model's other actions (0 for what takes only time: a Google
            profile, asking for reviews); a tactic's share of the budget follows its actions' weights, and each
            action gets its part of it.
        weekday: the day of the week it happens on when that matters (5 for a Saturday-morning tasting), 0 = Monday.
        lead_weeks: for a seasonal action, how many weeks before its key month begins it starts (pre-orders for
            Epiphany open in mid-December).
    """

    tactic: Tactic
    cadence: Cadence
    month: int = Field(default=0, ge=0, le=11)
    objective: ObjectiveKind
    kpi: KpiId
    needs: Need | None = None
    weight: float = Field(default=1, ge=0)
    weekday: int | None = Field(default=None, ge=0, le=6)
    lead_weeks: int = Field(default=0, ge=0, le=8)
    fr: ActionWords
    en: ActionWords

    def words(self, lang: Language) -> ActionWords:
        """The action in a language."""
        return self.fr if lang is Language.FR else self.en

    def fits(self, plan: Plan) -> bool:
        """Whether the business's facts allow the action (unknown facts allow it)."""
        website = plan.facts.website
        if self.needs == "site":
            return website is not Website.NO
        if self.needs == "no_site":
            return website is Website.NO
        if self.needs == "audience":
            return plan.facts.audience is None or plan.facts.audience > 0
        return True


class ModelTexts(PresetTexts):
    """The words of a business model in one language.

    Attributes:
        label: how the model is named in a list of choices.
        words: what people call such a business ("boulangerie", "prof de yoga"), matched against their answer.
        sources: for each number of the model (``price_point``, ``margin``...), where it comes from, or that it is
            a rule of thumb.
        months: the months that matter (``"12"``: why).
        where: where each KPI is measured in this business, by KPI id, where it differs from the general place.
        capacity: the question asking for capacity, in the model's unit, when the model sells time or places.
        capacity_unit: the unit of capacity, as a phrase ("jours facturables par an").
    """

    label: str = Field(max_length=28)
    words: tuple[str, ...]
    sources: dict[str, str]
    months: dict[str, str] = Field(default_factory=dict)
    where: dict[KpiId, str] = Field(default_factory=dict)
    capacity: str | None = None
    capacity_unit: str | None = None


class BusinessModel(SectorPreset):
    """One business model: its numbers, its words in each language, its tactics and actions.

    Attributes:
        id: the file name, stored in the plan's profile.
        sector: the coarse family of activity it belongs to.
        family: how it sells, which decides its KPIs.
        cac: a usual acquisition cost for one new customer, in euros.
        win_rate: for pipeline sellers, the share of proposals won, in percent.
        trial_to_paid: for subscriptions, the share of trials that pay, in percent.
        churn: for subscriptions, the share of paying customers lost a month, in percent.
        capacity_per_year: how many of the capacity question's units make a year (52 for "a week").
        units_per_purchase: how much capacity one purchase uses (days of a mission, one place of a class).
        key_months: the months that matter, 1 to 12.
        unfit: tactics that do not suit the model (a till's loyalty card for a consultant); chosen anyway, they
            cost the plan points.
        actions: the concrete actions of its tactics.
    """

    id: str = ""
    sector: Sector
    family: Family
    cac: float = Field(gt=0)
    win_rate: float | None = Field(default=None, gt=0, le=100)
    trial_to_paid: float | None = Field(default=None, gt=0, le=100)
    churn: float | None = Field(default=None, gt=0, le=100)
    capacity_per_year: float | None = Field(default=None, gt=0)
    units_per_purchase: float = Field(default=1, gt=0)
    key_months: tuple[int, ...] = Field(min_length=1)
    unfit: tuple[Tactic, ...] = ()
    actions: tuple[ModelAction, ...] = Field(min_length=4)
    fr: ModelTexts
    en: ModelTexts

    def texts(self, lang: Language) -> ModelTexts:
        """The model's words in a language."""
        return self.fr if lang is Language.FR else self.en

    def of(self, tactic: Tactic) -> tuple[ModelAction, ...]:
        """The model's actions for a tactic."""
        return tuple(a for a in self.actions if a.tactic is tactic)

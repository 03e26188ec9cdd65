"""Every business model, through ``planbot chat``: an express and a complete interview give that model's own plan.

The answers are those of a hurried user (the first option, the suggested number); they are worked out against the
engine, then typed into the real command, whose printed plan is checked: the model's own actions and measurement
places, the KPIs of its way of selling, and nothing that belongs to another business (no till, tasting or giveaway
for a B2B seller, no proposals for a bakery).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.answers import Number
from dialogs.conversation import Conversation
from dialogs.core.replies import Question
from dialogs.core.steps import StepId
from dialogs.phases.interview import FLOW
from domain.business import FAMILY_KPIS, Family, business, names
from domain.i18n import catalog
from domain.models import KpiId, Language
from domain.storage import Store
from tests.chat import Chat, Clock
from tests.console import chat

FR = catalog(Language.FR)

OWN_KPIS: dict[Family, tuple[KpiId, ...]] = {
    Family.SHOP: (KpiId.AVERAGE_TICKET,),
    Family.ONLINE: (KpiId.CONVERSION_RATE, KpiId.ORDERS),
    Family.PIPELINE: (KpiId.PROPOSALS, KpiId.WIN_RATE, KpiId.MEETINGS),
    Family.SERVICE: (KpiId.TRIALS,),
    Family.SUBSCRIPTION: (KpiId.TRIALS, KpiId.TRIAL_TO_PAID, KpiId.MRR, KpiId.CAC_PAYBACK),
}
"""KPIs each way of selling must be measured by, whatever its tactics."""

FOREIGN_WORDS: dict[Family, tuple[str, ...]] = {
    Family.PIPELINE: ("caisse", "dégustation", "jeu-concours", "compteur de passage", "carte à tampons"),
    Family.SUBSCRIPTION: ("caisse", "dégustation", "jeu-concours", "compteur de passage", "carte à tampons"),
    Family.SHOP: ("propositions envoyées", "taux de signature"),
    Family.ONLINE: ("propositions envoyées", "taux de signature", "compteur de passage"),
    Family.SERVICE: ("propositions envoyées", "compteur de passage", "jeu-concours"),
}
"""Words of another business that must not appear in a plan (all its sections, lower-cased)."""


def hurried(question: Question) -> str:
    """What a hurried user types: the first option (two in a list), the suggested number, or a few words."""
    if question.options:
        if question.numbered:
            return "1,2" if question.multi else "1"
        return question.options[0].label
    step = FLOW.steps.get(StepId(question.key.split(":")[0]))
    if step is not None and isinstance(step.field, Number):
        return "100"
    return "Une réponse précise"


def answers(model: str, mode: str) -> list[str]:
    """The answers of a hurried user of that model, worked out against the engine."""
    found = Chat(Conversation(Store(), Clock()), user_id=1, lang=Language.FR)
    typed = ["Entreprise Test", mode, str(names().index(model) + 1)]
    found.send("/start")
    found.answer(*typed)
    while found.session.finished_at is None:
        line = hurried(found.question)
        found.answer(line)
        typed.append(line)
    return typed


def kpi_names(plan_text: str) -> set[KpiId]:
    """The KPIs listed in the printed plan's last KPI section."""
    section = plan_text[plan_text.rindex("─── INDICATEURS À SUIVRE") :]
    return {kpi for kpi in KpiId if f"• {FR(f'kpi-{kpi}')} ·" in section or f"• {FR(f'kpi-{kpi}')}\n" in section}


@pytest.mark.parametrize("mode", ["1", "2"], ids=["express", "complete"])
@pytest.mark.parametrize("model", names())
def test_each_business_model_gets_its_own_plan_through_planbot_chat(tmp_path: Path, model: str, mode: str) -> None:
    found = business(model)
    out = chat(tmp_path / "p.db", [*answers(model, mode), "/plan"])
    plan = out[out.rindex("Plan marketing · Entreprise Test") :]
    assert "votre plan marketing est prêt" in out
    titles = [a.fr.title.split("{target}")[0] for a in found.actions]
    assert sum(title in plan for title in titles) >= 2, "the model's own actions"
    assert any(place in plan for place in found.fr.where.values()), "measured where this business measures"
    listed = kpi_names(plan)
    assert set(OWN_KPIS[found.family]) & listed, f"{model}: {sorted(listed)}"
    assert not listed - FAMILY_KPIS[found.family], "no KPI of another way of selling"
    lowered = plan.lower()
    assert not [word for word in FOREIGN_WORDS[found.family] if word in lowered]
    assert "Cible : ≥ 0," not in plan, "no fraction of a person as a target"

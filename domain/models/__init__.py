"""The marketing plan: immutable, typed records of everything the entrepreneur answers.

One module per part of the plan; everything is imported from here (``from domain.models import Plan``).
"""

from domain.models.company import Facts, Market, Mode, Profile, Sector, Stage, Website
from domain.models.goals import METRICS, Metric, Objective, ObjectiveKind
from domain.models.indicators import KpiId
from domain.models.languages import Language
from domain.models.marketing_mix import (
    BudgetShare,
    Channel,
    Mix,
    Place,
    Price,
    PriceStrategy,
    Product,
    Promotion,
    Tactic,
)
from domain.models.plan import Plan
from domain.models.plan_action import Action, ActionStatus, Cadence
from domain.models.preferences import Reminders
from domain.models.record import Rating, Record, Texts
from domain.models.reported import Result
from domain.models.situation import Competitor, Diagnosis
from domain.models.strategy import Positioning, Segment

__all__ = [
    "METRICS",
    "Action",
    "ActionStatus",
    "BudgetShare",
    "Cadence",
    "Channel",
    "Competitor",
    "Diagnosis",
    "Facts",
    "KpiId",
    "Language",
    "Market",
    "Metric",
    "Mix",
    "Mode",
    "Objective",
    "ObjectiveKind",
    "Place",
    "Plan",
    "Positioning",
    "Price",
    "PriceStrategy",
    "Product",
    "Profile",
    "Promotion",
    "Rating",
    "Record",
    "Reminders",
    "Result",
    "Sector",
    "Segment",
    "Stage",
    "Tactic",
    "Texts",
    "Website",
]

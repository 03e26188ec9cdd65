"""Business models, as data: what a plan is built from, one file each in this folder (``<id>.toml``).

A business model says who buys, what a customer is worth, how they are usually won, which tactics and actions
suit it (with their cadence, owner, first steps and KPI), where each KPI is measured and which months matter.
Numbers carry their source, or say they are a rule of thumb. Everything is imported from here
(``from domain.business import model_of``).
"""

from domain.business.families import COMMON, FAMILY_KPIS, Family
from domain.business.loading import LEGACY, MODELS, business, market_of, model_of, names
from domain.business.recognition import fold, recognise
from domain.business.schema import ActionWords, BusinessModel, Frozen, ModelAction, ModelTexts, Need

__all__ = [
    "COMMON",
    "FAMILY_KPIS",
    "LEGACY",
    "MODELS",
    "ActionWords",
    "BusinessModel",
    "Family",
    "Frozen",
    "ModelAction",
    "ModelTexts",
    "Need",
    "business",
    "fold",
    "market_of",
    "model_of",
    "names",
    "recognise",
]

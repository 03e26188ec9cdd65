"""Phase 7: the annual action plan, from the business model's actions for each chosen tactic.

Everything is imported from here (``from domain.action_plan import propose``).
"""

from domain.action_plan.general import ActionPreset, Wording, action_presets
from domain.action_plan.merging import key, merge
from domain.action_plan.proposals import propose, whole_euros
from domain.action_plan.selection import tactic_weights

__all__ = ["ActionPreset", "Wording", "action_presets", "key", "merge", "propose", "tactic_weights", "whole_euros"]

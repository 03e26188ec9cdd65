"""The whole interview: the phases' steps assembled in the method's order."""

from __future__ import annotations

from dialogs import actions, diagnosis, mix, objectives, positioning, profile, segmentation, targeting
from dialogs.flow import Flow

PHASES = (profile, diagnosis, objectives, segmentation, targeting, positioning, mix, actions)

FLOW = Flow([(module.PHASE, module.STEPS) for module in PHASES])

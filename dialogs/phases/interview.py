"""The whole interview: the phases' steps assembled in the method's order."""

from __future__ import annotations

from dialogs.core.flow import Flow
from dialogs.phases import actions, diagnosis, mix, objectives, positioning, profile, segmentation, targeting
from dialogs.phases.defaults import default

PHASES = (profile, diagnosis, objectives, segmentation, targeting, positioning, mix, actions)

FLOW = Flow([(module.PHASE, module.STEPS) for module in PHASES], presets=default)

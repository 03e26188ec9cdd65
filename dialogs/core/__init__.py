"""The dialog core: events and replies, the flow of steps, the turn and the engine; no screen, no phase."""

"""The core of planbot: the plan model, its rules and rendering, and its storage."""

"""The kinds of answer a step asks for, each reading what users type and tap."""

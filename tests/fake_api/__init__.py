"""Tests of the fake Telegram Bot API (tests/fakebot)."""

"""The Telegram transport: python-telegram-bot handlers that translate updates to the engine and back."""

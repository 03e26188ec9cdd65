"""Transports and the composition root: the console chat, the command line and Telegram."""

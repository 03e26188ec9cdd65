"""A fake Telegram Bot API for planbot's tests: one core, an in-process and an HTTP front-end."""

from .clock import FakeClock
from .core import ApiResponse, FakeTelegram
from .errors import ApiError
from .http import FakeTelegramServer
from .params import UploadedFile
from .request import FakeRequest, deliver, wait_until
from .state import DEFAULT_TOKEN, Call, Upload

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "ApiResponse",
    "Call",
    "FakeClock",
    "FakeRequest",
    "FakeTelegram",
    "FakeTelegramServer",
    "Upload",
    "UploadedFile",
    "deliver",
    "wait_until",
]

"""FakeRequest: PTB's request interface answered in-process by a FakeTelegram (no sockets)."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import re
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from .core import ApiResponse, FakeTelegram
from .params import UploadedFile, decode_params

JSONDict = dict[str, Any]
T = TypeVar("T")

_API_PATH = re.compile(r"/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)/?$")
_FILE_PATH = re.compile(r"/file/bot(?P<token>[^/]+)/(?P<path>.+)$")


def _files(request_data: RequestData | None) -> dict[str, UploadedFile]:
    files: dict[str, UploadedFile] = {}
    if request_data is None or not request_data.contains_files:
        return files
    for part, field in request_data.multipart_data.items():
        filename, content, mime_type = field[0], field[1], field[2] if len(field) > 2 else None
        data = content if isinstance(content, bytes) else content.read()
        files[part] = UploadedFile(filename or part, data, mime_type or "application/octet-stream")
    return files


class FakeRequest(BaseRequest):
    """A ``telegram.request.BaseRequest`` whose Bot API is a :class:`FakeTelegram`.

    Use one instance per PTB slot, both on the same core::

        ApplicationBuilder().token(core.token).request(FakeRequest(core)).get_updates_request(FakeRequest(core))

    The URL's last segment is the method and the ``bot<token>`` segment the token (checked:
    a wrong token answers 401), so any ``base_url`` works. Parameters are taken from
    ``RequestData.json_parameters`` (exactly the strings PTB would put on the wire) and files
    from ``RequestData.multipart_data``. ``getUpdates`` with ``timeout`` > 0 waits without
    blocking the event loop until an update arrives (or the timeout passes); cancelling the
    awaiting task (PTB's ``Updater.stop``) ends the wait at once. File downloads from the
    file base URL (``/file/bot<token>/<file_path>``) return the stored bytes.

    Args:
        core: The fake Telegram answering the requests.
        read_timeout: Reported as the default read timeout (PTB adds it to long-poll timeouts).
        max_long_poll: Cap in seconds on a long poll's wait.

    """

    def __init__(self, core: FakeTelegram, *, read_timeout: float | None = 5.0, max_long_poll: float = 50.0) -> None:
        self._core = core
        self._read_timeout = read_timeout
        self._max_long_poll = max_long_poll
        self._initialized = False

    @property
    def core(self) -> FakeTelegram:
        """The fake Telegram behind this request object."""
        return self._core

    @property
    def read_timeout(self) -> float | None:
        """See :attr:`telegram.request.BaseRequest.read_timeout`."""
        return self._read_timeout

    async def initialize(self) -> None:
        """See :meth:`telegram.request.BaseRequest.initialize` (nothing to open)."""
        self._initialized = True

    async def shutdown(self) -> None:
        """See :meth:`telegram.request.BaseRequest.shutdown` (nothing to close)."""
        self._initialized = False

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """See :meth:`telegram.request.BaseRequest.do_request`: answer from the fake core."""
        path = unquote(urlsplit(url).path)
        download = _FILE_PATH.search(path)
        if download is not None:
            content = self._core.file_content(download["path"])
            if download["token"] != self._core.token or content is None:
                return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'
            return 200, content
        match = _API_PATH.search(path)
        if match is None:
            return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'
        params = request_data.json_parameters if request_data is not None else {}
        if match["method"].lower() == "getupdates":
            response = await self._get_updates(params, match["token"])
        else:
            response = self._core.call(match["method"], params, _files(request_data), token=match["token"])
        return response.status, response.payload

    async def _get_updates(self, params: dict[str, str], token: str) -> ApiResponse:
        values = decode_params(params)
        timeout = values.get("timeout")
        wait = min(float(timeout), self._max_long_poll) if isinstance(timeout, int | float) else 0.0
        if wait <= 0:
            return self._core.call("getUpdates", params, token=token)
        offset = values.get("offset")
        first = offset if isinstance(offset, int) and offset > 0 else 0
        loop = asyncio.get_running_loop()
        changed = asyncio.Event()

        def on_change() -> None:
            with contextlib.suppress(RuntimeError):  # a closed loop has nobody waiting any more
                loop.call_soon_threadsafe(changed.set)

        ticket = self._core.begin_poll()
        unsubscribe = self._core.subscribe(on_change)
        answered = False
        try:
            deadline = loop.time() + wait
            while True:
                changed.clear()  # before the check, so a change after it is not missed
                if self._core.poll_ready(ticket, first) or loop.time() >= deadline:
                    break
                try:
                    await asyncio.wait_for(changed.wait(), deadline - loop.time())
                except TimeoutError:
                    break
            answered = True
        finally:
            unsubscribe()
            if not answered:  # cancelled, e.g. by Updater.stop()
                self._core.abandon_poll()
        return self._core.finish_poll(ticket, params, token=token)


async def deliver(app: Application[Any, Any, Any, Any, Any, Any], update: JSONDict) -> None:
    """Feed one update dict (as returned by ``FakeTelegram.send_text``/``tap``...) to an Application.

    The Application must be initialized (``async with app:``); handlers run before this returns.
    """
    await app.process_update(Update.de_json(copy.deepcopy(update), app.bot))


async def wait_until(
    core: FakeTelegram,
    predicate: Callable[[], T | None],
    timeout: float = 5.0,  # noqa: ASYNC109 - a default deadline keeps a broken test from hanging
) -> T:
    """Await until ``predicate()`` is truthy, re-checking after each change of the fake.

    The asyncio twin of ``FakeTelegram.wait_for``, for in-process tests where the bot runs on
    the same event loop (a blocking wait would freeze it).

    Raises:
        TimeoutError: If it is still falsy after ``timeout`` seconds.

    """
    loop = asyncio.get_running_loop()
    changed = asyncio.Event()

    def on_change() -> None:
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(changed.set)

    unsubscribe = core.subscribe(on_change)
    try:
        async with asyncio.timeout(timeout):
            while True:
                changed.clear()
                result = predicate()
                if result:
                    return result
                await changed.wait()
    except TimeoutError:
        raise TimeoutError(f"condition not met within {timeout} s") from None
    finally:
        unsubscribe()

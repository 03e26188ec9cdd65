"""FakeTelegramServer: the fake Bot API over real HTTP on 127.0.0.1, with webhook delivery."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx

from . import control
from .core import ApiResponse, FakeTelegram, WebhookDelivery
from .wire import parse_body

_API_PATH = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)/?$")
_FILE_PATH = re.compile(r"^/file/bot(?P<token>[^/]+)/(?P<path>.+)$")
_CONTROL_PATH = re.compile(r"^/control/(?P<name>[a-z_]+)/?$")
_NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}


class _Server(ThreadingHTTPServer):
    """Keeps track of open connections so ``stop`` can cut idle keep-alive ones."""

    daemon_threads = False  # joined on server_close: no thread outlives the server
    block_on_close = True

    def __init__(self, owner: FakeTelegramServer) -> None:
        self.owner = owner
        self.connections: set[socket.socket] = set()
        self.busy: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-request (a killed bot) is no error of the server's: stay quiet about it."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            super().handle_error(request, client_address)

    def cut_idle_connections(self) -> None:
        """Shut idle keep-alive sockets so their handler threads end; busy ones finish and close."""
        with self.connections_lock:
            for connection in list(self.connections - self.busy):
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stalls
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: tests read the fake's ``calls`` instead."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        """Handle a request with the connection marked busy, so ``stop`` lets the answer out."""
        with self.server.connections_lock:
            self.server.busy.add(self.connection)
        try:
            self._dispatch()
        finally:
            with self.server.connections_lock:
                self.server.busy.discard(self.connection)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while (size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)) > 0:
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            self.rfile.readline()
            return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _dispatch(self) -> None:
        owner = self.server.owner
        url = urlsplit(self.path)
        path = unquote(url.path)
        body = self._read_body()
        if api := _API_PATH.match(path):
            try:
                params, files = parse_body(url.query, self.headers.get("Content-Type"), body)
            except ValueError as exc:
                self._send(400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"})
                return
            self._answer(owner.api_call(api["method"], params, files, api["token"]))
        elif download := _FILE_PATH.match(path):
            content = owner.core.file_content(download["path"])
            if download["token"] != owner.core.token or content is None:
                self._send(404, _NOT_FOUND)
            else:
                self._send_bytes(200, content, "application/octet-stream")
        elif route := _CONTROL_PATH.match(path):
            data: dict[str, Any] = dict(parse_qsl(url.query))
            try:
                decoded = json.loads(body.decode("utf-8")) if body else {}
                if not isinstance(decoded, dict):
                    raise ValueError("expected a JSON object")
                data.update(decoded)
            except ValueError as exc:
                self._send(400, {"ok": False, "error_code": 400, "description": f"invalid JSON body: {exc}"})
                return
            self._send(*control.handle(owner.core, self.command, route["name"], data))
        else:
            self._send(404, _NOT_FOUND)

    def _answer(self, response: ApiResponse) -> None:
        self._send_bytes(response.status, response.payload, "application/json")

    def _send(self, status: int, body: dict[str, Any]) -> None:
        self._send_bytes(status, json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json")

    def _send_bytes(self, status: int, payload: bytes, mime: str) -> None:
        try:
            self.send_response(status)
            if self.server.owner.stopping:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.send_header("Content-Type", mime)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except OSError:  # the client went away (e.g. a superseded long poll)
            self.close_connection = True


class FakeTelegramServer:
    """Serve a :class:`FakeTelegram` at ``http://127.0.0.1:<free port>``.

    * ``/bot<token>/<method>``: the Bot API; GET query, form-urlencoded, JSON and multipart
      bodies. ``getUpdates`` with ``timeout`` > 0 long-polls (capped by ``max_long_poll``).
    * ``/file/bot<token>/<file_path>``: file downloads.
    * ``/control/...``: see :mod:`tests.fakebot.control`.
    * Webhook: while the bot has a webhook set, a worker thread POSTs each pending update as
      JSON (with ``X-Telegram-Bot-Api-Secret-Token``), in order. A failed delivery is retried
      with a short backoff up to ``webhook_attempts`` times, then dropped; the error shows in
      ``getWebhookInfo.last_error_message`` like on Telegram.

    Use it as a context manager (or call :meth:`start`/:meth:`stop`); stopping wakes long
    polls, cuts keep-alive connections and joins every thread.

    Args:
        core: The fake Telegram to serve.
        max_long_poll: Cap in seconds on a long poll's wait.
        webhook_attempts: Delivery attempts per update before giving up on it.

    """

    def __init__(self, core: FakeTelegram, *, max_long_poll: float = 50.0, webhook_attempts: int = 5) -> None:
        self.core = core
        self._max_long_poll = max_long_poll
        self._webhook_attempts = webhook_attempts
        self._stop = threading.Event()
        self._server: _Server | None = None
        self._threads: list[threading.Thread] = []
        self._client: httpx.Client | None = None

    @property
    def stopping(self) -> bool:
        """Whether :meth:`stop` has begun (connections then close after their answer)."""
        return self._stop.is_set()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        if self._server is None:
            raise RuntimeError("the server is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        """What PTB's ``base_url`` (and planbot's TELEGRAM_API_BASE_URL) takes: ``<url>/bot``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """What PTB's ``base_file_url`` takes: ``<url>/file/bot``."""
        return f"{self.url}/file/bot"

    def start(self) -> FakeTelegramServer:
        """Bind a free port and serve in background threads; returns ``self``."""
        if self._server is not None:
            raise RuntimeError("already started")
        self._stop.clear()
        self._server = _Server(self)
        self._client = httpx.Client(trust_env=False, timeout=5.0)
        self._threads = [
            threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fakebot-http"),
            threading.Thread(target=self._deliver_webhooks, name="fakebot-webhook"),
        ]
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release every thread, socket and client."""
        server, client = self._server, self._client
        if server is None or client is None:
            return
        self._stop.set()
        self.core.wake()
        server.shutdown()
        server.cut_idle_connections()
        server.server_close()
        for thread in self._threads:
            thread.join()
        client.close()
        self._server, self._client, self._threads = None, None, []

    def __enter__(self) -> FakeTelegramServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def api_call(self, method: str, params: dict[str, Any], files: Any, token: str) -> ApiResponse:
        """Answer one Bot API request (long-polling ``getUpdates`` when asked to)."""
        if method.lower() == "getupdates":
            return self.core.long_poll(params, token=token, max_wait=self._max_long_poll, stop=self._stop)
        return self.core.call(method, params, files, token=token)

    def _deliver_webhooks(self) -> None:
        attempts: dict[int, int] = {}
        while not self._stop.is_set():
            delivery = self.core.next_webhook_delivery(self._stop)
            if delivery is None:
                continue
            update_id = delivery.update["update_id"]
            error = self._post(delivery)
            if error is None:
                attempts.pop(update_id, None)
                self.core.webhook_result(update_id)
                continue
            attempts[update_id] = attempts.get(update_id, 0) + 1
            give_up = attempts[update_id] >= self._webhook_attempts
            self.core.webhook_result(update_id, error, give_up=give_up)
            if not give_up:
                self._stop.wait(min(1.0, 0.02 * 2 ** attempts[update_id]))

    def _post(self, delivery: WebhookDelivery) -> str | None:
        assert self._client is not None
        headers = {"Content-Type": "application/json"}
        if delivery.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = delivery.secret_token
        try:
            response = self._client.post(delivery.url, content=json.dumps(delivery.update), headers=headers)
        except httpx.HTTPError as exc:
            return f"Connection failed: {type(exc).__name__}"
        if 200 <= response.status_code < 300:
            return None
        return f"Wrong response from the webhook: {response.status_code} {response.reason_phrase}"

"""A real python-telegram-bot Bot and Application against the fake, in-process and over HTTP."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Conflict, EndPointNotFound, Forbidden, InvalidToken, RetryAfter
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes

from tests.fake_api.common import USER, JSONDict, keyboard, last, send
from tests.fakebot import FakeRequest, FakeTelegram, FakeTelegramServer, deliver, wait_until

# --- A real PTB Bot, in-process ----------------------------------------------------------------


async def test_a_ptb_bot_talks_to_the_fake_in_process(core: FakeTelegram, bot: Bot) -> None:
    assert bot.username == "planbot_test_bot"
    sent = await bot.send_message(
        USER,
        "<b>Diagnostic</b> prêt",
        parse_mode="HTML",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Voir", callback_data="diag:show")]]),
    )
    assert sent.text == "Diagnostic prêt"
    assert core.buttons(core.last_message(USER)) == [("Voir", "diag:show")]
    core.tap(USER, sent.message_id, "diag:show")
    (update,) = await bot.get_updates(timeout=1)
    assert update.callback_query is not None
    assert await update.callback_query.answer("OK") is True
    assert core.calls_to("answerCallbackQuery")[0].params["text"] == "OK"
    scope = BotCommandScopeAllPrivateChats()
    assert await bot.set_my_commands([BotCommand("plan", "Mon plan")], scope=scope, language_code="fr")
    assert await bot.get_my_commands(scope=scope, language_code="fr") == (BotCommand("plan", "Mon plan"),)


async def test_ptb_raises_its_own_exceptions_for_the_fakes_errors(core: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)^message is too long$"):
        await bot.send_message(USER, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
        await bot.send_message(USER, "<p>x</p>", parse_mode="HTML")
    core.block(USER)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "x")
    core.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as retry:
        await bot.send_message(USER, "x")
    assert retry.value.retry_after == dt.timedelta(seconds=3)
    core.conflict_polling()
    with pytest.raises(Conflict):
        await bot.get_updates()


async def test_a_method_the_fake_lacks_looks_like_a_bad_token_to_ptb(core: FakeTelegram, bot: Bot) -> None:
    # Telegram answers 404 "Not Found" for unknown methods; PTB maps 404 to InvalidToken,
    # except in do_api_request, which raises EndPointNotFound.
    with pytest.raises(InvalidToken, match="Not Found"):
        await bot.edit_message_caption(USER, 1, caption="x")
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")


async def test_a_long_poll_in_process_returns_as_soon_as_a_user_writes(core: FakeTelegram, bot: Bot) -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, core.send_text, USER, "hello")
    started = time.monotonic()
    (update,) = await bot.get_updates(timeout=10)
    assert time.monotonic() - started < 5
    assert update.message is not None
    assert update.message.text == "hello"


async def test_a_ptb_bot_uploads_and_downloads_files_in_process(core: FakeTelegram, bot: Bot) -> None:
    sent = await bot.send_document(USER, b"Plan marketing", filename="plan.txt", caption="Votre plan")
    assert sent.document is not None
    assert (sent.document.file_name, sent.document.file_size, sent.caption) == ("plan.txt", 14, "Votre plan")
    assert core.uploads(USER)[0].content == b"Plan marketing"
    incoming = core.send_document(USER, "brief.txt", b"brief")["message"]["document"]
    file = await bot.get_file(incoming["file_id"])
    assert bytes(await file.download_as_bytearray()) == b"brief"


def _build_app(core: FakeTelegram) -> Application[Any, Any, Any, Any, Any, Any]:
    app = (
        ApplicationBuilder().token(core.token).request(FakeRequest(core)).get_updates_request(FakeRequest(core)).build()
    )

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Commencer", callback_data="go")]])
        await update.effective_message.reply_text("Bienvenue", reply_markup=markup)

    async def go(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("C'est parti")

    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(go))
    return app


async def test_an_application_handles_updates_delivered_in_process(core: FakeTelegram) -> None:
    app = _build_app(core)
    async with app:
        await deliver(app, core.send_text(USER, "/start"))
        welcome = last(core)
        assert welcome["text"] == "Bienvenue"
        await deliver(app, core.tap(USER, welcome["message_id"], "go"))
    assert core.messages(USER)[-1]["text"] == "C'est parti"
    assert core.buttons(core.last_message(USER)) == []


async def test_an_application_polling_the_fake_answers_a_user(core: FakeTelegram) -> None:
    app = _build_app(core)
    async with app:
        assert app.updater is not None
        await app.updater.start_polling(timeout=10)
        await app.start()
        core.send_text(USER, "/start")
        welcome = await wait_until(core, lambda: core.last_message(USER))
        core.tap(USER, welcome["message_id"], "go")
        await wait_until(core, lambda: core.messages(USER)[-1].get("edit_date"))
        await app.updater.stop()
        await app.stop()
    assert core.pending_updates() == []


# --- Over HTTP ---------------------------------------------------------------------------------


async def test_a_ptb_bot_talks_to_the_fake_over_http(core: FakeTelegram, http_bot: Bot) -> None:
    assert (await http_bot.get_me()).username == "planbot_test_bot"
    sent = await http_bot.send_message(
        USER,
        "Objectifs",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("OK", callback_data="ok")]]),
    )
    core.tap(USER, sent.message_id, "ok")
    (update,) = await http_bot.get_updates()
    assert update.callback_query is not None
    assert await update.callback_query.answer("Enregistré") is True
    assert await http_bot.set_my_commands([BotCommand("start", "Commencer")])
    assert core.commands() == [{"command": "start", "description": "Commencer"}]
    doc = await http_bot.send_document(USER, b"\x00\x01binary", filename="plan.bin")
    assert core.uploads(USER)[0].content == b"\x00\x01binary"
    assert doc.document is not None
    file = await http_bot.get_file(doc.document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"\x00\x01binary"
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await http_bot.send_message(
            USER,
            "k",
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 33)]]),
        )


async def test_a_long_poll_over_http_returns_as_soon_as_a_user_writes(core: FakeTelegram, http_bot: Bot) -> None:
    asyncio.get_running_loop().call_later(0.1, core.send_text, USER, "je suis là")
    started = time.monotonic()
    (update,) = await http_bot.get_updates(timeout=10)
    assert time.monotonic() - started < 5
    assert update.message is not None
    assert update.message.text == "je suis là"


def test_http_accepts_query_form_json_and_multipart(core: FakeTelegram, server: FakeTelegramServer) -> None:
    api = f"{server.base_url}{core.token}"
    with httpx.Client(trust_env=False) as client:
        assert client.get(f"{api}/getMe").json()["result"]["is_bot"] is True
        assert client.get(f"{api}/sendMessage", params={"chat_id": USER, "text": "q"}).status_code == 200
        assert client.post(f"{api}/sendMessage", data={"chat_id": str(USER), "text": "form"}).status_code == 200
        sent = client.post(f"{api}/sendMessage", json={"chat_id": USER, "text": "json", "reply_markup": keyboard("a")})
        assert sent.json()["result"]["reply_markup"] == keyboard("a")
        files = {"document": ("r.csv", b"a,b\n1,2\n", "text/csv")}
        doc = client.post(f"{api}/sendDocument", data={"chat_id": str(USER), "caption": "CSV"}, files=files)
        assert doc.json()["result"]["document"]["mime_type"] == "text/csv"
        wrong = client.post(f"{server.base_url}1:bad/getMe")
        assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")
        assert client.get(f"{server.url}/elsewhere").status_code == 404
    assert [m.get("text") for m in core.messages(USER)] == ["q", "form", "json", None]


def test_the_control_api_drives_the_fake_from_another_process(core: FakeTelegram, server: FakeTelegramServer) -> None:
    control = f"{server.url}/control"
    with httpx.Client(trust_env=False) as client:
        assert client.post(f"{control}/users", json={"user_id": 7, "first_name": "Bo"}).json()["ok"] is True
        update = client.post(f"{control}/send", json={"user_id": 7, "text": "/start"}).json()["result"]
        assert update["message"]["text"] == "/start"
        send(core, "pick", reply_markup=keyboard("x"))
        message_id = last(core)["message_id"]
        tap = client.post(f"{control}/tap", json={"user_id": USER, "message_id": message_id, "callback_data": "x"})
        assert tap.json()["result"]["callback_query"]["data"] == "x"
        assert client.get(f"{control}/messages", params={"chat_id": USER}).json()["result"][0]["text"] == "pick"
        assert (
            client.get(f"{control}/calls", params={"method": "sendMessage"}).json()["result"][0]["params"]["text"]
            == "pick"
        )
        client.post(f"{control}/fail", json={"method": "sendMessage", "error_code": 500})
        assert send(core, "x")[0] == 500
        client.post(f"{control}/block", json={"user_id": USER})
        assert send(core, "x")[0] == 403
        client.post(f"{control}/unblock", json={"user_id": USER})
        assert send(core, "x")[0] == 200
        bad = client.post(f"{control}/tap", json={"user_id": USER, "message_id": 999, "callback_data": "x"})
        assert bad.status_code == 400
        assert client.post(f"{control}/send", content=b"{not json").status_code == 400


class _Receiver:
    """A local webhook endpoint that records deliveries and fails the first ``failures`` of them."""

    def __init__(self, failures: int) -> None:
        self.bodies: list[JSONDict] = []
        self.secrets: list[str | None] = []
        self.failures = failures
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.secrets.append(self.headers.get("X-Telegram-Bot-Api-Secret-Token"))
                status = 500 if receiver.failures > 0 else 200
                receiver.failures -= 1
                if status == 200:
                    receiver.bodies.append(json.loads(body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05})

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"

    def __enter__(self) -> _Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


def test_updates_are_posted_to_the_webhook_with_the_secret_token(
    core: FakeTelegram, server: FakeTelegramServer
) -> None:
    with _Receiver(failures=1) as receiver:
        assert core.call("setWebhook", {"url": receiver.url, "secret_token": "planbot-s3cret"}).result is True
        update = core.send_text(USER, "par webhook")
        core.wait_for(lambda: not core.pending_updates())
    assert receiver.bodies == [update]
    assert receiver.secrets == ["planbot-s3cret", "planbot-s3cret"]
    assert core.webhook_info()["last_error_message"] == "Wrong response from the webhook: 500 Internal Server Error"


async def test_a_ptb_application_receives_updates_by_webhook(core: FakeTelegram, server: FakeTelegramServer) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = ApplicationBuilder().token(core.token).base_url(server.base_url).base_file_url(server.base_file_url).build()

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Bienvenue")

    app.add_handler(CommandHandler("start", start))
    async with app:
        assert app.updater is not None
        await app.updater.start_webhook(
            listen="127.0.0.1", port=port, url_path="hook", webhook_url=f"http://127.0.0.1:{port}/hook",
            secret_token="planbot-s3cret",
        )  # fmt: skip
        await app.start()
        assert core.webhook_info()["url"] == f"http://127.0.0.1:{port}/hook"
        core.send_text(USER, "/start")
        await wait_until(core, lambda: core.last_message(USER))
        await app.updater.stop()
        await app.stop()
    assert last(core)["text"] == "Bienvenue"


async def test_stopping_the_server_ends_a_long_poll_at_once(
    core: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    before = set(threading.enumerate())
    server = FakeTelegramServer(core).start()
    async with Bot(core.token, base_url=server.base_url) as http_bot:
        poll = asyncio.create_task(http_bot.get_updates(timeout=30))
        await wait_until(core, lambda: core.waiting_polls)
        started = time.monotonic()
        await asyncio.to_thread(server.stop)
        assert await poll == ()
        assert time.monotonic() - started < 2
    leftover = set(threading.enumerate()) - before
    assert not [t.name for t in leftover if not t.name.startswith("asyncio_")]  # to_thread's pool stays

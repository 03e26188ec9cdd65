"""Bot API methods that send, edit and delete messages, answer callbacks and upload files."""

from __future__ import annotations

import copy
import struct
from typing import Any

from . import errors
from .html import ParsedText
from .limits import check_reply_markup
from .params import Params, UploadedFile
from .state import State, StoredFile, Upload
from .text import check_caption, check_text, format_text, with_text

JSONDict = dict[str, Any]

CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    }
)  # fmt: skip
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_CALLBACK_ANSWER = 200
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")


def _format(st: State, params: Params, key: str) -> ParsedText:
    entities_key = "entities" if key == "text" else "caption_entities"
    return format_text(
        params.get(key),
        params.get("parse_mode"),
        params.get(entities_key),
        strict_html=st.options.strict_html,
    )


def _inline(markup: JSONDict | None) -> JSONDict | None:
    return markup if markup is not None and "inline_keyboard" in markup else None


def _new_bot_message(st: State, chat: JSONDict, params: Params, markup: JSONDict | None) -> JSONDict:
    reply_to = _reply_target(st, chat["id"], params)
    st.throttle(chat["id"])
    message = st.new_message(chat, st.bot_user)
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    if _inline(markup) is not None:
        message["reply_markup"] = markup
    elif markup is not None:
        st.reply_keyboards[chat["id"]] = None if markup.get("remove_keyboard") else markup
    return message


def _reply_target(st: State, chat_id: int, params: Params) -> JSONDict | None:
    reply = params.get("reply_parameters")
    target = reply.get("message_id") if isinstance(reply, dict) else params.get("reply_to_message_id")
    if target is None:
        return None
    if isinstance(target, bool) or not isinstance(target, int):
        raise errors.bad_request("invalid reply_to_message_id specified")
    found = st.find(chat_id, target)
    lenient = params.get_bool("allow_sending_without_reply") or (
        isinstance(reply, dict) and reply.get("allow_sending_without_reply") is True
    )
    if found is None and not lenient:
        raise errors.bad_request("message to be replied not found")
    if found is None:
        return None
    quoted = copy.deepcopy(found)
    quoted.pop("reply_to_message", None)
    return quoted


def send_message(st: State, params: Params) -> JSONDict:
    """``sendMessage``: text 1–4096 characters after entity parsing, optional keyboard."""
    chat = st.target_chat(params)
    parsed = _format(st, params, "text")
    check_text(parsed)
    markup = check_reply_markup(params.get("reply_markup"))
    message = _new_bot_message(st, chat, params, markup)
    return st.store(with_text(message, parsed))


def _editable(st: State, params: Params) -> JSONDict:
    if params.has("inline_message_id"):
        raise errors.bad_request("MESSAGE_ID_INVALID")
    chat = st.target_chat(params)
    message = st.find(chat["id"], params.get_int("message_id"))
    if message is None:
        raise errors.bad_request(errors.EDIT_NOT_FOUND)
    if message.get("from", {}).get("id") != st.bot_user["id"]:
        raise errors.bad_request("message can't be edited")
    return message


def _apply_markup(message: JSONDict, markup: JSONDict | None) -> None:
    if markup is None:
        message.pop("reply_markup", None)
    else:
        message["reply_markup"] = markup


def edit_message_text(st: State, params: Params) -> JSONDict:
    """``editMessageText``; without ``reply_markup`` the inline keyboard is removed, as on Telegram."""
    message = _editable(st, params)
    if "text" not in message:
        raise errors.bad_request("there is no text in the message to edit")
    parsed = _format(st, params, "text")
    check_text(parsed)
    markup = _inline(check_reply_markup(params.get("reply_markup")))
    unchanged = (
        parsed.text == message["text"]
        and parsed.entities == message.get("entities", [])
        and markup == message.get("reply_markup")
    )
    if unchanged:
        raise errors.bad_request(errors.NOT_MODIFIED)
    with_text(message, parsed)
    _apply_markup(message, markup)
    message["edit_date"] = st.now()
    return message


def edit_message_reply_markup(st: State, params: Params) -> JSONDict:
    """``editMessageReplyMarkup``: replace or (when absent) remove the inline keyboard."""
    message = _editable(st, params)
    markup = _inline(check_reply_markup(params.get("reply_markup")))
    if markup == message.get("reply_markup"):
        raise errors.bad_request(errors.NOT_MODIFIED)
    _apply_markup(message, markup)
    message["edit_date"] = st.now()
    return message


def delete_message(st: State, params: Params) -> bool:
    """``deleteMessage``: the message disappears from the chat history."""
    chat_id = params.get("chat_id")
    if chat_id in (None, ""):
        raise errors.bad_request(errors.CHAT_ID_EMPTY)
    if not isinstance(chat_id, int) or chat_id not in st.chats:
        raise errors.bad_request(errors.CHAT_NOT_FOUND)
    if st.history.get(chat_id, {}).pop(params.get_int("message_id"), None) is None:
        raise errors.bad_request(errors.DELETE_NOT_FOUND)
    return True


def answer_callback_query(st: State, params: Params) -> bool:
    """``answerCallbackQuery``: once per query, within ``callback_query_ttl`` seconds."""
    record = st.callbacks.get(params.get_str("callback_query_id") or "")
    expired = record is not None and st.clock() - record.created > st.options.callback_query_ttl
    if record is None or record.answer is not None or expired:
        raise errors.bad_request(errors.QUERY_INVALID)
    text = params.get_str("text") or ""
    if len(text) > MAX_CALLBACK_ANSWER:
        raise errors.bad_request("MESSAGE_TOO_LONG")
    record.answer = {
        "text": text,
        "show_alert": params.get_bool("show_alert"),
        "url": params.get_str("url"),
        "cache_time": params.get_int("cache_time", 0),
    }
    return True


def send_chat_action(st: State, params: Params) -> bool:
    """``sendChatAction``: validates the action; not rate limited."""
    st.target_chat(params)
    if params.get("action") not in CHAT_ACTIONS:
        raise errors.bad_request("wrong parameter action in request")
    return True


def _image_size(content: bytes) -> tuple[int, int]:
    if content.startswith(_IMAGE_MAGIC[0]) and len(content) >= 24:
        width, height = struct.unpack(">II", content[16:24])
        return int(width), int(height)
    return 800, 600


def _check_upload(kind: str, upload: UploadedFile) -> None:
    if not upload.content:
        raise errors.bad_request("file must be non-empty")
    if len(upload.content) > (MAX_PHOTO_BYTES if kind == "photo" else MAX_DOCUMENT_BYTES):
        raise errors.ApiError(413, "Request Entity Too Large")
    is_image = upload.content.startswith(_IMAGE_MAGIC) or (
        upload.content[:4] == b"RIFF" and upload.content[8:12] == b"WEBP"
    )
    if kind == "photo" and not is_image:
        raise errors.bad_request("IMAGE_PROCESS_FAILED")


def _input_file(st: State, params: Params, kind: str) -> tuple[StoredFile, bool]:
    """Resolve the ``document``/``photo`` parameter: upload, ``attach://``, file_id or URL."""
    value = params.get(kind)
    upload = params.files.get(kind)
    if isinstance(value, str) and value.startswith("attach://"):
        upload = params.files.get(value.removeprefix("attach://"))
    if upload is not None:
        _check_upload(kind, upload)
        return st.new_file(kind, upload.content, upload.filename, upload.mime_type), True
    if isinstance(value, str) and value in st.files:
        stored = st.files[value]
        if stored.kind != kind:
            raise errors.bad_request(f"can't use file of type {stored.kind.title()} as {kind.title()}")
        return stored, False
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        name = value.rstrip("/").rsplit("/", 1)[-1] or "file"
        return st.new_file(kind, b"", name), False
    if value:
        raise errors.bad_request("wrong file identifier/HTTP URL specified")
    raise errors.bad_request(f"there is no {kind} in the request")


def _send_media(st: State, params: Params, kind: str, method: str) -> JSONDict:
    chat = st.target_chat(params)
    stored, uploaded = _input_file(st, params, kind)
    parsed = _format(st, params, "caption")
    check_caption(parsed)
    markup = check_reply_markup(params.get("reply_markup"))
    message = _new_bot_message(st, chat, params, markup)
    common = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.content),
    }
    if kind == "photo":
        width, height = _image_size(stored.content)
        message["photo"] = [{**common, "width": width, "height": height}]
    else:
        message["document"] = {**common, "file_name": stored.file_name, "mime_type": stored.mime_type}
    with_text(message, parsed, key="caption")
    if uploaded:
        st.uploads.append(
            Upload(
                method, chat["id"], message["message_id"], stored.file_id, stored.file_name,
                stored.mime_type, len(stored.content), parsed.text or None, stored.content,
            )
        )  # fmt: skip
    return st.store(message)


def send_document(st: State, params: Params) -> JSONDict:
    """``sendDocument``: a file upload, ``attach://`` part, known file_id or URL; caption ≤ 1024."""
    return _send_media(st, params, "document", "sendDocument")


def send_photo(st: State, params: Params) -> JSONDict:
    """``sendPhoto``: like ``sendDocument`` but the upload must be an image (≤ 10 MB)."""
    return _send_media(st, params, "photo", "sendPhoto")

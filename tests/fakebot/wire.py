"""Decoding HTTP request bodies the way the Bot API accepts them: query, form, JSON, multipart."""

from __future__ import annotations

import json
from email.message import Message
from typing import Any
from urllib.parse import parse_qsl

from .params import UploadedFile


def content_type(header: str | None) -> tuple[str, dict[str, str]]:
    """Split a Content-Type header into the lower-cased media type and its parameters."""
    message = Message()
    message["content-type"] = header or "application/octet-stream"
    params = {k.lower(): str(v) for k, v in (message.get_params() or [])[1:]}
    return message.get_content_type(), params


def parse_body(query: str, header: str | None, body: bytes) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    """Return the parameters and uploaded files of a Bot API request.

    Query-string parameters are merged with the body's; a JSON body keeps its typed values.

    Raises:
        ValueError: If the body cannot be decoded.

    """
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    files: dict[str, UploadedFile] = {}
    kind, options = content_type(header)
    if not body:
        return params, files
    if kind == "application/json":
        decoded = json.loads(body.decode("utf-8"))
        if not isinstance(decoded, dict):
            raise ValueError("the JSON body must be an object")
        params.update(decoded)
    elif kind == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif kind == "multipart/form-data":
        fields, files = parse_multipart(body, options.get("boundary", ""))
        params.update(fields)
    return params, files


def parse_multipart(body: bytes, boundary: str) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    """Split a ``multipart/form-data`` body into text fields and files (bytes kept exact)."""
    if not boundary:
        raise ValueError("multipart body without boundary")
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    delimiter = b"--" + boundary.encode("latin-1")
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        content = content.removesuffix(b"\r\n")
        part = Message()
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            if key.strip():
                part[key.strip()] = value.strip()
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        filename = part.get_filename()
        if filename is not None:
            mime = part.get("content-type", "application/octet-stream")
            files[name] = UploadedFile(filename or name, content, str(mime))
        else:
            fields[name] = content.decode("utf-8")
    return fields, files

"""Checking, when the flow is built, that every slot a step writes to is a place in the plan.

A slot is a path of attribute names (and ``ITEM``, the index of an item in a tuple) from the plan down to a
value. A misspelt name, or an index where there is no tuple, fails here, at import, rather than when a user
reaches the question.
"""

from __future__ import annotations

import types
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from dialogs.core.steps import Path


def _unwrap(kind: Any) -> Any:
    """The type a slot holds, without ``None`` (an unanswered slot) around it."""
    while get_origin(kind) in (Union, types.UnionType):
        kinds = [k for k in get_args(kind) if k is not type(None)]
        if len(kinds) != 1:
            return kind
        kind = kinds[0]
    return kind


def slot_type(model: type[BaseModel], path: Path) -> Any:
    """The type at ``path`` from ``model``.

    Raises:
        ValueError: when a part of the path names nothing there.
    """
    kind: Any = model
    for part in path:
        kind = _unwrap(kind)
        if isinstance(part, int):
            if get_origin(kind) is not tuple:
                raise ValueError(f"{path}: {part} indexes {kind}, which is not a tuple")
            kind = get_args(kind)[0]
            continue
        fields = kind.model_fields if isinstance(kind, type) and issubclass(kind, BaseModel) else {}
        if part not in fields:
            raise ValueError(f"{path}: {kind} has no field {part!r}")
        kind = fields[part].annotation
    return kind

"""Base of the plan's records: frozen, strict about unknown fields; and the small types they share."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    """Base of every plan record: frozen, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


Rating = Annotated[int, Field(ge=1, le=5)]
Texts = tuple[str, ...]

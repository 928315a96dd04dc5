"""Rows of `client.project`: the project's own settings, one module per resource."""

from __future__ import annotations

from .. import Row
from .tokens import ROWS as TOKENS

ROWS: list[Row] = [*TOKENS]

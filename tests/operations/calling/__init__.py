"""Rows of `client.calling`: every calling command, one module per family of commands."""

from __future__ import annotations

from .. import Row, rows_of

ROWS: list[Row] = rows_of(__name__, __path__)

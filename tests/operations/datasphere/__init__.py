"""Rows of `client.datasphere`: Datasphere documents, their chunks and search."""

from __future__ import annotations

from .. import Row, rows_of

ROWS: list[Row] = rows_of(__name__, __path__)

"""Rows of `client.compat`: every Compatibility API operation, one module per resource."""

from __future__ import annotations

from .. import Row, rows_of

ROWS: list[Row] = rows_of(__name__, __path__)

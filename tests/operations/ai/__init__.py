"""Rows of `client.ai`: one module per resource."""

from __future__ import annotations

import importlib
import pkgutil

from .. import Row


def _rows() -> list[Row]:
    rows: list[Row] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        rows += importlib.import_module(f"{__name__}.{info.name}").ROWS
    return rows


ROWS: list[Row] = _rows()

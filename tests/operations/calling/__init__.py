"""Rows of `client.calling`: every calling command, one module per family of commands."""

from __future__ import annotations

import importlib
import pkgutil

from .. import Row


def _rows() -> list[Row]:
    rows: list[Row] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if not info.name.startswith("_"):
            rows += importlib.import_module(f"{__name__}.{info.name}").ROWS
    return rows


ROWS: list[Row] = _rows()

"""Rows of `client.project`: the project's own settings, one module per resource."""

from __future__ import annotations

from .. import Row

# BLOCKED with its declaration (scripts/declarations/project.py): `client.project` is the
# client's project id, so the namespace is not generated yet. Once it is, join the rows:
#     from .tokens import ROWS as TOKENS
#     ROWS: list[Row] = [*TOKENS]
ROWS: list[Row] = []

"""Rows of `client.whatsapp`: WhatsApp accounts, numbers and templates, one module each."""

from __future__ import annotations

from .. import Row, rows_of

ROWS: list[Row] = rows_of(__name__, __path__)

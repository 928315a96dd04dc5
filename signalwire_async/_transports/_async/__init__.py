"""The wing's code as written; `scripts/unasync.py` generates the `_sync/` twin from it."""

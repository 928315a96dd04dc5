"""The client core, as written; `scripts/unasync.py` generates `_sync/` from this tree."""

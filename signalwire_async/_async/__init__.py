"""The client core, as written; `scripts/generate.py` generates `_sync/` from this tree."""

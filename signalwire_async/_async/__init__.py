"""The async core. `_sync/` is generated from this tree by `scripts/unasync.py`."""

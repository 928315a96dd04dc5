"""`ClientStats`: what a client has sent, counted for the jobs that report it."""

from __future__ import annotations

import threading

import attrs


@attrs.define
class ClientStats:
    """Counts shared by a client and all its views, from its creation on.

    Read them before and after a job for its share: `client.stats.retries - before`.
    Counting takes a lock, so a sync client used from many threads counts exactly.
    """

    requests: int = 0
    """HTTP requests sent, each retry one more."""
    retries: int = 0
    """Requests sent again after a failure the retry policy deemed safe to repeat."""
    rate_limited: int = 0
    """429 answers received (each pauses every request of the client)."""
    _lock: threading.Lock = attrs.field(factory=threading.Lock, repr=False, eq=False)

    def count(self, *, requests: int = 0, retries: int = 0, rate_limited: int = 0) -> None:
        with self._lock:
            self.requests += requests
            self.retries += retries
            self.rate_limited += rate_limited

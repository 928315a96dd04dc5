"""The client's JSON-RPC requests: those waiting for a connection (the queue, bounded) and
those handed to the connection and waiting for their answer (pending, by id).

A request belongs to the task that made it: that task waits with its own deadline, and
when it stops waiting (answer, timeout, cancellation) the request is forgotten here. A
request abandoned before it was written is never written.
"""

from __future__ import annotations

import contextlib
import itertools
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import anyio
import attrs

from . import _wire
from ._errors import RelayError, RelayQueueFullError

_sequence = itertools.count()


@attrs.define(eq=False)
class Request:
    id: str
    method: str
    text: str = attrs.field(repr=False)
    seq: int = attrs.field(factory=lambda: next(_sequence), repr=False)
    done: anyio.Event = attrs.field(factory=anyio.Event, repr=False)
    written: bool = False
    abandoned: bool = False
    _result: dict[str, Any] | None = attrs.field(default=None, repr=False)
    _error: RelayError | None = attrs.field(default=None, repr=False)

    @classmethod
    def build(cls, method: str, params: Mapping[str, Any]) -> Request:
        ident, text = _wire.request(method, params)
        return cls(ident, method, text)

    def answer(self, message: Mapping[str, Any]) -> None:
        try:
            self._result = _wire.outcome(self.method, message)
        except RelayError as error:
            self._error = error
        self.done.set()

    def fail(self, error: RelayError) -> None:
        if not self.done.is_set():
            self._error = error
            self.done.set()

    def outcome(self) -> dict[str, Any]:
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


class Requests:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.queue: deque[Request] = deque()
        self.pending: dict[str, Request] = {}

    def enqueue(self, request: Request) -> None:
        if len(self.queue) >= self.limit:
            raise RelayQueueFullError(
                -1, f"{self.limit} requests already wait for a connection ({request.method})"
            )
        self.queue.append(request)

    def answer(self, message: Mapping[str, Any]) -> None:
        """Resolve the request the answer names (late answers to forgotten ones are dropped)."""
        request = self.pending.pop(str(message.get("id")), None)
        if request is not None:
            request.answer(message)

    def forget(self, request: Request) -> None:
        request.abandoned = True
        self.pending.pop(request.id, None)
        with contextlib.suppress(ValueError):
            self.queue.remove(request)

    def take_queue(self) -> Iterator[Request]:
        """The queued requests in order, each moved to pending as it is taken."""
        while self.queue:
            request = self.queue.popleft()
            self.pending[request.id] = request
            yield request

    def connection_lost(self, in_doubt: Callable[[Request], RelayError]) -> None:
        """Written requests fail (they may have arrived); the others queue again, in order."""
        unwritten = []
        for request in self.pending.values():
            if request.written:
                request.fail(in_doubt(request))
            else:
                unwritten.append(request)
        self.pending.clear()
        self.queue.extendleft(sorted(unwritten, key=lambda r: r.seq, reverse=True))

    def fail_all(self, error: Callable[[Request], RelayError]) -> None:
        for request in [*self.pending.values(), *self.queue]:
            request.fail(error(request))
        self.pending.clear()
        self.queue.clear()

    def fail_queued(self, error: Callable[[Request], RelayError]) -> None:
        for request in self.queue:
            request.fail(error(request))
        self.queue.clear()


class Outbox:
    """What the connection's writer sends: urgent frames (ACKs, pongs) before requests, so
    an ACK never waits behind a backlog of requests. Never blocks the one who puts."""

    def __init__(self) -> None:
        self._urgent: deque[str] = deque()
        self._normal: deque[Request] = deque()
        self._wake = anyio.Event()

    def put_urgent(self, text: str) -> None:
        self._urgent.append(text)
        self._wake.set()

    def put(self, request: Request) -> None:
        self._normal.append(request)
        self._wake.set()

    async def get(self) -> str | Request:
        while True:
            if self._urgent:
                return self._urgent.popleft()
            if self._normal:
                return self._normal.popleft()
            self._wake = anyio.Event()
            await self._wake.wait()

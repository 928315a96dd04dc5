"""What a root client shares with its views and resources, and where it is in its life."""

from __future__ import annotations

import enum

import httpx

from .. import _pairs
from .._retry import Throttle
from .._stats import ClientStats


class Lifecycle(enum.Enum):
    UNOPENED = "unopened"
    OPEN = "open"
    CLOSED = "closed"


class SharedState:
    """What a root client shares with all its views and resources: the one
    `httpx.AsyncClient` and its lifecycle, the limit on requests in flight, the rate-limit
    pause and the stats."""

    def __init__(self, http: httpx.AsyncClient, *, owned: bool, max_in_flight: int | None) -> None:
        self.http = http
        self.owned = owned
        self.state = Lifecycle.UNOPENED
        self.in_flight = _pairs.AsyncInFlight(max_in_flight)
        self.throttle = Throttle()
        self.stats = ClientStats()

    def check_open(self) -> httpx.AsyncClient:
        state = self.state
        if state is not Lifecycle.OPEN:  # read twice a request: written once
            if state is Lifecycle.CLOSED:
                from .._exceptions import ClientClosedError  # imported by the first call anyway

                raise ClientClosedError("this client has been closed; create a new one")
            self.state = Lifecycle.OPEN
        return self.http

    async def aclose(self) -> None:
        if self.state is Lifecycle.CLOSED:
            return
        self.state = Lifecycle.CLOSED
        await self.in_flight.aclose()
        if self.owned:
            await self.http.aclose()

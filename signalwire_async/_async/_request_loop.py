"""The request loop: build, send, classify, wait, retry (sending itself is the transport wing's)."""

from __future__ import annotations

import enum
import functools
import logging
import random
import time
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from .. import _pairs
from .._config import USER_AGENT, ClientConfig
from .._decide import Failure, Outcome, Policy, Step, decide
from .._exceptions import (
    ClientClosedError,
    InvalidResponseError,
    SignalWireRestError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
)
from .._options import NO_OPTIONS, CallOptions
from .._rate import AsyncRateLimiter
from .._responses import record_response
from .._retry import Throttle
from .._stats import ClientStats
from .._transports._async.send import UnreadableBody, send
from .._transports.body import MAX_BODY_EXTENSION
from .._transports.deadline import CALL_DEADLINE

logger = logging.getLogger("signalwire_async")


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
        if self.state is Lifecycle.CLOSED:
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


def _clean_copy(exc: httpx.TransportError) -> httpx.TransportError:
    """The same failure without its request (which holds the credentials) or its frames."""
    try:
        return type(exc)(str(exc))
    except TypeError:
        return httpx.TransportError(str(exc))


class AsyncRequester:
    """Sends one logical request (with its retries) for a client or a view of it."""

    def __init__(
        self, config: ClientConfig, shared: SharedState, limiter: AsyncRateLimiter | None = None
    ) -> None:
        self.config = config
        self.shared = shared
        self.limiter = limiter
        self.base_url = httpx.URL(config.base_url)
        # Built once: every request carries the same headers and timeouts.
        self._headers = httpx.Headers(
            {
                "Authorization": config.authorization,
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                "Accept-Encoding": "gzip, deflate",
            }
        )
        self._extensions = self._extensions_for(config.timeout)

    def _extensions_for(
        self, timeout: httpx.Timeout, deadline: float | None = None
    ) -> dict[str, Any]:
        phases: dict[str, Any] = timeout.as_dict()
        if deadline is not None:
            # Every phase, and the whole attempt, ends by the call's deadline.
            left = max(deadline - time.monotonic(), 0.0)
            phases = {k: left if v is None else min(v, left) for k, v in phases.items()}
            phases["total"] = left
        return {"timeout": phases, MAX_BODY_EXTENSION: self.config.max_response_size}

    def _build(
        self,
        http: httpx.AsyncClient,
        method: str,
        url: str | httpx.URL,
        call: _Call,
        extensions: dict[str, Any],
    ) -> httpx.Request:
        if self.shared.owned:
            # Our own client has no defaults, cookies or base URL to merge in.
            return httpx.Request(
                method,
                url,
                params=call.params,
                json=call.json,
                data=call.data,
                headers=call.headers,
                extensions=extensions,
            )
        return http.build_request(
            method,
            url,
            params=call.params,
            json=call.json,
            data=call.data,
            headers=call.headers,
            extensions=extensions,
        )

    async def _send(self, http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        # A caller whose turn comes after aclose() sends nothing.
        self.shared.check_open()
        return await send(
            http, request, owned=self.shared.owned, limit=self.config.max_response_size
        )

    def _prepare(
        self,
        params: Mapping[str, Any] | None,
        json: Any,
        data: Mapping[str, Any] | None,
        options: CallOptions,
    ) -> _Call:
        if options is NO_OPTIONS:
            return _Call(params, json, data, self._headers, None)
        if options.query:
            params = {**(params or {}), **options.query}
        if options.body:
            if data is not None:
                data = {**data, **options.body}
            elif json is None or isinstance(json, Mapping):
                json = {**(json or {}), **options.body}
            else:
                raise TypeError("extra_body needs an operation whose body is a JSON object")
        headers = self._headers
        if options.headers or options.credentials is not None:
            headers = httpx.Headers(self._headers)
            if options.credentials is not None:
                # Never the project's credentials where the operation takes others, or none.
                del headers["Authorization"]
                if options.credentials.authorization is not None:
                    headers["Authorization"] = options.credentials.authorization
            if options.headers:
                headers.update(options.headers)
        return _Call(params, json, data, headers, options.timeout)

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        idempotent: bool | None = None,
        options: CallOptions = NO_OPTIONS,
        operation: str | None = None,
    ) -> httpx.Response:
        """Send `method url` (a path or an absolute URL on our origin) until it succeeds,
        fails for good, or runs out of retries or time; return the successful response.

        Each turn: wait (a retry's delay, the client's 429 pause), make one attempt, and let
        the pure `decide()` say what comes next."""
        http = self.shared.check_open()
        call = self._prepare(params, json, data, options)
        total = options.total_timeout or self.config.total_timeout
        deadline = None if total is None else time.monotonic() + total
        plan = _Plan(
            method,
            self.config.base_url + url if isinstance(url, str) else url,
            call,
            Policy(method, self.config.max_retries, idempotent, deadline),
            total,
            operation,
        )
        retries = 0
        wait = self.shared.throttle.remaining()
        while True:
            await self._wait(wait, plan)
            sent = await self._attempt(http, plan)
            step = decide(
                sent.outcome,
                plan.policy,
                attempt=retries,
                jitter=random.random(),
                now=time.monotonic(),
                paused_for=self.shared.throttle.remaining(),
                closing=self.shared.state is not Lifecycle.OPEN,
            )
            if step.done and sent.response is not None:
                elapsed = time.perf_counter() - sent.started
                record_response(self.shared, sent.response, elapsed)
                return sent.response
            self._count(sent.outcome, step)
            if step.pause_everyone is not None and self.limiter is not None:
                await self.limiter.pause_async(step.pause_everyone)  # every sharer pauses
            if step.retry_in is None:
                error, cause = self._error(step, sent, plan)
                del sent  # the transport's exception holds the request: not in this frame
                raise error from cause
            wait = step.retry_in
            retries += 1
            _log_retry(sent.request, step, retries, self.config.max_retries)

    async def _wait(self, delay: float, plan: _Plan) -> None:
        """Sleep `delay` seconds before an attempt, unless that would end past the deadline."""
        if not delay:
            return
        if plan.policy.deadline is not None and time.monotonic() + delay >= plan.policy.deadline:
            # Only a pause (the client's 429 pause, the rate limiter's slot) gets here:
            # `decide()` checks retries itself.
            raise _total_timeout(plan.total, plan.method, plan.url)
        await _pairs.asleep(delay)
        self.shared.check_open()

    async def _attempt(self, http: httpx.AsyncClient, plan: _Plan) -> _Sent:
        """Send once, within the deadline and the in-flight limit, and classify what came
        back. Never raises for the answer: a failure is part of the outcome."""
        deadline = plan.policy.deadline
        if self.limiter is not None:
            # This attempt's slot in the shared budget, waited for before the in-flight turn
            # and before the timeouts below are computed (see `_rate`).
            left = None if deadline is None else deadline - time.monotonic()
            await self._wait(
                await self.limiter.reserve_async(plan.method, plan.operation, left), plan
            )
        extensions = self._extensions
        queue_timeout = None
        if deadline is not None:
            extensions = self._extensions_for(plan.call.timeout or self.config.timeout, deadline)
            queue_timeout = extensions["timeout"]["total"]
        elif plan.call.timeout is not None:
            extensions = self._extensions_for(plan.call.timeout)
        request = self._build(http, plan.method, plan.url, plan.call, extensions)
        started = time.perf_counter()
        response: httpx.Response | None = None
        token = None if deadline is None else CALL_DEADLINE.set(deadline)
        try:
            self.shared.stats.count(requests=1)
            response = await self.shared.in_flight.run(
                functools.partial(self._send, http, request), queue_timeout
            )
            outcome = Outcome(response.status_code, response.headers.get("retry-after"))
        except httpx.TransportError as exc:
            outcome = Outcome(failure=exc)
        except UnreadableBody as exc:
            response = exc.response
            outcome = Outcome(response.status_code, unreadable=exc.reason)
        finally:
            if token is not None:
                CALL_DEADLINE.reset(token)
        shown = response.status_code if response is not None else type(outcome.failure).__name__
        _log_outcome(request, shown, started)
        return _Sent(request, outcome, response, started)

    def _count(self, outcome: Outcome, step: Step) -> None:
        """Stats and the shared pause, for an attempt that was not a success."""
        if outcome.status == 429 and outcome.unreadable is None:
            self.shared.stats.count(rate_limited=1)
        if step.pause_everyone is not None:
            self.shared.throttle.pause(step.pause_everyone)
        if step.retry_in is not None:
            self.shared.stats.count(retries=1)

    @staticmethod
    def _error(
        step: Step, sent: _Sent, plan: _Plan
    ) -> tuple[SignalWireRestError, BaseException | None]:
        """The error the caller gets, and a clean cause (nothing of the transport's)."""
        outcome, response = sent.outcome, sent.response
        if response is not None and outcome.unreadable is not None:
            return InvalidResponseError.for_response(
                response, outcome.unreadable, readable=False
            ), None
        if response is not None:
            return SignalWireRestError.from_response(response), None
        assert outcome.failure is not None
        cause = _clean_copy(outcome.failure)
        if step.failure is Failure.TIMEOUT:
            return _total_timeout(plan.total, plan.method, sent.request.url), cause
        return SignalWireRestTransportError.from_httpx(outcome.failure, sent.request), cause


@attrs.define
class _Plan:
    """What every attempt of one call shares."""

    method: str
    url: str | httpx.URL
    call: _Call
    policy: Policy
    total: float | None
    operation: str | None = None
    """The operation's name (`compat.messages.create`), for the rate limiter's budgets."""


@attrs.frozen
class _Sent:
    """One attempt: the request sent, what came back, and when it started."""

    request: httpx.Request
    outcome: Outcome
    response: httpx.Response | None
    started: float


@attrs.frozen
class _Call:
    """What one call sends, options applied: the same for each of its attempts."""

    params: Mapping[str, Any] | None
    json: Any
    data: Mapping[str, Any] | None
    headers: httpx.Headers
    timeout: httpx.Timeout | None


def _total_timeout(
    total: float | None, method: str, url: str | httpx.URL
) -> SignalWireRestTimeoutError:
    return SignalWireRestTimeoutError(
        f"total_timeout of {total:g} s expired", method=method, url=str(url)
    )


def _log_retry(request: httpx.Request, step: Step, retry: int, max_retries: int) -> None:
    logger.debug(
        "retrying %s %s after %s in %.2fs (retry %d of %d)",
        request.method,
        request.url.path,
        step.reason,
        step.retry_in,
        retry,
        max_retries,
    )


def _log_outcome(request: httpx.Request, outcome: int | str, started: float) -> None:
    # The URL holds no credentials (they travel only in the Authorization header).
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms",
            request.method,
            request.url,
            outcome,
            (time.perf_counter() - started) * 1000,
        )

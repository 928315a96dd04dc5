"""The request loop: build, send, classify, wait, retry (sending itself is the transport wing's)."""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn

import attrs
import httpx

from .. import _pairs
from .._config import USER_AGENT, ClientConfig
from .._decide import DONE, Failure, Outcome, Policy, Step, decide, rate_limit_pause, succeeded
from .._exceptions import (
    InvalidResponseError,
    SignalWireRestError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
)
from .._options import NO_OPTIONS, CallOptions
from .._request_options import AbortSignal
from .._responses import record_response
from .._transports._async.send import UnreadableBody, send
from .._transports.body import MAX_BODY_EXTENSION
from .._transports.deadline import CALL_DEADLINE
from .._transports.requests import RequestBuilder
from ._shared import Lifecycle, SharedState

if TYPE_CHECKING:
    from .._operation import Operation
    from .._rate import AsyncRateLimiter

logger = logging.getLogger("signalwire_async")


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
        self._bare = _Call(None, None, None, self._headers, None)
        self._builder = RequestBuilder(config.base_url)
        self._policies: dict[tuple[str, bool | None, bool], Policy] = {}  # without options

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
        # Our own client has no defaults, cookies or base URL to merge in; a caller's has.
        build = self._builder.build if self.shared.owned else http.build_request
        return build(
            method,
            url,
            params=call.params,
            json=call.json,
            data=call.data,
            headers=call.headers,
            extensions=extensions,
        )

    async def _hold(self, plan: _Plan, covered: float, retries: int) -> None:
        """With a turn to send: first wait out a 429 pause that began or grew while this
        call waited (`covered`: the instant it has waited until); a caller whose turn comes
        after aclose() sends nothing."""
        throttle = self.shared.throttle
        while (until := throttle.until) > covered:  # no pause: one float compare
            await self._wait(throttle.remaining(), plan, retries)
            covered = until
        self.shared.check_open()

    async def _send(
        self, http: httpx.AsyncClient, request: httpx.Request, attempt: int
    ) -> httpx.Response:
        """Send once; a 429 pauses the client before this turn is given back, so no call
        queued behind it goes out in the meantime."""
        self.shared.stats.count(requests=1)
        try:
            response = await send(
                http, request, owned=self.shared.owned, limit=self.config.max_response_size
            )
        except UnreadableBody as exc:
            self._pause_on_429(exc.response, attempt)
            raise
        self._pause_on_429(response, attempt)
        return response

    def _pause_on_429(self, response: httpx.Response, attempt: int) -> None:
        if response.status_code == 429:
            pause = rate_limit_pause(429, response.headers.get("retry-after"), attempt)
            if pause is not None:
                self.shared.throttle.pause(pause)

    def _prepare(
        self,
        params: Mapping[str, Any] | None,
        json: Any,
        data: Mapping[str, Any] | None,
        options: CallOptions,
    ) -> _Call:
        if options is NO_OPTIONS:
            if params is None and json is None and data is None:
                return self._bare  # a get or delete by id: the same every time
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
        gone_is_done: bool = False,
        operation: Operation[Any] | None = None,
    ) -> httpx.Response:
        """Send `method url` (a path or an absolute URL on our origin) until it succeeds,
        fails for good, or runs out of retries or time; return the successful response.

        Each turn: wait (a retry's delay, the client's 429 pause), make one attempt, and let
        the pure `decide()` say what comes next. `gone_is_done`: a DELETE whose answer is not
        read, where a 404 after an attempt that may have arrived counts as success."""
        http = self.shared.check_open()
        call = self._prepare(params, json, data, options)
        plan = self._plan(method, url, call, options, idempotent, gone_is_done, operation)
        retries = 0
        lost_answer = False  # an attempt so far may have reached the server unanswered
        wait = self.shared.throttle.remaining()
        while True:
            covered = time.monotonic() + wait
            await self._wait(wait, plan, retries)
            if plan.abort is not None and plan.abort.is_set():
                raise SignalWireRestTransportError(
                    "request cancelled by abort_signal", method=method, url=str(plan.url)
                )
            sent = await self._attempt(http, plan, retries, covered)
            if sent.response is not None:
                record_response(self.shared, sent.response, sent.started)
            step = self._next_step(sent, plan, retries, lost_answer)
            if step.done and sent.response is not None:
                _log_call(plan, sent.response.status_code, retries)
                return sent.response
            lost_answer = lost_answer or sent.outcome.may_have_arrived
            self._count(sent.outcome, step)
            if step.pause_everyone is not None and self.limiter is not None:
                await self.limiter.pause_async(step.pause_everyone)  # every sharer pauses
            if step.retry_in is None:
                error, cause = self._error(step, sent, plan)
                _log_call(plan, _shown(sent), retries)
                del sent  # the transport's exception holds the request: not in this frame
                _raise_clean(error, cause)
            wait = step.retry_in
            retries += 1
            _log_retry(sent.request, step, retries, self.config.max_retries)

    def _next_step(self, sent: _Sent, plan: _Plan, retries: int, lost_answer: bool) -> Step:
        """What `decide()` says after `sent`; a success is DONE whatever its other inputs,
        so they are not read for one."""
        if succeeded(sent.outcome):
            return DONE
        return decide(
            sent.outcome,
            plan.policy,
            attempt=retries,
            jitter=random.random(),
            now=time.monotonic(),
            paused_for=self.shared.throttle.remaining(),
            closing=self.shared.state is not Lifecycle.OPEN,
            lost_answer=lost_answer,
        )

    def _plan(
        self,
        method: str,
        url: str | httpx.URL,
        call: _Call,
        options: CallOptions,
        idempotent: bool | None,
        gone_is_done: bool,
        operation: Operation[Any] | None,
    ) -> _Plan:
        """What every attempt of the call shares: its URL, body, policy and deadline."""
        total = options.total_timeout or self.config.total_timeout
        deadline = None if total is None else time.monotonic() + total
        return _Plan(
            method,
            self.config.base_url + url if isinstance(url, str) else url,
            call,
            self._policy(method, idempotent, deadline, options, gone_is_done),
            total,
            time.perf_counter(),
            options.abort or self.config.defaults.abort_signal,
            options.auth_hint,
            operation,
        )

    def _policy(
        self,
        method: str,
        idempotent: bool | None,
        deadline: float | None,
        options: CallOptions,
        gone_is_done: bool,
    ) -> Policy:
        """The retry facts of one call: its `request_options` over the client's."""
        plain = options is NO_OPTIONS and deadline is None  # the same for every such call
        if plain and (policy := self._policies.get((method, idempotent, gone_is_done))):
            return policy
        defaults = self.config.defaults
        retries = self.config.max_retries if options.retries is None else options.retries
        statuses = options.retry_statuses
        if statuses is None:  # an empty set is an answer too: retry no status
            statuses = defaults.retry_on_status
        backoff = defaults.retry_backoff if options.backoff is None else options.backoff
        policy = Policy(
            method,
            retries,
            idempotent,
            deadline,
            gone_is_done=gone_is_done,
            statuses=statuses,
            backoff=backoff,
        )
        if plain:
            self._policies[method, idempotent, gone_is_done] = policy
        return policy

    async def _wait(self, delay: float, plan: _Plan, retries: int) -> None:
        """Sleep `delay` seconds before an attempt, unless that would end past the deadline."""
        if not delay:
            return
        if plan.policy.deadline is not None and time.monotonic() + delay >= plan.policy.deadline:
            # Only a pause (the client's 429 pause, the rate limiter's slot) gets here:
            # `decide()` checks retries itself.
            _log_call(plan, "total_timeout", retries)
            raise _total_timeout(plan.total, plan.method, plan.url)
        await _pairs.asleep(delay)
        self.shared.check_open()

    async def _attempt(
        self, http: httpx.AsyncClient, plan: _Plan, attempt: int, covered: float
    ) -> _Sent:
        """Send once, within the deadline and the in-flight limit, and classify what came
        back. Never raises for the answer: a failure is part of the outcome."""
        deadline = plan.policy.deadline
        if self.limiter is not None:
            # This attempt's slot in the shared budget, waited for before the in-flight turn
            # and before the timeouts below are computed (see `_rate`).
            left = None if deadline is None else deadline - time.monotonic()
            name = None if plan.operation is None else plan.operation.name
            slot = await self.limiter.reserve_async(plan.method, name, left)
            await self._wait(slot, plan, attempt)
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
            response = await self.shared.in_flight.run(
                functools.partial(self._send, http, request, attempt),
                queue_timeout,
                functools.partial(self._hold, plan, covered, attempt),
            )
            outcome = _outcome(response)
        except httpx.TransportError as exc:
            outcome = Outcome(failure=exc)
        except UnreadableBody as exc:
            response = exc.response
            retry_after = response.headers.get("retry-after")
            outcome = Outcome(response.status_code, retry_after, unreadable=exc.reason)
        finally:
            if token is not None:
                CALL_DEADLINE.reset(token)
        sent = _Sent(request, outcome, response, started)
        _log_outcome(request, sent, started)
        return sent

    def _count(self, outcome: Outcome, step: Step) -> None:
        """Stats and the shared pause, for an attempt that was not a success."""
        if outcome.status == 429:
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
        if response is not None and step.failure is Failure.UNREADABLE:
            assert outcome.unreadable is not None
            return InvalidResponseError.for_response(
                response, outcome.unreadable, readable=False
            ), None
        if response is not None:
            # Decided by its status, even when the body could not be read.
            status_error = SignalWireRestError.from_response(
                response, unreadable=outcome.unreadable
            )
            if response.status_code == 401 and plan.hint is not None:
                status_error.hint = plan.hint
                status_error.args = (status_error._summary(),)
            return status_error, None
        assert outcome.failure is not None
        cause = _clean_copy(outcome.failure)
        if step.failure is Failure.TIMEOUT:
            url = sent.request.url
            return _total_timeout(plan.total, plan.method, url, in_doubt=step.in_doubt), cause
        error = SignalWireRestTransportError.from_httpx(
            outcome.failure, sent.request, in_doubt=step.in_doubt
        )
        return error, cause


@attrs.define
class _Plan:
    """What every attempt of one call shares."""

    method: str
    url: str | httpx.URL
    call: _Call
    policy: Policy
    total: float | None
    started: float
    """When the call began (`time.perf_counter()`), for the one log line per call."""
    abort: AbortSignal | None = None
    hint: str | None = None
    operation: Operation[Any] | None = None
    """The operation (named `compat.messages.create`), for the rate limiter's budgets."""


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


def _outcome(response: httpx.Response) -> Outcome:
    status = response.status_code
    if 200 <= status < 300:  # done: its Retry-After would go unread
        done = _DONE_OUTCOMES.get(status)
        if done is None:
            done = _DONE_OUTCOMES[status] = Outcome(status)
        return done
    return Outcome(status, response.headers.get("retry-after"))


_DONE_OUTCOMES: dict[int, Outcome] = {}  # frozen: one per 2xx status, shared


def _raise_clean(error: SignalWireRestError, cause: BaseException | None) -> NoReturn:
    """Raise `error` from `cause`, with no implicit `__context__`. On Python 3.10 the
    transport's exception can still count as being handled here (seen under pytest-asyncio's
    loop), and would be chained, with the request and its credentials, as the context."""
    try:
        raise error from cause
    finally:
        error.__context__ = None


def _total_timeout(
    total: float | None, method: str, url: str | httpx.URL, *, in_doubt: bool = False
) -> SignalWireRestTimeoutError:
    return SignalWireRestTimeoutError(
        f"total_timeout of {total:g} s expired", method=method, url=str(url), in_doubt=in_doubt
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


def _shown(sent: _Sent) -> int | str:
    """An attempt's result for a log line: the status, or the transport failure's name."""
    if sent.response is not None:
        return sent.response.status_code
    return type(sent.outcome.failure).__name__


def _log_outcome(request: httpx.Request, sent: _Sent, started: float) -> None:
    """DEBUG: one line per attempt, with the full URL."""
    # The URL holds no credentials (they travel only in the Authorization header).
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms",
            request.method,
            request.url,
            _shown(sent),
            (time.perf_counter() - started) * 1000,
        )


def _log_call(plan: _Plan, outcome: int | str, retries: int) -> None:
    """INFO: one line per call, once it has succeeded or failed for good: method, path (no
    query, no host, never a header), final status or failure, time taken, retries made."""
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s -> %s in %.1f ms, %d %s",
            plan.method,
            httpx.URL(plan.url).path,
            outcome,
            (time.perf_counter() - plan.started) * 1000,
            retries,
            "retry" if retries == 1 else "retries",
        )

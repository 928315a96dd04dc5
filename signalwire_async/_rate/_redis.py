"""`RedisRateLimiter`: one budget for every process that uses the same Redis key.

The schedule lives in Redis, and one Lua script, run atomically, does the whole step: read
Redis's own clock (`TIME`, so workers need no synchronised clocks), honour the shared pause,
book the slot (evenly spaced, as in `_budget.Schedule`) and answer the wait. The same script
sets the pause after a 429.

redis-py is never imported here until a failure has to be classified: the user's client
arrives made. `redis.asyncio.Redis` serves `AsyncRestClient` under asyncio; `redis.Redis`
serves `RestClient`, and `AsyncRestClient` under trio (redis-py's async client runs on
asyncio only), called in a worker thread.
"""

from __future__ import annotations

import functools
import inspect
import logging
import math
import time
from collections.abc import Mapping
from typing import Any

from .._exceptions import RateLimiterError
from ._budget import Buckets, Budgets, Limiter, Rate, Schedule

logger = logging.getLogger("signalwire_async")

# KEYS[1]: the pause; KEYS[2..]: each budget's next free slot. Times in microseconds.
# ARGV[1] "peek": only the pause.
# ARGV[1] "pause": ARGV[2] the pause. ARGV[1] "reserve": ARGV[2] the longest wait to book
# (-1: any), ARGV[3..] each budget's spacing. Returns {wait, booked, pause left, pause end}.
SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if ARGV[1] == 'peek' then
  return {0, 0, math.max(paused - now, 0), paused}
end
if ARGV[1] == 'pause' then
  local untl = math.max(paused, now + tonumber(ARGV[2]))
  redis.call('SET', KEYS[1], string.format('%d', untl), 'PX',
             string.format('%d', math.ceil((untl - now) / 1000) + 1000))
  return {0, 1}
end
local slot = math.max(now, paused)
for i = 2, #KEYS do
  local free = tonumber(redis.call('GET', KEYS[i]) or '0')
  if free > slot then slot = free end
end
local wait = slot - now
local pause = math.max(paused - now, 0)
local longest = tonumber(ARGV[2])
if longest >= 0 and wait > longest then
  return {wait, 0, pause, paused}
end
for i = 2, #KEYS do
  local free = slot + tonumber(ARGV[i + 1])
  redis.call('SET', KEYS[i], string.format('%d', free), 'PX',
             string.format('%d', math.ceil((free - now) / 1000) + 60000))
end
return {wait, 1, pause, paused}
"""

ON_REDIS_ERROR = ("fail_open", "fail_closed")


def _is_async_client(redis: Any) -> bool:
    return inspect.iscoroutinefunction(getattr(type(redis), "execute_command", None))


def _check_timeout(redis: Any) -> None:
    """A blocking client without a socket timeout could hang a call on a stuck Redis."""
    kwargs = getattr(getattr(redis, "connection_pool", None), "connection_kwargs", None)
    if isinstance(kwargs, Mapping) and kwargs.get("socket_timeout") is None:
        raise ValueError(
            "RedisRateLimiter needs a redis.Redis with socket_timeout set "
            "(e.g. redis.Redis(..., socket_timeout=1.0)), so a stuck Redis cannot hang a call"
        )


def _is_redis_failure(exc: Exception) -> bool:
    if isinstance(exc, OSError):  # connection failures, and our own timeout (TimeoutError)
        return True
    try:
        from redis.exceptions import RedisError
    except ImportError:  # pragma: no cover - a client that is not redis-py's
        return False
    return isinstance(exc, RedisError)


class RedisRateLimiter(Limiter):
    """Paces every client, in every process, whose limiter uses the same `redis` and `key`.

    `redis` is the caller's redis-py client: `redis.asyncio.Redis` for `AsyncRestClient`
    under asyncio, `redis.Redis` (with `socket_timeout` set) for `RestClient` and for
    `AsyncRestClient` under trio. The budgets are `InProcessRateLimiter`'s. Each Redis call
    is bounded by `timeout` seconds. When Redis fails, `on_redis_error="fail_open"` logs a
    warning once and paces this process alone (in process) for `retry_every` seconds before
    asking Redis again; `"fail_closed"` raises `RateLimiterError` and nothing is sent.
    """

    def __init__(
        self,
        redis: Any,
        *,
        key: str = "signalwire",
        writes: Rate | None = None,
        reads: Rate | None = None,
        per_operation: Mapping[str, Rate] | None = None,
        on_redis_error: str = "fail_open",
        timeout: float = 1.0,
        retry_every: float = 5.0,
    ) -> None:
        if on_redis_error not in ON_REDIS_ERROR:
            raise ValueError(
                f"on_redis_error must be one of {ON_REDIS_ERROR}, not {on_redis_error!r}"
            )
        if not isinstance(key, str) or not key:
            raise ValueError(f"key must be a non-empty str, not {key!r}")
        if not callable(getattr(redis, "register_script", None)):
            raise TypeError(f"redis must be a redis-py client, not {type(redis).__name__}")
        super().__init__(Budgets(writes, reads, per_operation))
        self._is_async = _is_async_client(redis)
        if not self._is_async:
            _check_timeout(redis)
        self._script = redis.register_script(SCRIPT)  # no I/O: loaded on first use
        self.key = key
        self.fail_closed = on_redis_error == "fail_closed"
        self._timeout = timeout
        self._retry_every = retry_every
        self._fallback = Schedule()
        # The latest pause Redis told of: its end on Redis's clock (which identifies it),
        # and on time.monotonic()'s, as estimated when it was first seen.
        self._pause_seen = (0, 0.0)
        self._down_until = 0.0
        self._outage = False  # logged once per outage
        self._keys: dict[Buckets, list[str]] = {}

    # -- blocking ----------------------------------------------------------------------------

    def _book(self, buckets: Buckets, max_wait: float | None) -> float:
        if self._is_async:
            raise TypeError(
                "this RedisRateLimiter holds a redis.asyncio client: it serves AsyncRestClient; "
                "give RestClient one built on redis.Redis"
            )
        if not buckets or self._is_down():
            return self._fallback.reserve(buckets, max_wait)
        try:
            result = self._script(keys=self._keys_for(buckets), args=_args(buckets, max_wait))
        except Exception as exc:
            self._failed(exc)
            return self._fallback.reserve(buckets, max_wait)
        return self._answered(result)

    def pause(self, seconds: float) -> None:
        self._fallback.pause(seconds)
        if self._is_async or self._is_down():
            return
        try:
            self._script(keys=[self._pause_key], args=["pause", _micros(seconds)])
        except Exception as exc:
            self._failed(exc)

    # -- async ---------------------------------------------------------------------------------

    async def _book_async(self, buckets: Buckets, max_wait: float | None) -> float:
        if not buckets or self._is_down():
            return self._fallback.reserve(buckets, max_wait)
        try:
            result = await self._run(self._keys_for(buckets), _args(buckets, max_wait))
        except Exception as exc:
            self._failed(exc)
            return self._fallback.reserve(buckets, max_wait)
        return self._answered(result)

    async def pause_async(self, seconds: float) -> None:
        self._fallback.pause(seconds)
        if self._is_down():
            return
        try:
            await self._run([self._pause_key], ["pause", _micros(seconds)])
        except Exception as exc:
            self._failed(exc)

    def _refresh(self) -> None:
        if self._is_async or self._is_down():
            return
        try:
            self._answered(self._script(keys=[self._pause_key], args=["peek"]))
        except Exception as exc:
            self._failed(exc)

    async def _refresh_async(self) -> None:
        if self._is_down():
            return
        try:
            self._answered(await self._run([self._pause_key], ["peek"]))
        except Exception as exc:
            self._failed(exc)

    async def _run(self, keys: list[str], args: list[Any]) -> Any:
        import anyio
        import sniffio

        with anyio.fail_after(self._timeout):
            if not self._is_async:
                call = functools.partial(self._script, keys=keys, args=args)
                # A stuck call is left to its socket timeout; this caller stops waiting.
                return await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
            if sniffio.current_async_library() != "asyncio":
                raise TypeError(
                    "redis.asyncio runs on asyncio only: under trio give RedisRateLimiter a "
                    "redis.Redis (with socket_timeout), which it calls in a worker thread"
                )
            return await self._script(keys=keys, args=args)

    # -- shared --------------------------------------------------------------------------------

    @property
    def _pause_key(self) -> str:
        return f"{{{self.key}}}:pause"

    def _keys_for(self, buckets: Buckets) -> list[str]:
        keys = self._keys.get(buckets)
        if keys is None:
            keys = [self._pause_key, *(f"{{{self.key}}}:{name}" for name, _ in buckets)]
            self._keys[buckets] = keys
        return keys

    def _is_down(self) -> bool:
        return bool(self._down_until) and time.monotonic() < self._down_until

    def _pause_mark(self) -> float:
        # Both parts only grow, so the sum changes exactly when either does.
        return self._pause_seen[0] / 1e6 + self._fallback.paused_until

    def _pause_end(self) -> float:
        return max(self._pause_seen[1], self._fallback.paused_until)

    def _answered(self, result: Any) -> float:
        if self._outage:
            self._outage = False
            logger.warning("rate limiter: Redis answers again; back to the shared budget")
        self._down_until = 0.0
        left, end = int(result[2]), int(result[3])
        if left > 0 and end > self._pause_seen[0]:  # a new pause: another process's 429
            self._pause_seen = (end, time.monotonic() + left / 1e6)
        return max(int(result[0]), 0) / 1e6

    def _failed(self, exc: Exception) -> None:
        """Raise for `fail_closed` (and for anything that is not a Redis failure); else note
        the outage, log it once, and let the caller fall back to the in-process schedule."""
        if not _is_redis_failure(exc):
            raise exc
        what = type(exc).__name__
        if self.fail_closed:
            # No cause: the client's exception and frames hold its connection settings.
            raise RateLimiterError(f"the rate limiter's Redis failed ({what})") from None
        self._down_until = time.monotonic() + self._retry_every
        if not self._outage:
            self._outage = True
            logger.warning(
                "rate limiter: Redis failed (%s); pacing this process alone until it answers",
                what,
            )

    def __repr__(self) -> str:
        mode = "fail_closed" if self.fail_closed else "fail_open"
        return f"<RedisRateLimiter key={self.key!r} {self._budgets.describe()} {mode}>"


def _micros(seconds: float) -> int:
    return max(math.ceil(seconds * 1e6), 0)


def _args(buckets: Buckets, max_wait: float | None) -> list[Any]:
    longest = -1 if max_wait is None else _micros(max_wait)
    # Spacing rounded up: the booked rate never exceeds the budget.
    return ["reserve", longest, *(_micros(interval) for _, interval in buckets)]

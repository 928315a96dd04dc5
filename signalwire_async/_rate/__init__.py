"""Rate limiters a client asks before each attempt: one budget for many clients, threads,
or (through Redis) processes. See the README's "Fleets"."""

from ._budget import AsyncRateLimiter, InProcessRateLimiter, Rate, RateLimiter
from ._redis import RedisRateLimiter

__all__ = [
    "AsyncRateLimiter",
    "InProcessRateLimiter",
    "Rate",
    "RateLimiter",
    "RedisRateLimiter",
]

"""An async-first client for SignalWire's REST APIs, with a generated blocking twin.

```python
async with AsyncRestClient(project, token, "example") as client:
    endpoint = await client.fabric.sip_endpoints.get(endpoint_id)
```
"""

from typing import TYPE_CHECKING, Any

from ._lazy import lazy_exports
from ._version import __version__

if TYPE_CHECKING:
    from ._async._client import AsyncRestClient as AsyncRestClient
    from ._async._pagination import AsyncPager as AsyncPager
    from ._bulk import BulkAbortedError as BulkAbortedError
    from ._bulk import BulkError as BulkError
    from ._bulk import BulkFailure as BulkFailure
    from ._bulk import BulkProgress as BulkProgress
    from ._bulk import BulkResult as BulkResult
    from ._bulk import BulkSuccess as BulkSuccess
    from ._bulk import run_bulk as run_bulk
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ClientClosedError as ClientClosedError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import ErrorDetail as ErrorDetail
    from ._exceptions import InvalidResponseError as InvalidResponseError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimiterError as RateLimiterError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import ServerError as ServerError
    from ._exceptions import SignalWireError as SignalWireError
    from ._exceptions import SignalWireRestError as SignalWireRestError
    from ._exceptions import SignalWireRestStatusError as SignalWireRestStatusError
    from ._exceptions import SignalWireRestTimeoutError as SignalWireRestTimeoutError
    from ._exceptions import SignalWireRestTransportError as SignalWireRestTransportError
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._models import Model as Model
    from ._options import RequestKeywords as RequestKeywords
    from ._pages import Page as Page
    from ._rate import AsyncRateLimiter as AsyncRateLimiter
    from ._rate import InProcessRateLimiter as InProcessRateLimiter
    from ._rate import Rate as Rate
    from ._rate import RateLimiter as RateLimiter
    from ._rate import RedisRateLimiter as RedisRateLimiter
    from ._request_options import RequestOptions as RequestOptions
    from ._responses import ResponseInfo as ResponseInfo
    from ._responses import ResponseLog as ResponseLog
    from ._stats import ClientStats as ClientStats
    from ._sync._client import RestClient as RestClient
    from ._sync._pagination import Pager as Pager
    from .types.phone_numbers import PhoneCallHandler as PhoneCallHandler

__all__ = [
    "AsyncPager",
    "AsyncRateLimiter",
    "AsyncRestClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkAbortedError",
    "BulkError",
    "BulkFailure",
    "BulkProgress",
    "BulkResult",
    "BulkSuccess",
    "ClientClosedError",
    "ClientStats",
    "ConflictError",
    "ErrorDetail",
    "InProcessRateLimiter",
    "InvalidResponseError",
    "Model",
    "NotFoundError",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "PhoneCallHandler",
    "Rate",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterError",
    "RedisRateLimiter",
    "RequestKeywords",
    "RequestOptions",
    "ResponseInfo",
    "ResponseLog",
    "RestClient",
    "ServerError",
    "SignalWireError",
    "SignalWireRestError",
    "SignalWireRestStatusError",
    "SignalWireRestTimeoutError",
    "SignalWireRestTransportError",
    "UnprocessableEntityError",
    "__version__",
    "run_bulk",
]

# Loaded on first use, so that `import signalwire_async.swml` (pure documents) or `.webhooks`
# does not pay for httpx, anyio and the client.
_MODULES = {
    "AsyncRestClient": "_async._client",
    "AsyncPager": "_async._pagination",
    "BulkAbortedError": "_bulk",
    "BulkError": "_bulk",
    "BulkFailure": "_bulk",
    "BulkProgress": "_bulk",
    "BulkResult": "_bulk",
    "BulkSuccess": "_bulk",
    "run_bulk": "_bulk",
    "AuthenticationError": "_exceptions",
    "BadRequestError": "_exceptions",
    "ClientClosedError": "_exceptions",
    "ConflictError": "_exceptions",
    "ErrorDetail": "_exceptions",
    "InvalidResponseError": "_exceptions",
    "NotFoundError": "_exceptions",
    "PermissionDeniedError": "_exceptions",
    "RateLimitError": "_exceptions",
    "RateLimiterError": "_exceptions",
    "ServerError": "_exceptions",
    "SignalWireError": "_exceptions",
    "SignalWireRestError": "_exceptions",
    "SignalWireRestStatusError": "_exceptions",
    "SignalWireRestTimeoutError": "_exceptions",
    "SignalWireRestTransportError": "_exceptions",
    "UnprocessableEntityError": "_exceptions",
    "Model": "_models",
    "RequestKeywords": "_options",
    "RequestOptions": "_request_options",
    "Page": "_pages",
    "AsyncRateLimiter": "_rate",
    "InProcessRateLimiter": "_rate",
    "Rate": "_rate",
    "RateLimiter": "_rate",
    "RedisRateLimiter": "_rate",
    "ResponseInfo": "_responses",
    "ResponseLog": "_responses",
    "ClientStats": "_stats",
    "RestClient": "_sync._client",
    "Pager": "_sync._pagination",
    "PhoneCallHandler": "types.phone_numbers",
}

_load, __dir__ = lazy_exports(__name__, _MODULES)


def __getattr__(name: str) -> Any:
    value = _load(name)
    # Show public names as living here, not in private modules (as httpx does).
    if isinstance(value, type):
        value.__module__ = "signalwire_async"
    return value

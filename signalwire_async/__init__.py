"""An async-first client for SignalWire's REST APIs, with a generated blocking twin.

```python
async with AsyncRestClient(project, token, "example") as client:
    endpoint = await client.fabric.sip_endpoints.get(endpoint_id)
```
"""

from ._async._client import AsyncRestClient
from ._async._pagination import AsyncPager
from ._bulk import (
    BulkAbortedError,
    BulkError,
    BulkFailure,
    BulkProgress,
    BulkResult,
    BulkSuccess,
    run_bulk,
)
from ._exceptions import (
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    ErrorDetail,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimiterError,
    RateLimitError,
    ServerError,
    SignalWireError,
    SignalWireRestError,
    SignalWireRestStatusError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
    UnprocessableEntityError,
)
from ._models import Model
from ._options import RequestOptions
from ._pages import Page
from ._rate import AsyncRateLimiter, InProcessRateLimiter, Rate, RateLimiter, RedisRateLimiter
from ._responses import ResponseInfo, ResponseLog
from ._stats import ClientStats
from ._sync._client import RestClient
from ._sync._pagination import Pager
from ._version import __version__

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
    "Rate",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterError",
    "RequestOptions",
    "ResponseInfo",
    "ResponseLog",
    "RedisRateLimiter",
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

# Show public names as living here, not in private modules (as httpx does).
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        _obj.__module__ = "signalwire_async"
del _name, _obj

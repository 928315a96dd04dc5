"""An async-first client for SignalWire's REST APIs, with a generated blocking twin.

```python
async with AsyncRestClient(project, token, "example") as client:
    endpoint = await client.fabric.sip_endpoints.get(endpoint_id)
```
"""

from typing import TYPE_CHECKING, Any

from ._async._client import AsyncRestClient
from ._exceptions import (
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    ErrorDetail,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
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
from ._responses import ResponseInfo, ResponseLog
from ._stats import ClientStats
from ._version import __version__

if TYPE_CHECKING:
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
    from ._pages import Page
    from ._sync._client import RestClient
    from ._sync._pagination import Pager

# Imported on first use: a program on one side (async or blocking, with or without
# `run_bulk`) does not pay for the other's modules at import, nor anyone for the pagers
# before a resource is used.
_LAZY = {
    "AsyncPager": "_async._pagination",
    "Page": "_pages",
    "BulkAbortedError": "_bulk",
    "BulkError": "_bulk",
    "BulkFailure": "_bulk",
    "BulkProgress": "_bulk",
    "BulkResult": "_bulk",
    "BulkSuccess": "_bulk",
    "run_bulk": "_bulk",
    "RestClient": "_sync._client",
    "Pager": "_sync._pagination",
}

__all__ = [
    "AsyncPager",
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
    "InvalidResponseError",
    "Model",
    "NotFoundError",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
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


def _shown_here(obj: Any) -> Any:
    """Show a public class as living here, not in a private module (as httpx does)."""
    if isinstance(obj, type):
        obj.__module__ = "signalwire_async"
    return obj


if not TYPE_CHECKING:  # typed code sees only the names imported above

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = globals()[name] = _shown_here(
            getattr(importlib.import_module(f".{module}", __name__), name)
        )
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


for _name in __all__:
    if _name not in _LAZY:
        _shown_here(globals()[_name])
del _name

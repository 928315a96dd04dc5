"""`FakeSpace`: an in-memory SignalWire space that answers what the client sends.

It knows every operation the client declares (`_routes`) and keeps what is created in
memory (`_state`), keyed by the collection's concrete path. This module is the public
facade: it holds the one lock, records each request, asks `_faults` whether to fail it
and `_answers` how to answer it otherwise. The in-process transport and the loopback
server only carry bytes to `handle()` and apply the delay or drop it returns.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from . import _routes
from ._answers import answer, authorized
from ._faults import Failure, FaultCounts, FaultInjector, Faults
from ._replies import Reply
from ._requests import Incoming, RecordedRequest, size
from ._state import State

if TYPE_CHECKING:
    from .._async._client import AsyncRestClient
    from .._sync._client import RestClient
    from ._server import ServedSpace

DEFAULT_PROJECT = "test-project"
DEFAULT_TOKEN = "test-token"
# A long-running served space must not grow without bound: it keeps the last
# `KEPT_REQUESTS` requests, and fewer when they hold more than `KEPT_REQUEST_BYTES`.
KEPT_REQUESTS = 100_000
KEPT_REQUEST_BYTES = 64 * 1024 * 1024


class FakeSpace:
    """An in-memory SignalWire space serving every operation the client declares.

    Use it in process (`space.async_client()`, `space.client()`, or `space.transport()`
    for an `httpx` client of your own) or on loopback (`with space.serve() as served:`).
    It accepts Basic credentials `project:token` (401 otherwise), and for the subscriber
    operations a Bearer token it issued (`issue_subscriber_token()`, or one a token
    operation returned).
    """

    def __init__(
        self,
        project: str = DEFAULT_PROJECT,
        token: str = DEFAULT_TOKEN,
        *,
        faults: Faults | None = None,
        host: str = "fake.signalwire.com",
    ) -> None:
        self._state = State(project)
        self._token = token
        self.host = host
        """The host in-process clients are given (any host reaches the same space)."""
        self._lock = threading.Lock()
        self._injector = FaultInjector(faults or Faults())
        self.requests: deque[RecordedRequest] = deque(maxlen=KEPT_REQUESTS)
        """The requests received, oldest first: the last `KEPT_REQUESTS`, and fewer when
        they hold more than `KEPT_REQUEST_BYTES` (the oldest are dropped first)."""
        self._kept = (0, 0)  # what `requests` held after the space last changed it: count, bytes

    @property
    def project(self) -> str:
        """The project id the space accepts (and its made-up items name)."""
        return self._state.project

    @project.setter
    def project(self, project: str) -> None:
        self._state.project = project

    @property
    def token(self) -> str:
        """The API token the space accepts (never in its repr)."""
        return self._token

    @property
    def faults(self) -> Faults:
        """The faults injected from now on; setting them restarts their random sequence."""
        return self._injector.faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        with self._lock:
            self._injector.faults = faults

    @property
    def fault_counts(self) -> FaultCounts:
        """How many answers were faults so far, by kind."""
        return self._injector.counts

    @fault_counts.setter
    def fault_counts(self, counts: FaultCounts) -> None:
        self._injector.counts = counts

    def __repr__(self) -> str:
        return f"<FakeSpace project={self.project!r} items={self._state.count()}>"

    # -- clients ---------------------------------------------------------------------------

    def transport(self) -> Any:
        """An httpx transport (sync and async) that answers from this space, no sockets."""
        from ._transport import FakeTransport

        return FakeTransport(self)

    def async_client(self, **options: Any) -> AsyncRestClient:
        """An `AsyncRestClient` for this space, in process; `options` go to the client."""
        import httpx

        from .._async._client import AsyncRestClient

        http = httpx.AsyncClient(transport=self.transport())
        return AsyncRestClient(self.project, self._token, self.host, http_client=http, **options)

    def client(self, **options: Any) -> RestClient:
        """A `RestClient` for this space, in process; `options` go to the client."""
        import httpx

        from .._sync._client import RestClient

        http = httpx.Client(transport=self.transport())
        return RestClient(self.project, self._token, self.host, http_client=http, **options)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> ServedSpace[FakeSpace]:
        """Serve this space over HTTP on loopback, in a background thread, for a `with`
        block: `served.host` is what a client takes (`127.0.0.1:<port>`)."""
        from ._server import ServedSpace

        _routes.prepare()  # before listening: the first requests do not wait for it
        return ServedSpace(self, host, port)

    # -- what tests arrange and inspect ----------------------------------------------------

    def fail_next(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        operation: str | None = None,
        status: int = 500,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        drop: bool = False,
    ) -> None:
        """Fail the next request matching `method`, `path` and `operation` (None: any),
        once: answer `status` with `body` (the API's error shape by default), or with
        `drop`, close the connection. The request is not processed.

        `path` is the path sent, or a template (`/api/fabric/resources/sip_endpoints/{id}`);
        `operation` is the client's name for it (`fabric.sip_endpoints.create`). Failures
        queue up: each request takes the first that matches it.
        """
        if operation is not None and not any(r.name == operation for r in _routes.routes()):
            raise ValueError(f"the client has no operation {operation!r}")
        failure = Failure(
            method and method.upper(), path, operation, status, body, dict(headers or {}), drop
        )
        with self._lock:
            self._injector.failures.append(failure)

    def reset(self) -> None:
        """Forget everything stored, issued, received, queued and counted (a space shared
        by several tests starts each one empty); the credentials and faults stay."""
        with self._lock:
            self._state.clear()
            self._injector.reset()
            self.requests.clear()
            self._kept = (0, 0)

    def add(self, collection: str, **fields: Any) -> dict[str, Any]:
        """Put an item into the collection at path `collection` (as the client requests
        it, `/api/video/recordings`), for collections the API fills itself. The missing
        required fields and the id are made up; returns the stored JSON."""
        route = _routes.create_route(collection.rstrip("/"))
        if route is None or route.model is None:
            raise ValueError(f"no declared collection has the path {collection!r}")
        if route.collections[0] in _routes.views():
            raise ValueError(f"{collection!r} shows other collections; add to one of them")
        with self._lock:
            return self._state.store(route, collection.rstrip("/"), fields)

    def items(self, collection: str) -> list[dict[str, Any]]:
        """A copy of the items stored at the collection path `collection`."""
        with self._lock:
            return self._state.copied_items(collection.rstrip("/"))

    def issue_subscriber_token(self) -> str:
        """A Bearer token the subscriber operations accept."""
        with self._lock:
            return self._state.new_token()

    # -- serving ---------------------------------------------------------------------------

    def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request. `headers` must look names up case-insensitively (httpx's
        and aiohttp's do)."""
        request = Incoming.parse(method, url, headers, body)
        with self._lock:
            found = _routes.match(request.method, request.path, request.decoded)
            route, values = found if found else (None, {})
            basic = f"{self.project}:{self._token}".encode()
            allowed = authorized(self._state, route, request, basic)
            self._record(request.recorded(route, keep_body=allowed))
            reply = self._injector.fault(request.method, request.path, route) or answer(
                self._state, request, route, values, allowed
            )
            latency = self._injector.faults.latency
        return attrs.evolve(reply, delay=latency) if latency else reply

    def _record(self, record: RecordedRequest) -> None:
        """Keep `record`, dropping the oldest beyond `KEPT_REQUEST_BYTES` (the newest is
        always kept). Called under the lock."""
        requests = self.requests
        count, held = self._kept
        if len(requests) != count:  # a test removed some itself: count afresh
            held = sum(size(r) for r in requests)
        if len(requests) == requests.maxlen:
            held -= size(requests[0])  # the deque drops it on append
        requests.append(record)
        held += size(record)
        while held > KEPT_REQUEST_BYTES and len(requests) > 1:
            held -= size(requests.popleft())
        self._kept = (len(requests), held)

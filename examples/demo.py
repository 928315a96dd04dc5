"""Run the client for real against a small in-process fake space on loopback.

    python examples/demo.py

It starts an HTTP server on 127.0.0.1 that keeps SIP endpoints in memory, then creates,
lists (page by page), reads, updates and deletes endpoints with `AsyncRestClient` over real
sockets, and does the same with the generated blocking `RestClient`. A bare loopback host
means plain http, so the same code runs against `../shared/tools/prism.sh` (127.0.0.1:4010).
"""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

from signalwire_async import AsyncRestClient, NotFoundError, RestClient

BASE = "/api/fabric/resources/sip_endpoints"


class FakeSpace(BaseHTTPRequestHandler):
    """Just enough of `/api/fabric/resources/sip_endpoints` to show the client working."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    endpoints: ClassVar[dict[str, dict[str, Any]]] = {}

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def reply(self, status: int, body: Any = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_one(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length)) if length else {}
        endpoint_id = url.path[len(BASE) + 1 :] if url.path.startswith(BASE + "/") else None
        if url.path == BASE and self.command == "GET":
            query = parse_qs(url.query)
            size, start = (
                int(query.get("page_size", ["50"])[0]),
                int(query.get("page_token", ["0"])[0]),
            )
            items = list(self.endpoints.values())
            links = {"self": self.path, "first": f"{BASE}?page_size={size}"}
            if start + size < len(items):
                links["next"] = f"{BASE}?page_size={size}&page_token={start + size}"
            self.reply(200, {"data": items[start : start + size], "links": links})
        elif url.path == BASE and self.command == "POST":
            endpoint = {"type": "sip_endpoint", "id": str(uuid.uuid4()), "caller_id": None, **body}
            self.endpoints[endpoint["id"]] = endpoint
            self.reply(201, endpoint)
        elif endpoint_id not in self.endpoints:
            self.reply(404, {"error": "Not Found"})
        elif self.command == "GET":
            self.reply(200, self.endpoints[endpoint_id])
        elif self.command == "PUT":
            self.endpoints[endpoint_id].update(body)
            self.reply(200, self.endpoints[endpoint_id])
        else:
            del self.endpoints[endpoint_id]
            self.reply(204)

    do_GET = do_POST = do_PUT = do_DELETE = handle_one


async def async_demo(host: str) -> None:
    async with AsyncRestClient("demo-project", "demo-token", host) as client:
        endpoints = client.fabric.sip_endpoints
        created = await asyncio.gather(
            *(endpoints.create(username=f"user{i}", codecs=["PCMU"]) for i in range(25))
        )
        print(f"async: created {len(created)} endpoints concurrently on one pool")
        names = [ep.username async for ep in endpoints.list(page_size=10)]
        print(f"async: listed {len(names)} endpoints in pages of 10: {names[:3]} ...")
        first = await endpoints.list(page_size=10)
        print(f"async: first page has {len(first['data'])} items, next -> {first['links']['next']}")
        updated = await endpoints.update(created[0].id, caller_id="C-3P0")
        print(f"async: updated {updated.username}: caller_id={updated['caller_id']!r}")
        await endpoints.delete(created[0].id)
        try:
            await endpoints.get(created[0].id)
        except NotFoundError as error:
            print(f"async: after delete -> {type(error).__name__}: {error}")


def sync_demo(host: str) -> None:
    with RestClient("demo-project", "demo-token", host) as client:
        page = client.fabric.sip_endpoints.list(page_size=5)
        print(f"sync:  first page ids: {[item['id'][:8] for item in page['data']]}")
        print(f"sync:  total via iteration: {sum(1 for _ in client.fabric.sip_endpoints.list())}")


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeSpace)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    host = f"127.0.0.1:{server.server_address[1]}"
    print(f"fake space on http://{host}")
    try:
        asyncio.run(async_demo(host))
        sync_demo(host)
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()

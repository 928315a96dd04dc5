"""Peak memory (RSS) of one call answered with a small gzip that parses into a huge structure.

The answer is 32 MiB of `{},{},...` (within the default `max_response_size` of 64 MiB),
gzipped to about 32 KiB. Each runtime runs in a child process of its own, so its peak RSS
(`ru_maxrss`) is that call's alone. Prints the growth over the process's RSS before the
call; asserts nothing. Run from the repository root:
`PYTHONPATH=. python benchmarks/json_memory.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import http.server
import resource
import subprocess
import sys
import threading

DECODED = 32 << 20


def bomb() -> bytes:
    text = b"[" + b"{}," * ((DECODED - 4) // 3) + b"{}]"
    return gzip.compress(text, 9)


def serve(body: bytes) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(runtime: str) -> None:
    from signalwire_async import AsyncRestClient, RestClient, SignalWireError

    body = bomb()
    server = serve(body)
    host = f"127.0.0.1:{server.server_address[1]}"
    outcome = "returned"

    async def call() -> None:
        nonlocal outcome
        async with AsyncRestClient("p", "t", host, max_retries=0) as client:
            try:
                await client.fabric.sip_endpoints.get("x")
            except SignalWireError as exc:
                outcome = type(exc).__name__

    before = peak_mib()
    if runtime == "sync":
        with RestClient("p", "t", host, max_retries=0) as client:
            try:
                client.fabric.sip_endpoints.get("x")
            except SignalWireError as exc:
                outcome = type(exc).__name__
    elif runtime == "trio":
        import trio

        trio.run(call)
    else:
        asyncio.run(call())
    print(
        f"{runtime:8} gzip {len(body) / 1024:5.0f} KiB -> {DECODED >> 20} MiB: "
        f"peak RSS +{peak_mib() - before:6.0f} MiB ({outcome})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=["asyncio", "trio", "sync"])
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    for runtime in ("asyncio", "trio", "sync"):
        subprocess.run([sys.executable, __file__, "--child", runtime], check=True)


if __name__ == "__main__":
    main()

"""`tests/loopback.py`'s server behind TLS, with a throwaway CA made by `trustme`.

`tls_server()` yields a `TLSLoopbackServer`: a `LoopbackServer` (the same handler, routes,
hits, behaviours) whose connections are TLS, with a certificate for 127.0.0.1 and localhost.
Clients trust it through `.ca_path` (a PEM file, for `verify=<path>`) or `.ssl_context()`.
"""

from __future__ import annotations

import os
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import trustme

from .loopback import LoopbackServer


class TLSLoopbackServer(LoopbackServer):
    # Not daemons: server_close() joins them, after _sweep() has woken each one up.
    daemon_threads = False
    block_on_close = True

    def __init__(self, ca: trustme.CA, ca_path: str, port: int = 0) -> None:
        super().__init__(port)
        self.ca = ca
        self.ca_path = ca_path
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.set_alpn_protocols(["http/1.1"])
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(self.context)
        self._open: set[socket.socket] = set()
        self.handshake_delay = 0.0  # seconds a handshake waits, for clients caught connecting
        self.accepted = threading.Event()  # set when a connection was accepted

    @property
    def url(self) -> str:
        return f"https://{self.host}"

    def ssl_context(self) -> ssl.SSLContext:
        """A new client context that trusts (only) this server's CA."""
        return ssl.create_default_context(cafile=self.ca_path)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        # The handshake happens in the handler's thread (finish_request), not the server's.
        return self.context.wrap_socket(
            sock, server_side=True, do_handshake_on_connect=False
        ), address

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.lock:
            stopping = self.stopping.is_set()
            if not stopping:
                self._open.add(request)
        if stopping:
            self.shutdown_request(request)
        else:
            super().process_request(request, client_address)

    def finish_request(self, request: Any, client_address: Any) -> None:
        self.accepted.set()
        if self.handshake_delay:
            time.sleep(self.handshake_delay)
        request.do_handshake()  # a failure (an untrusting client) ends in handle_error
        super().finish_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def _sweep(self) -> None:
        """Shut down every open connection at the TCP level, waking its handler thread."""
        with self.lock:
            self.stopping.set()
            open_sockets = list(self._open)
        for sock in open_sockets:
            with suppress(OSError):  # not SSLSocket.shutdown: no TLS, no state change
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


@contextmanager
def tls_server(port: int = 0) -> Iterator[TLSLoopbackServer]:
    ca = trustme.CA()
    with tempfile.TemporaryDirectory(prefix="signalwire-tls-") as directory:
        ca_path = os.path.join(directory, "ca.pem")
        ca.cert_pem.write_to_path(ca_path)
        server = TLSLoopbackServer(ca, ca_path, port)
        thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield server
        finally:
            server.stopping.set()
            server.shutdown()
            server._sweep()
            server.server_close()  # joins the handler threads
            thread.join()

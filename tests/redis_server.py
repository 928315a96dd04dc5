"""A real `redis-server` for the rate-limiter tests: started on a temporary unix socket with
persistence off, stopped at teardown. Without the binary the tests skip, except under CI
(`$CI` set), where a missing binary fails them: CI must never skip them quietly."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import redis
    import redis.asyncio

MISSING = "redis-server is not installed (apt-get install redis-server); CI installs it"


class RedisServer:
    """A server on a unix socket (one we run, or a dead or hung one): `client()` and
    `async_client()` connect to it."""

    def __init__(self, socket_path: str, process: subprocess.Popen[bytes] | None = None) -> None:
        self.socket_path = socket_path
        self.process = process
        # A broken server's clients give up at once: redis-py retries 3 times by default.
        self.retries = 3 if process is not None else 0

    def client(self, socket_timeout: float = 2.0, **options: Any) -> redis.Redis:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        return redis.Redis(
            unix_socket_path=self.socket_path,
            socket_timeout=socket_timeout,
            retry=Retry(NoBackoff(), self.retries),
            **options,
        )

    def async_client(self, **options: Any) -> redis.asyncio.Redis:
        import redis.asyncio
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        return redis.asyncio.Redis(
            unix_socket_path=self.socket_path, retry=Retry(NoBackoff(), self.retries), **options
        )

    def flush(self) -> None:
        with contextlib.closing(self.client()) as client:
            client.flushall()


def require_redis() -> None:
    """Skip (or under CI, fail) when the server binary or redis-py is missing."""
    if shutil.which("redis-server") is None:
        if os.environ.get("CI"):
            pytest.fail(MISSING)
        pytest.skip(MISSING)
    try:
        import redis  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("redis-py is not installed: pip install -e '.[test]'")
        pytest.skip("redis-py is not installed: pip install -e '.[test]'")


@contextlib.contextmanager
def redis_server() -> Iterator[RedisServer]:
    require_redis()
    with tempfile.TemporaryDirectory(prefix="sw-redis-") as directory:
        path = str(Path(directory) / "redis.sock")
        command = [
            "redis-server",
            "--port", "0",
            "--unixsocket", path,
            "--unixsocketperm", "700",
            "--save", "",
            "--appendonly", "no",
            "--dir", directory,
        ]  # fmt: skip
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            server = RedisServer(path, process)
            _wait_ready(server)
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover - a wedged server
                process.kill()
                process.wait()
            if process.stderr is not None:
                process.stderr.close()


def _wait_ready(server: RedisServer) -> None:
    import redis

    give_up = time.monotonic() + 20
    while True:
        process = server.process
        if process is not None and process.poll() is not None:
            error = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"redis-server exited: {error}")
        try:
            with contextlib.closing(server.client()) as client:
                client.ping()
            return
        except (redis.exceptions.ConnectionError, FileNotFoundError):
            if time.monotonic() > give_up:
                raise
            time.sleep(0.05)


@contextlib.contextmanager
def stuck_redis() -> Iterator[RedisServer]:
    """A unix socket that accepts connections and never answers: a hung Redis."""
    with tempfile.TemporaryDirectory(prefix="sw-stuck-") as directory:
        path = str(Path(directory) / "stuck.sock")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with listener:
            listener.bind(path)
            listener.listen(64)  # connections queue in the backlog; nothing reads them
            yield RedisServer(path)


def dead_redis() -> RedisServer:
    """A unix socket path nobody listens on: connecting fails at once."""
    return RedisServer(str(Path(tempfile.gettempdir()) / f"sw-no-redis-{os.getpid()}.sock"))

"""What an editor shows: pyright's language server (Pylance's engine) asked for the
signature of a few operations lists their own parameters first, the request options last.

Skipped where pyright is not installed (it comes with the `lint` extra).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

import pytest

from signalwire_async._options import RequestKeywords

SERVER = shutil.which("pyright-langserver", path=str(Path(sys.executable).parent)) or (
    shutil.which("pyright-langserver")
)
pytestmark = pytest.mark.skipif(
    SERVER is None or not hasattr(os, "killpg"), reason="pyright is not installed (or no killpg)"
)

OPTIONS = list(RequestKeywords.__annotations__)
SCRATCH = """\
from signalwire_async import AsyncRestClient, RestClient
async def f(client: AsyncRestClient, sync: RestClient) -> None:
    await client.fabric.sip_endpoints.create(
    client.compat.calls.list(
    sync.sip_endpoints.update(
    sync.sip_endpoints.create(
"""
WAIT = 300.0  # seconds for the whole exchange: a hung server fails, never hangs the suite


def _reader(stream: IO[bytes], into: queue.Queue[dict[str, Any]]) -> None:
    while True:
        length = 0
        while (line := stream.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        if not length:
            return
        into.put(json.loads(stream.read(length)))


class _Server:
    def __init__(self, root: Path) -> None:
        env = {
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        }
        assert SERVER is not None
        self.process = subprocess.Popen(
            [SERVER, "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        assert self.process.stdout is not None
        self.reader = threading.Thread(
            target=_reader, args=(self.process.stdout, self.messages), daemon=True
        )
        self.reader.start()
        self.next_id = 0
        self.ask(
            "initialize", {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": {}}
        )
        self.send({"method": "initialized", "params": {}})

    def close(self) -> None:
        # The wrapper runs node as its child: end the whole group this test started.
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.reader.join(WAIT)  # it ends at the end of the output
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.process.stdin.flush()

    def ask(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        while True:
            message = self.messages.get(timeout=WAIT)
            if "method" in message and "id" in message:  # the server asks: answer "nothing set"
                items = message.get("params", {}).get("items", [])
                self.send({"id": message["id"], "result": [{} for _ in items] or None})
            elif message.get("id") == self.next_id:
                return message.get("result")


def _signatures(tmp_path: Path) -> list[str]:
    scratch = tmp_path / "scratch.py"
    scratch.write_text(SCRATCH)
    server = _Server(tmp_path)
    try:
        document = {"uri": scratch.as_uri(), "languageId": "python", "version": 1}
        server.send(
            {
                "method": "textDocument/didOpen",
                "params": {"textDocument": {**document, "text": SCRATCH}},
            }
        )
        labels = []
        for line, text in enumerate(SCRATCH.splitlines()):
            if text.endswith("("):
                where = {
                    "textDocument": {"uri": scratch.as_uri()},
                    "position": {"line": line, "character": len(text)},
                }
                help_ = server.ask("textDocument/signatureHelp", where)
                labels.append(help_["signatures"][0]["label"])
        return labels
    finally:
        server.close()


def _names(label: str) -> list[str]:
    """The parameter names of a signature label `(id: str, *, a: int = ..., ...) -> X`."""
    inside = label[1 : label.rindex(") ->")]
    return [p.split(":")[0].strip() for p in inside.split(", ") if ":" in p]


def test_editors_list_an_operation_s_own_parameters_before_the_request_options(
    tmp_path: Path,
) -> None:
    create, compat_list, update, relay_create = (_names(label) for label in _signatures(tmp_path))
    assert create[:2] == ["username", "password"]
    assert create[-len(OPTIONS) :] == OPTIONS
    assert compat_list[:2] == ["To", "From"] and "PageSize" in compat_list
    assert compat_list[-len(OPTIONS) :] == OPTIONS
    assert update[:3] == ["id", "username", "password"]
    assert update[-len(OPTIONS) :] == OPTIONS
    assert relay_create[:2] == ["username", "password"]  # before the shared optional fields
    assert relay_create[-len(OPTIONS) :] == OPTIONS

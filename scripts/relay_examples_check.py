"""Run the RELAY reference's code examples, written for the official SDK, against our
client and a `FakeRelay`, changing only their imports; print how many finish with no
error and why each other one failed.

A developer script: it needs material that is not part of this repository and never
copies any of it here.

- The examples are the fenced ```python blocks of the Python RELAY reference pages of the
  SignalWire docs repository (`signalwire/docs` at 668371b21781, CC BY-NC-SA), under
  `fern/products/server-sdks/pages/reference/python/relay/` (91 pages). They are read at
  run time with `git show` from a clone or a bare git directory (`--docs`, default
  `/work/.mirror/signalwire+docs/repo`) and written only to a temporary directory.
- The expected count (129 blocks) is read from `../shared/reference/relay_surface.json`
  when it exists (`docs_code_blocks.blocks`); a different count found is reported.

The one transformation applied to an example: in its import statements, the module
`signalwire.relay` (and its submodules) becomes `signalwire_async.relay`. No `await` is
added: the official RELAY API is already async, with the same awaitables.

Each example runs in a child process of its own (so `client.run()`, `asyncio.run()` and
module state cannot leak between examples), against a fresh `FakeRelay` in this process
that accepts the examples' placeholder credentials. What the harness does around an
example, never inside its text:

- the network: every `RelayClient` the example builds connects to the fake, whatever its
  `host` (as a hosts-file entry would; the check patches the client's endpoint lookup);
- the media: a play lasts `PLAY_SECONDS` (as a short prompt does; `loop=0` plays until
  stopped);
- the far end: when the example's client receives on contexts and registers `on_call` /
  `on_message`, a call (and/or a message) arrives on its first context; the caller (a
  `ScriptedCaller`) presses "1#" `ANSWER_AFTER` seconds after a collect or a digit detect
  starts, says "yes" likewise when a speech collect starts, falls silent `SPEAKS_FOR`
  seconds into a recording (which ends it), and hangs up `HANG_UP_AFTER` seconds after
  the call arrived (what ends AI sessions, payments, streams, taps, transcriptions and
  `wait_for_ended()` in the examples);
- the end: once every `on_call`/`on_message` handler run has returned, the harness calls
  `client.disconnect()`, so `client.run()` returns as after Ctrl-C;
- the clock: `asyncio.sleep()` called by the example sleeps at most 0.05 s (examples write
  `await asyncio.sleep(300)` for "later"); the client's own timers are untouched (anyio
  bound its sleep before the patch).

An example passes when its process exits 0 within `--timeout` seconds, no handler raised,
and the client logged no error (listener and callback failures are logged at ERROR). The
summary notes the examples that passed only after the caller hung up, or with client
warnings (a 404 for a command on an action or call already over).

    python scripts/relay_examples_check.py [--docs GITDIR] [--only 3,59] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS_GIT = Path("/work/.mirror/signalwire+docs/repo")
DOCS_COMMIT = "668371b217817d9037657f5079d2345945ad9331"
PAGES = "fern/products/server-sdks/pages/reference/python/relay/"
SURFACE = ROOT.parent.parent / "shared" / "reference" / "relay_surface.json"
PROJECT, TOKEN = "your-project-id", "your-api-token"
HANG_UP_AFTER = 1.5
ANSWER_AFTER = 0.3
SPEAKS_FOR = 0.5
MAX_SLEEP = 0.05
PLAY_SECONDS = 0.1
BLOCK = re.compile(r"^([ \t]*)```python[^\n]*\n(.*?)^\1```[ \t]*$", re.S | re.M)
IMPORT = re.compile(r"^(\s*(?:from|import)\s+)signalwire\.relay\b", re.M)


# -- the examples --------------------------------------------------------------------------


def _git(docs: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", f"--git-dir={_git_dir(docs)}", *args], capture_output=True, text=True, check=True
    )
    return done.stdout


def _git_dir(docs: Path) -> Path:
    return docs / ".git" if (docs / ".git").exists() else docs


def examples(docs: Path, commit: str) -> list[tuple[str, str]]:
    """(page, code) of every python block of the reference pages, in page order."""
    pages = sorted(_git(docs, "ls-tree", "-r", "--name-only", commit, PAGES).split())
    found: list[tuple[str, str]] = []
    for page in pages:
        text = _git(docs, "show", f"{commit}:{page}")
        found.extend((page[len(PAGES) :], m.group(2)) for m in BLOCK.finditer(text))
    return found


def transform(code: str) -> str:
    """The only change: the official package's imports become ours."""
    return IMPORT.sub(r"\1signalwire_async.relay", code)


def expected_count() -> int | None:
    try:
        return int(json.loads(SURFACE.read_text())["docs_code_blocks"]["blocks"])
    except (OSError, KeyError, ValueError):
        return None


# -- the child: one example, instrumented around it ------------------------------------


CHILD_RESULT = "RELAY-EXAMPLE-RESULT "


def child(path: str, host: str) -> int:
    """Run one example file with the harness's network, far-end end and clock."""
    import asyncio
    import logging
    import runpy
    import traceback

    import anyio._backends._asyncio  # noqa: F401 (binds its own sleep before the patch)

    from signalwire_async.relay import _client
    from signalwire_async.relay._settings import endpoint_for

    errors: list[str] = []
    warnings: list[str] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno == logging.WARNING:
                warnings.append(record.getMessage())
            if record.levelno >= logging.ERROR:
                text = record.getMessage()
                if record.exc_info and record.exc_info[1] is not None:
                    text += f": {record.exc_info[1]!r}"
                errors.append(text)

    logging.getLogger("signalwire_async").addHandler(Catch())
    setattr(_client, "endpoint_for", lambda _host: endpoint_for(host))  # noqa: B010
    real_sleep = asyncio.sleep

    async def short_sleep(delay: float, result: Any = None) -> Any:
        return await real_sleep(min(delay, MAX_SLEEP), result)

    setattr(asyncio, "sleep", short_sleep)  # noqa: B010
    _instrument_handlers(errors)
    code = 0
    try:
        runpy.run_path(path, run_name="__main__")
    except BaseException as exc:
        errors.append("".join(traceback.format_exception_only(type(exc), exc)).strip())
        code = 1
    print(CHILD_RESULT + json.dumps({"errors": errors, "warnings": warnings}), flush=True)
    return 1 if errors else code


def _instrument_handlers(errors: list[str]) -> None:
    """Each on_call/on_message handler is wrapped: its error is recorded, and when every
    run has returned the client disconnects (so `run()` returns)."""
    from signalwire_async.relay import RelayClient

    registered: dict[int, int] = {}  # client -> handlers registered
    running: dict[int, int] = {}
    returned: dict[int, int] = {}

    def wrap(client: RelayClient, handler: Any) -> Any:
        key = id(client)
        registered[key] = registered.get(key, 0) + 1

        async def wrapped(argument: Any) -> None:
            running[key] = running.get(key, 0) + 1
            try:
                await handler(argument)
            except Exception as exc:
                errors.append(f"{handler.__name__} raised {exc!r}")
                raise
            finally:
                running[key] -= 1
                returned[key] = returned.get(key, 0) + 1
                if not running[key] and returned[key] >= registered[key]:
                    await client.disconnect()

        wrapped.__name__ = getattr(handler, "__name__", "handler")
        return wrapped

    for name in ("on_call", "on_message"):
        register = getattr(RelayClient, name)

        def instrumented(self: RelayClient, handler: Any, register: Any = register) -> Any:
            register(self, wrap(self, handler))
            return handler

        setattr(RelayClient, name, instrumented)


# -- the parent: a fake, the far end, the verdict --------------------------------------


def run_one(code: str, timeout: float, workdir: Path, verbose: bool) -> tuple[str | None, str]:
    """(None when the example passed, else why not; what is worth noting either way)."""
    from signalwire_async.testing import FakeRelay

    path = workdir / "example.py"
    path.write_text(code)
    with FakeRelay(PROJECT, TOKEN) as relay:
        relay.play_duration(PLAY_SECONDS)
        command = [sys.executable, __file__, "--child", str(path), "--host", relay.host]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        try:
            left = _far_end(relay, code, process, timeout)
            out, err = process.communicate(timeout=max(1.0, left))
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            return f"timed out after {timeout:g} s" + _tail(err, verbose), ""
        hung_up = _caller_hung_up(relay)
    found: dict[str, list[str]] = {"errors": [], "warnings": []}
    for line in out.splitlines():
        if line.startswith(CHILD_RESULT):
            found = json.loads(line[len(CHILD_RESULT) :])
    if verbose:
        print(out, err, sep="\n")
    notes = [f"client warnings: {len(found['warnings'])}"] if found["warnings"] else []
    if hung_up:
        notes.insert(0, "the caller hung up before the app")
    if found["errors"]:
        return "; ".join(dict.fromkeys(found["errors"])), ", ".join(notes)
    if process.returncode != 0:
        return f"exit code {process.returncode}" + _tail(err, True), ", ".join(notes)
    return None, ", ".join(notes)


def _caller_hung_up(relay: Any) -> bool:
    """A call ended with no `calling.end` from the app: the scripted caller hung up."""
    ended = any(
        (f.message["params"]["params"].get("call_state") == "ended")
        for f in relay.journal.frames("signalwire.event", "sent")
        if f.event_type == "calling.call.state"
    )
    return ended and not relay.journal.frames("calling.end", "received")


def _tail(err: str, show: bool) -> str:
    lines = [line for line in err.strip().splitlines() if line.strip()]
    return f" ({lines[-1]})" if show and lines else ""


def _far_end(relay: Any, code: str, process: subprocess.Popen[str], timeout: float) -> float:
    """Play the other side until the child exits: a call (its caller scripted) and/or a
    message arrives once the client receives."""
    from signalwire_async.testing import ScriptedCaller

    caller = ScriptedCaller(
        digits=["1#"] * 9,
        speech=["yes"] * 9,
        answer_after=ANSWER_AFTER,
        speaks_for=SPEAKS_FOR,
        hang_up_after=HANG_UP_AFTER,
    )
    wants_call, wants_message = "on_call" in code, "on_message" in code
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
        if not (wants_call or wants_message):
            continue
        contexts = [c for cs in relay.sessions().values() for c in sorted(cs)]
        if not contexts:
            continue
        if wants_message:
            relay.message_arrives(contexts[0], "Hello from the check")
        if wants_call:
            relay.inbound_call(contexts[0], caller=caller)
        wants_call = wants_message = False
    return deadline - time.monotonic()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, default=DOCS_GIT)
    parser.add_argument("--commit", default=DOCS_COMMIT)
    parser.add_argument("--only", default="", help="example numbers, 1-based: 3,59")
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--show", action="store_true", help="print each transformed example")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--host", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.host)
    found = examples(args.docs, args.commit)
    expected = expected_count()
    print(f"{len(found)} examples found in {len(set(p for p, _ in found))} pages", end="")
    print(f" (the reference counts {expected})" if expected is not None else "")
    chosen = {int(n) for n in args.only.split(",") if n} or set(range(1, len(found) + 1))
    failures: list[tuple[int, str, str]] = []
    noted = 0
    with tempfile.TemporaryDirectory(prefix="relay-examples-") as tmp:
        for number, (page, code) in enumerate(found, 1):
            if number not in chosen:
                continue
            transformed = transform(code)
            if args.show:
                print(f"--- {number} {page}\n{transformed}")
            why, note = run_one(transformed, args.timeout, Path(tmp), args.verbose)
            verdict = "ok" if why is None else "FAIL"
            print(f"{number:4} {page:45} {verdict:4} {note}".rstrip(), flush=True)
            if why is not None:
                failures.append((number, page, why))
            noted += bool(note) and why is None
    print(f"\n{len(chosen) - len(failures)} of {len(chosen)} examples finish with no error", end="")
    print(f" ({noted} of them with a note)" if noted else "")
    for number, page, why in failures:
        print(f"  {number} {page}: {why}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())

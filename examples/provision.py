"""Provision SIP endpoints in bulk, list them back, and clean up: a whole job, end to end.

    python3 examples/provision.py [-n 1000] [--concurrency 64] [--live [--yes]]

It creates N SIP endpoints through `run_bulk` (a bounded number at a time, with a live
progress bar), finds them again by walking `client.fabric.sip_endpoints.list()`, deletes
them, and prints what happened: created, failed, retried, elapsed, requests per second.

Where it runs:
- by default: against a fake space (`signalwire_async.testing.FakeSpace`) served on
  loopback, which answers about 1 % of requests with 429 and 0.5 % with 503 and
  `Retry-After`, so the client's shared pause and its retries can be watched. The
  SIGNALWIRE_* variables are ignored: a shell that has them set touches nothing real;
- with `--live` and SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN and SIGNALWIRE_SPACE all
  set: against that space, after naming it and its project and asking for confirmation on
  the terminal. `--yes` skips the question (for scripts); without a terminal and without
  `--yes` it refuses.

The live bar needs `rich`; without it, a plain line is printed every 10 %. Exits 0 when every
endpoint was created and deleted, 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any

from signalwire_async import (
    AsyncRestClient,
    BulkProgress,
    BulkResult,
    run_bulk,
)
from signalwire_async.testing import DEFAULT_PROJECT, DEFAULT_TOKEN, FakeSpace, Faults
from signalwire_async.types import SipEndpoint

if TYPE_CHECKING:
    from rich.console import Console

ENV_NAMES = ("SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "SIGNALWIRE_SPACE")
PAGE_SIZE = 250
MAX_RETRIES = 5  # a bulk job can afford to wait out more than the default 2 retries
SHOWN_FAILURES = 10

# The fake space's misbehaviour: enough 429s that the client-wide pause shows in the bar,
# few enough that 1,000 endpoints take a few seconds. No dropped connections: a POST whose
# connection dies may have arrived, so the client rightly refuses to replay it.
FAKE_FAULTS = Faults(
    rate_limit_rate=0.01,
    retry_after=0.25,
    error_rate=0.005,
    error_retry_after=0.1,
    latency=0.002,
    seed=2024,
)

Report = Callable[[BulkProgress], None]
Counter = Callable[[], int]  # the client's retries so far in this phase


# -- progress --------------------------------------------------------------------------------


def progress_bar(title: str, total: int, retries: Counter) -> AbstractContextManager[Report]:
    """A live bar if `rich` is installed (it is optional), else plain lines."""
    try:
        from rich.console import Console
    except ImportError:
        return plain_progress(title, total, retries)
    return rich_progress(Console(), title, total, retries)


@contextmanager
def rich_progress(console: Console, title: str, total: int, retries: Counter) -> Iterator[Report]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        TextColumn("{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed, {task.fields[retried]} retried"),
        TextColumn("{task.fields[rate]:.0f}/s"),
        TimeElapsedColumn(),
    )
    # Not a terminal (CI, a pipe): no bar at all, rather than a redrawn line per refresh.
    with Progress(*columns, console=console, disable=not console.is_terminal) as bar:
        task = bar.add_task(title, total=total, failed=0, retried=0, rate=0.0)

        def report(progress: BulkProgress) -> None:
            bar.update(
                task,
                completed=progress.done,
                failed=progress.failed,
                retried=retries(),
                rate=progress.rate,
            )

        yield report


@contextmanager
def plain_progress(title: str, total: int, retries: Counter) -> Iterator[Report]:
    step = max(total // 10, 1)

    def report(progress: BulkProgress) -> None:
        if progress.done % step == 0 or progress.done == progress.total:
            print(
                f"{title}: {progress.done}/{total} ({100 * progress.done // max(total, 1)} %), "
                f"{progress.failed} failed, {retries()} retried, "
                f"{progress.rate:.0f}/s",
                flush=True,
            )

    yield report


# -- the job ---------------------------------------------------------------------------------


def retries_since(client: AsyncRestClient) -> Counter:
    """The client's retries from now on (`client.stats` counts them for the whole client)."""
    before = client.stats.retries
    return lambda: client.stats.retries - before


async def create_endpoints(
    client: AsyncRestClient, usernames: list[str], concurrency: int
) -> tuple[BulkResult[str, SipEndpoint], int]:
    password = f"Pw1-{secrets.token_urlsafe(16)}"  # upper, lower, digit and symbol
    retries = retries_since(client)
    with progress_bar("create", len(usernames), retries) as report:
        result = await run_bulk(
            lambda username: client.fabric.sip_endpoints.create(
                username=username, password=password, codecs=["OPUS", "PCMU"]
            ),
            usernames,
            concurrency=concurrency,
            on_progress=report,
        )
    return result, retries()


async def find_endpoints(client: AsyncRestClient, prefix: str) -> tuple[list[SipEndpoint], int]:
    """The endpoints whose username starts with `prefix`, and how many the space holds."""
    mine: list[SipEndpoint] = []
    seen = 0
    async for endpoint in client.fabric.sip_endpoints.list(page_size=PAGE_SIZE):
        seen += 1
        if endpoint.username.startswith(prefix):
            mine.append(endpoint)
    return mine, seen


async def delete_endpoints(
    client: AsyncRestClient, ids: list[str], concurrency: int
) -> tuple[BulkResult[str, None], int]:
    # A retried delete whose first attempt got through, then finds nothing, is a success.
    delete = client.fabric.sip_endpoints.delete
    retries = retries_since(client)
    with progress_bar("delete", len(ids), retries) as report:
        result = await run_bulk(delete, ids, concurrency=concurrency, on_progress=report)
    return result, retries()


def summary(verb: str, result: BulkResult[Any, Any], retried: int) -> str:
    elapsed = result.elapsed
    done = len(result.succeeded) + len(result.failed) + len(result.in_doubt)
    rate = (done + retried) / elapsed if elapsed > 0 else 0.0  # HTTP requests, retries too
    # A write in doubt may have taken effect: the listing below tells.
    doubt = f"in doubt: {len(result.in_doubt)}, " if result.in_doubt else ""
    return (
        f"{verb}: {len(result.succeeded)}, failed: {len(result.failed)}, {doubt}"
        f"retried: {retried}, elapsed: {elapsed:.2f} s, {rate:.0f} requests/s"
    )


def print_failures(result: BulkResult[str, Any]) -> None:
    failures: list[tuple[str, Exception | None]] = [(f.item, f.error) for f in result.failed]
    failures += [(item, result.in_doubt_errors.get(index)) for index, item in result.in_doubt]
    for item, error in failures[:SHOWN_FAILURES]:
        said = "cut off, in doubt" if error is None else f"{type(error).__name__}: {error}"
        print(f"  {item}: {said}")
    if len(failures) > SHOWN_FAILURES:
        print(f"  ... and {len(failures) - SHOWN_FAILURES} more")


def new_prefix() -> str:
    """A username prefix no earlier run used: the listing tells this run's endpoints apart."""
    return f"provision_{secrets.token_hex(3)}_"


async def provision(client: AsyncRestClient, prefix: str, count: int, concurrency: int) -> bool:
    """Create `count` endpoints, find them, delete them; True if all went well."""
    usernames = [f"{prefix}{i:05d}" for i in range(count)]
    created, retried = await create_endpoints(client, usernames, concurrency)
    print(summary("created", created, retried))
    print_failures(created)

    mine, seen = await find_endpoints(client, prefix)
    print(f"listed: {len(mine)} endpoints named {prefix}*, of {seen} in the space")
    if len(mine) != len(created.succeeded):
        print(f"  note: the creates returned {len(created.succeeded)}; deleting all of both")

    # Delete what the listing found and what the creates returned: a create whose
    # answer was lost still shows in the listing, and one not listed yet is still ours.
    ids = list(dict.fromkeys([ep.id for ep in mine] + [ep.id for ep in created.results]))
    deleted, retried = await delete_endpoints(client, ids, concurrency)
    print(summary("deleted", deleted, retried))
    print_failures(deleted)
    stats = client.stats
    print(
        f"the client sent {stats.requests} requests: {stats.retries} retries, "
        f"{stats.rate_limited} answered 429 (each paused all requests)"
    )
    return created.ok and deleted.ok


# -- where it runs ---------------------------------------------------------------------------


def real_space_settings() -> tuple[str, str, str]:
    """(project, token, space) from the environment, for `--live`. Exits naming what is
    missing: `--live` never falls back to the fake space."""
    values = {name: os.environ.get(name, "") for name in ENV_NAMES}
    missing = [name for name, value in values.items() if not value]
    if missing:
        sys.exit(
            f"error: --live needs {', '.join(ENV_NAMES)}; {', '.join(missing)} not set. "
            "Without --live the job runs on the embedded fake space."
        )
    project, token, space = (values[name] for name in ENV_NAMES)
    return project, token, space


def confirmed(space: str, project: str, count: int, concurrency: int, *, yes: bool) -> bool:
    """Name the space and ask before touching it: True to go ahead. Exits when there is no
    terminal to ask on and `--yes` was not given."""
    print(f"This will create and then delete {count} SIP endpoints in space {space!r}")
    print(f"(project {project}), {concurrency} requests at a time.", flush=True)
    if yes:
        return True
    if not sys.stdin.isatty():
        sys.exit(
            f"error: refusing to change space {space!r} without confirmation: standard input "
            "is not a terminal. Pass --yes to run against it from a script."
        )
    try:
        answer = input(f"Type 'yes' to continue with space {space!r}: ")
    except (EOFError, KeyboardInterrupt):
        answer = ""
    return answer.strip().lower() == "yes"


def run_on_fake_space(count: int, concurrency: int) -> bool:
    space = FakeSpace(DEFAULT_PROJECT, DEFAULT_TOKEN, faults=FAKE_FAULTS)
    with space.serve() as served:
        if any(os.environ.get(name) for name in ENV_NAMES):
            print(
                "SIGNALWIRE_* variables are set but --live was not given: they are ignored "
                "and nothing is sent to that space."
            )
        print(
            f"No --live: using a fake space on {served.url} that answers "
            f"{FAKE_FAULTS.rate_limit_rate:.1%} of requests with 429 and "
            f"{FAKE_FAULTS.error_rate:.1%} with 503 (--live runs on your own space)."
        )

        async def job() -> bool:
            async with AsyncRestClient(
                DEFAULT_PROJECT, DEFAULT_TOKEN, served.host, max_retries=MAX_RETRIES
            ) as client:
                return await provision(client, new_prefix(), count, concurrency)

        ok = asyncio.run(job())
    faults = space.fault_counts
    # Every retry is the same request sent again: the space can count them independently.
    distinct = {(r.method, r.path, r.query, r.body) for r in space.requests}
    print(
        f"the fake space injected {faults.rate_limited} rate limits (429), {faults.errors} "
        f"errors (503) and dropped {faults.dropped} connections; it received "
        f"{len(space.requests)} requests, {len(space.requests) - len(distinct)} of them repeats"
    )
    return ok


def run_on_real_space(
    project: str, token: str, space: str, count: int, concurrency: int, *, yes: bool
) -> bool:
    if not confirmed(space, project, count, concurrency, yes=yes):
        print("cancelled: nothing was created")
        sys.exit(1)

    prefix = new_prefix()

    async def job() -> bool:
        async with AsyncRestClient(project, token, space, max_retries=MAX_RETRIES) as client:
            return await provision(client, prefix, count, concurrency)

    try:
        return asyncio.run(job())
    except KeyboardInterrupt:
        print(f"\ninterrupted: endpoints named {prefix}* may be left in {space!r}")
        sys.exit(130)


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description="Create, list and delete SIP endpoints in bulk.")
    parser.add_argument("-n", type=positive, default=1000, help="endpoints (default 1000)")
    parser.add_argument(
        "--concurrency", type=positive, default=64, help="requests at a time (default 64)"
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="run against the space the SIGNALWIRE_* variables name (default: a fake space)",
    )
    parser.add_argument(
        "--yes", action="store_true", help="with --live: do not ask for confirmation"
    )
    args = parser.parse_args()
    if args.yes and not args.live:
        parser.error("--yes only applies with --live")
    if args.live:
        ok = run_on_real_space(*real_space_settings(), args.n, args.concurrency, yes=args.yes)
    else:
        ok = run_on_fake_space(args.n, args.concurrency)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""`python -m signalwire_async.testing serve`: the fake space as an HTTP server;
`python -m signalwire_async.testing relay`: the fake RELAY server (WebSocket, plain ws://).

The project and token it accepts come from `--project`/`--token`, else from
`$SIGNALWIRE_PROJECT_ID`/`$SIGNALWIRE_API_TOKEN`, else the defaults (`test-project`,
`test-token`). A token read from the environment is never printed: it may be a real one.
"""

from __future__ import annotations

import argparse
import os
import sys
from urllib.parse import urlsplit

from ._faults import Faults
from ._space import DEFAULT_PROJECT, DEFAULT_TOKEN, FakeSpace


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m signalwire_async.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve a fake SignalWire space over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    serve.add_argument("--port", type=int, default=8089, help="port (8089; 0 picks a free one)")
    serve.add_argument("--project", help="project id it accepts ($SIGNALWIRE_PROJECT_ID)")
    serve.add_argument("--token", help="API token it accepts ($SIGNALWIRE_API_TOKEN)")
    faults = serve.add_argument_group("fault injection (fractions of all requests)")
    faults.add_argument("--latency", type=float, default=0.0, help="seconds added to answers")
    faults.add_argument("--error-rate", type=float, default=0.0, help="answered --error-status")
    faults.add_argument("--error-status", type=int, default=503, help="their status (503)")
    faults.add_argument(
        "--error-retry-after", type=float, help="their Retry-After (a 503 with it is retried)"
    )
    faults.add_argument("--rate-limit-rate", type=float, default=0.0, help="answered 429")
    faults.add_argument("--retry-after", type=float, default=1.0, help="429's Retry-After")
    faults.add_argument("--drop-rate", type=float, default=0.0, help="connections dropped")
    faults.add_argument("--seed", type=int, help="repeatable faults")
    faults.add_argument(
        "--write-budget",
        type=int,
        metavar="LIMIT",
        help="writes allowed per --write-budget-per seconds; past it, 429 with Retry-After",
    )
    faults.add_argument("--write-budget-per", type=float, default=1.0, metavar="SECONDS")
    relay = commands.add_parser("relay", help="serve a fake RELAY server over WebSocket")
    relay.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    relay.add_argument("--port", type=int, default=8090, help="port (8090; 0 picks a free one)")
    relay.add_argument("--project", help="project id it accepts ($SIGNALWIRE_PROJECT_ID)")
    relay.add_argument("--token", help="API token it accepts ($SIGNALWIRE_API_TOKEN)")
    return parser


def _credentials(args: argparse.Namespace) -> tuple[str, str, str]:
    """The project and token accepted, and the token as shown (not one from the env)."""
    project = args.project or os.environ.get("SIGNALWIRE_PROJECT_ID") or DEFAULT_PROJECT
    token = args.token or os.environ.get("SIGNALWIRE_API_TOKEN") or DEFAULT_TOKEN
    shown = token if token in (args.token, DEFAULT_TOKEN) else "(from $SIGNALWIRE_API_TOKEN)"
    return project, token, shown


def relay_main(args: argparse.Namespace) -> None:
    from ._relay_core import Core
    from ._relay_journal import Journal
    from ._relay_server import serve_forever as serve_relay

    project, token, shown = _credentials(args)
    core = Core(project, token, frozenset(), Journal())

    def ready(port: int) -> None:
        print(f"fake RELAY server on ws://{args.host}:{port}")
        print(f"  project: {project}")
        print(f"  token:   {shown}")
        print(f"  client:  RelayClient(project, token, host='{args.host}:{port}')")
        print("Ctrl-C stops it.", flush=True)

    try:
        serve_relay(core, args.host, args.port, ready)
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        sys.exit(f"cannot serve on {args.host}:{args.port}: {exc}")


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.command == "relay":
        relay_main(args)
        return
    project, token, shown = _credentials(args)
    faults = Faults(
        latency=args.latency,
        error_rate=args.error_rate,
        error_status=args.error_status,
        error_retry_after=args.error_retry_after,
        rate_limit_rate=args.rate_limit_rate,
        retry_after=args.retry_after,
        drop_rate=args.drop_rate,
        seed=args.seed,
        write_budget=None
        if args.write_budget is None
        else (args.write_budget, args.write_budget_per),
    )
    space = FakeSpace(project, token, faults=faults)

    from ._routes import prepare
    from ._server import client_host, serve_forever

    prepare()  # before listening: the first requests do not wait for it

    def ready(port: int) -> None:
        host = client_host(args.host, port)
        url = host if host.startswith("http://") else f"http://{host}"
        same = urlsplit(url).hostname == args.host.strip("[]").lower()
        bound = "" if same else f" (bound to {args.host})"  # every address: 0.0.0.0, ::
        print(f"fake SignalWire space{bound} on {url}")
        print(f"  project: {project}")
        print(f"  token:   {shown}")
        print(f"  client:  AsyncRestClient(project, token, {host!r})")
        print("Ctrl-C stops it.", flush=True)

    try:
        serve_forever(space, args.host, args.port, ready)
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        sys.exit(f"cannot serve on {args.host}:{args.port}: {exc}")


if __name__ == "__main__":
    main()

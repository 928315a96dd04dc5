"""Send every operation of the operation tables to the contract mock; report what it refuses.

Run the mock first (`../shared/tools/prism.sh start`; a developer tool, not in a user's
clone), then, from the repository root:

    python scripts/contract_check.py [--host 127.0.0.1:4010] [--tools ../shared/tools]

Each row of `tests/operations` (the same arguments the unit tests use) runs through
`AsyncRestClient` (asyncio, the aiohttp transport) and through the generated `RestClient`,
each on the client's own transport inside an httpx client whose event hooks let
`check_requests.Recorder` read the mock's verdict on every response. The mock answers with
the spec's examples, so each answer is also decoded by the row's model.

A refusal is the spec's fault when everything it names is a field listed in
`tests/spec_corrections.py` for that operation: a field the spec omits ("added"),
or one it requires that the caller need not send ("made optional"). Any other refusal, and any
answer the client cannot decode, fails the run (exit status 1). The mock does not check the
keys of a form body, so each Compatibility operation's parameters are also compared with the
fields the spec declares for it; an undeclared one fails the run too.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from signalwire_async import (  # noqa: E402
    AsyncPager,
    AsyncRestClient,
    InvalidResponseError,
    RestClient,
    SignalWireRestError,
)
from signalwire_async._config import DEFAULT_LIMITS  # noqa: E402
from signalwire_async._declarations import Resource, namespaces  # noqa: E402
from signalwire_async._options import OPTION_NAMES  # noqa: E402
from signalwire_async._transports._sync.httpcore_pool import CheckedTransport  # noqa: E402
from signalwire_async._transports.per_loop import PerLoopTransport  # noqa: E402
from tests.operations import ALL, Row, params_type, resolve  # noqa: E402
from tests.spec_corrections import CORRECTIONS  # noqa: E402

NAMESPACES = namespaces()

PROJECT = "00000000-0000-4000-8000-000000000001"
_MISSING = re.compile(r"must have required property '([^']+)'")


def route_of(row: Row) -> tuple[str, str]:
    """The operation a row calls, as the spec knows it: a wrapper such as
    `phone_numbers.set_ai_agent` shares its route (and its corrections) with the update."""
    return row.method, re.sub(r"/[0-9a-f-]{36}(?=/|$)", "/{id}", row.path)


CORRECTED = {
    route_of(row): row.call for row in ALL if row.call in {c.operation for c in CORRECTIONS}
}


def excused(row: Row, violations: list[dict[str, Any]]) -> bool:
    """Whether every violation is a field the corrections list for this operation."""
    operation = CORRECTED.get(route_of(row), row.call)
    mine = [c for c in CORRECTIONS if c.operation == operation]
    widened = {c.field for c in mine if c.change != "made optional"}  # added, or values added
    optional = {c.field for c in mine if c.change == "made optional"}
    for v in violations:
        place = ".".join(map(str, v["location"][1:]))
        missing = _MISSING.search(v.get("message", ""))
        if place.startswith("body.") and place.split(".")[1] in widened:
            continue
        if place == "body" and missing and missing.group(1) in optional:
            continue
        return False
    return bool(violations)


def mock_limit(row: Row, violations: list[dict[str, Any]]) -> bool:
    """A form field sent as a list, refused as "not an array": the mock reads a repeated key
    (`X=a&X=b`, what the API takes) as one string, and wants `X[]=a` instead."""
    return row.form and all(
        v.get("message", "").endswith("must be array")
        and isinstance(row.body, dict)
        and isinstance(row.body.get(".".join(map(str, v["location"][2:]))), list)
        for v in violations
    )


class Outcome:
    def __init__(self) -> None:
        self.conforming = 0
        self.excused: list[str] = []
        self.mock: list[tuple[str, Row, Any]] = []
        self.failed: list[str] = []

    def add(self, row: Row, client: str, verdicts: list[Any], error: str | None) -> None:
        label = f"{client} {row.call}"
        if not verdicts:
            self.failed.append(f"{label}: no request reached the mock ({error})")
            return
        for verdict in verdicts:
            if verdict.conforming:
                self.conforming += 1
            elif verdict.violations and excused(row, verdict.violations):
                self.excused.append(f"{label}: {verdict}")
            elif verdict.violations and mock_limit(row, verdict.violations):
                self.mock.append((label, row, verdict))
            else:
                self.failed.append(f"{label}: {verdict}")
        if error is not None and all(v.conforming for v in verdicts):
            self.failed.append(f"{label}: {error}")


def describe(exc: Exception) -> str | None:
    """None for a refusal the verdict explains; words for anything else."""
    if isinstance(exc, InvalidResponseError):
        return f"the answer did not decode: {exc}"
    if isinstance(exc, SignalWireRestError) and exc.status_code is not None:
        return f"HTTP {exc.status_code}: {exc}"
    return f"{type(exc).__name__}: {exc}"


async def run_async(host: str, recorder: Any, outcome: Outcome) -> None:
    http = httpx.AsyncClient(
        transport=PerLoopTransport(DEFAULT_LIMITS), event_hooks=recorder.async_event_hooks()
    )
    async with (
        http,
        AsyncRestClient(PROJECT, "token", host, max_retries=0, http_client=http) as client,
    ):
        for row in ALL:
            start = len(recorder.verdicts)
            error = None
            try:
                result = resolve(client, row.call)(*row.args, **row.kwargs)
                if isinstance(result, AsyncPager):
                    await result  # the first page
                else:
                    await result
            except Exception as exc:
                error = describe(exc)
            outcome.add(row, "async", recorder.verdicts[start:], error)


def run_sync(host: str, recorder: Any, outcome: Outcome) -> None:
    http = httpx.Client(
        transport=CheckedTransport(DEFAULT_LIMITS), event_hooks=recorder.event_hooks()
    )
    with http, RestClient(PROJECT, "token", host, max_retries=0, http_client=http) as client:
        for row in ALL:
            start = len(recorder.verdicts)
            error = None
            call: Callable[..., Any] = resolve(client, row.call)
            try:
                result = call(*row.args, **row.kwargs)
                if row.paged:
                    result.first_page()
            except Exception as exc:
                error = describe(exc)
            outcome.add(row, "sync", recorder.verdicts[start:], error)


def _schema(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = spec["components"][node["$ref"].split("/")[-2]][node["$ref"].split("/")[-1]]
    return node


def _spec_fields(spec: dict[str, Any], operation: dict[str, Any], method: str) -> set[str]:
    """The field names a Compatibility operation declares: its query, or its body's."""
    if method == "GET":
        params = [_schema(spec, p) for p in operation.get("parameters", [])]
        return {p["name"] for p in params if p.get("in") == "query"}
    fields: set[str] = set()
    for media in operation.get("requestBody", {}).get("content", {}).values():
        body = _schema(spec, media.get("schema", {}))
        for part in [body, *body.get("allOf", []), *body.get("oneOf", []), *body.get("anyOf", [])]:
            fields |= set(_schema(spec, part).get("properties", {}))
    return fields


def unknown_form_fields(spec_file: Path) -> list[str]:
    """Compatibility parameters the spec does not declare (the mock does not check form keys),
    apart from those `tests/spec_corrections.py` adds. One line each."""
    import importlib

    yaml = importlib.import_module("yaml")  # pip install -e '.[contract]'
    spec = yaml.safe_load(spec_file.read_text("utf-8"))
    normal = {re.sub(r"\{[^}]+\}", "{}", path): ops for path, ops in spec["paths"].items()}
    added = {(c.operation, c.field) for c in CORRECTIONS if c.change.startswith("added")}
    problems = []
    for top in NAMESPACES:
        if top.attr != "compat" or isinstance(top, Resource):
            continue
        for resource in top.resources:
            module = importlib.import_module(
                f"signalwire_async._async.resources.compat.{resource.attr}"
            )
            cls = getattr(module, resource.cls)
            for op in resource.ops:
                params = params_type(cls, op.name)
                if params is None:
                    continue
                path = re.sub(r"\{[^}]+\}", "{}", op.path.removeprefix("/api/laml/2010-04-01"))
                spec_op = normal.get(path, {}).get(op.http.lower())
                if spec_op is None:
                    problems.append(
                        f"compat.{resource.attr}.{op.name}: no such operation in the spec"
                    )
                    continue
                declared = _spec_fields(spec, spec_op, op.http)
                ours = set(params.__required_keys__ | params.__optional_keys__) - OPTION_NAMES
                call = f"compat.{resource.attr}.{op.name}"
                for field in sorted(ours - declared):
                    if (call, field) not in added:
                        problems.append(f"{call}: {field} is not a field of the spec")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1:4010")
    parser.add_argument("--tools", default=str(ROOT.parent / "shared" / "tools"))
    args = parser.parse_args()
    sys.path.insert(0, args.tools)
    from check_requests import Recorder  # type: ignore[import-not-found]

    # The mock's example pages link to other origins; the pager's warnings say so 200 times.
    logging.getLogger("signalwire_async").setLevel(logging.ERROR)
    recorder = Recorder()
    outcome = Outcome()
    asyncio.run(run_async(args.host, recorder, outcome))
    run_sync(args.host, recorder, outcome)
    # Prism reads no array from a form body: repeated keys (the OpenAPI default for forms,
    # and what the API takes), `X[]=` and `X[0]=` all fail "must be array". So a refusal
    # blamed on that must go through once the list fields are left out (bar their being
    # required); then it is the mock's limit, else a failure.
    from check_requests import check_one

    mock_limits = []
    auth = "Basic " + base64.b64encode(f"{PROJECT}:token".encode()).decode()
    for label, row, verdict in outcome.mock:
        lists = {k for k, v in row.body.items() if isinstance(v, list)}
        again = check_one(
            row.method,
            f"http://{args.host}{verdict.path}",
            {"Content-Type": "application/x-www-form-urlencoded", "Authorization": auth},
            urlencode({k: v for k, v in row.body.items() if k not in lists}, doseq=True),
            mock=f"http://{args.host}",
        )
        missing = [_MISSING.search(v.get("message", "")) for v in again.violations]
        if again.route_error is None and all(m and m.group(1) in lists for m in missing):
            mock_limits.append(f"{label}: {verdict}")
        else:
            outcome.failed.append(f"{label}: {verdict}; without the lists: {again}")
    total = outcome.conforming + len(outcome.excused) + len(mock_limits) + len(outcome.failed)
    print(
        f"{len(ALL)} operations, both clients: {total} requests checked, "
        f"{outcome.conforming} conform, {len(outcome.excused)} refused for the spec's fault, "
        f"{len(mock_limits)} refused for the mock's form parser, {len(outcome.failed)} failed"
    )
    for line in outcome.excused:
        print(f"  spec's fault (see tests/spec_corrections.py): {line}")
    for line in mock_limits:
        print(f"  the mock's form parser (no array in a form body; the rest conforms): {line}")
    for line in outcome.failed:
        print(f"  FAILED: {line}")
    spec_file = Path(args.tools).parent / "reference" / "openapi" / "compatibility.yaml"
    unknown = unknown_form_fields(spec_file)
    print(f"Compatibility parameters checked against the spec: {len(unknown)} unknown")
    for line in unknown:
        print(f"  FAILED: {line}")
    return 1 if outcome.failed or unknown else 0


if __name__ == "__main__":
    sys.exit(main())

"""Signature parity with the official SDK: every way its methods take arguments, tried here.

A developer tool, like `contract_check.py`; no test depends on it. It needs the official SDK
in a side venv (MIT; read for names and behaviour):

    python3 -m venv /tmp/sdk && /tmp/sdk/bin/pip install signalwire-sdk==3.7.5
    python3 scripts/official_parity.py [--official-python /tmp/sdk/bin/python] [-v]

How: a child process in the side venv walks the official `RestClient`, and for each method
builds its call shapes (its positional parameters, a positional body dict, each named
keyword, `request_options=`, `extras=`, reserved words through `**{"from": ...}`). It calls
the official method with each shape against a recording stand-in for `requests` and
reports what went on the wire. This process makes the same calls on our `RestClient`
through a recording `httpx` transport and compares: method, path, query and body.

Counted per shape: `same` (our request is the official one; `but a fresh control_id`: we
add the id the spec requires), `accepted, wire differs` (printed with -v), `refused` (our
call raised before sending; `a field the API requires is absent`: the placeholder values
leave out what the API needs, which the official SDK sends without), `missing` (we have no
such method), `official fails too`. Exit status 0 when nothing is refused or missing.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Runs in the side venv: prints one JSON line per call shape.
CHILD = textwrap.dedent(
    r'''
    import inspect, json, re, sys, typing
    import requests
    from signalwire.rest import RestClient
    from signalwire.rest._request_options import RequestOptions

    sent = []

    class Answer:
        status_code = 200
        ok = True
        headers = {}
        content = b'{"data": [], "links": {}}'
        text = content.decode()
        def json(self):
            return {"data": [], "links": {}}

    def record(self, method, url, json=None, params=None, data=None, **_):
        sent.append({"method": method, "url": url, "json": json, "params": params, "data": data})
        return Answer()

    requests.Session.request = record
    client = RestClient("p", "t", "example.signalwire.com")

    def value(annotation, name):
        text = str(annotation)
        literal = re.search(r"Literal\[['\"]([^'\"]*)['\"]", text)
        if literal:
            return literal.group(1)
        if text.startswith(("list", "Sequence")) or "list[" in text:
            return ["x"]
        if "dict" in text or "Mapping" in text:
            return {"k": "v"}
        if text.startswith("bool"):
            return True
        if text.startswith("int"):
            return 1
        if text.startswith("float"):
            return 1.5
        return "x-" + name

    import importlib, pkgutil
    import signalwire.rest.namespaces as namespaces

    TYPES = {}
    for info in pkgutil.iter_modules(namespaces.__path__):
        if info.name.endswith("_types_generated"):
            module = importlib.import_module(f"{namespaces.__name__}.{info.name}")
            TYPES.update({k: v for k, v in vars(module).items() if isinstance(v, type)})

    def body_of(function, name):
        """A body dict with the required keys of the first TypedDict its annotation names."""
        text = str(inspect.signature(function).parameters[name].annotation)
        for option in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text):
            found = TYPES.get(option)
            if found is not None and hasattr(found, "__required_keys__"):
                try:
                    options = typing.get_type_hints(found)
                except Exception:
                    options = {}
                required = sorted(found.__required_keys__)
                return {k: value(options.get(k, str), k) for k in required}
        return {}

    def shapes(function):
        signature = inspect.signature(function)
        args, required, optional = [], {}, []
        for p in signature.parameters.values():
            if p.kind is p.VAR_KEYWORD:
                continue
            if p.name == "body" and p.default is p.empty:
                args.append(body_of(function, "body"))
            elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty:
                args.append(value(p.annotation, p.name))
            elif p.name in ("request_options", "extras"):
                continue
            elif p.default is p.empty:
                required[p.name] = value(p.annotation, p.name)
            else:
                optional.append(p)
        names = set(signature.parameters)
        yield "required", args, dict(required)
        for p in optional:
            yield f"keyword {p.name}", args, {**required, p.name: value(p.annotation, p.name)}
        if "request_options" in names:
            yield "request_options", args, {**required, "request_options": {"timeout": 5.0}}
        if "extras" in names:
            yield "extras", args, {**required, "extras": {"x_extra": 1}}
        if "from_" in names:
            reserved = {k: v for k, v in required.items() if k != "from_"}
            yield "reserved from", args, {**reserved, "from": "+15125550100"}

    def walk(owner, place, depth=0):
        if depth > 3:
            return
        for name in dir(owner):
            if name.startswith("_"):
                continue
            attribute = getattr(owner, name, None)
            if inspect.ismethod(attribute):
                yield f"{place}.{name}".lstrip("."), attribute
            elif type(attribute).__module__.startswith("signalwire.rest"):
                yield from walk(attribute, f"{place}.{name}", depth + 1)

    for call, function in sorted(walk(client, "")):
        for shape, args, kwargs in shapes(function):
            sent.clear()
            passed = dict(kwargs)
            if "request_options" in passed:
                passed["request_options"] = RequestOptions(**passed["request_options"])
            try:
                result = function(*args, **passed)
                if inspect.isgenerator(result) or hasattr(result, "__next__"):
                    next(iter(result), None)
                error = None
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"[:200]
            line = {"call": call, "shape": shape, "args": args, "kwargs": kwargs,
                    "sent": sent[:1], "error": error}
            print(json.dumps(line, default=str))
    '''
)


def official_calls(python: str) -> list[dict[str, Any]]:
    """The official SDK's call shapes and what each sent, from the side venv."""
    try:
        out = subprocess.run(
            [python, "-c", CHILD], capture_output=True, text=True, check=True, timeout=600
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        sys.exit(
            f"cannot run the official SDK with {python} ({exc}); install it in a side venv: "
            "python3 -m venv /tmp/sdk && /tmp/sdk/bin/pip install signalwire-sdk==3.7.5"
        )
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def wire(method: str, url: str, query: Any, body: Any) -> tuple[str, str, tuple[Any, ...], Any]:
    """One request, comparable across the two SDKs."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query) + [
        (k, str(v).lower() if isinstance(v, bool) else str(v))
        for k, v in (query or {}).items()
        for v in (v if isinstance(v, list) else [v])
        if v is not None
    ]
    return method.upper(), parts.path, tuple(sorted(pairs)), body


class Shape:
    """The stand-in of the official `RequestOptions`: a plain object with its fields."""

    def __init__(self, **fields: Any) -> None:
        for name in ("timeout", "retries", "retry_on_status", "retry_backoff", "abort_signal"):
            setattr(self, name, fields.get(name))


def ours(row: dict[str, Any]) -> tuple[str, Any]:
    """Make the same call on our client: ('missing' | 'refused' | 'sent', detail)."""
    import httpx

    from signalwire_async import RestClient

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "links": {}, "id": "x"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with RestClient("p", "t", "example", http_client=http, max_retries=0) as client:
        target: Any = client
        for part in row["call"].split("."):
            target = getattr(target, part, None)
            if target is None:
                return "missing", row["call"]
        kwargs = dict(row["kwargs"])
        if "request_options" in kwargs:
            kwargs["request_options"] = Shape(**kwargs["request_options"])
        try:
            result = target(*row["args"], **kwargs)
            if hasattr(result, "first_page"):
                result.first_page()
        except TypeError as exc:
            return "refused", str(exc)[:300]
        except Exception as exc:  # an answer we could not read: it was sent
            if not seen:
                return "refused", f"{type(exc).__name__}: {exc}"[:300]
    if not seen:
        return "refused", "nothing sent"
    request = seen[0]
    body = json.loads(request.content) if request.content else None
    return "sent", wire(request.method, str(request.url), None, body)


# Our refusals that are the API's own contract, not the signature's: the placeholder values
# leave out a field the API requires (the official SDK sends the request regardless).
API_REQUIRED = ("missing required keyword argument", "needs exactly one of")


def without_fresh_control_id(ours_wire: Any, theirs_wire: Any) -> Any:
    """Ours with the `params.control_id` the client adds (the spec requires one) dropped,
    when the official request has none."""
    body = ours_wire[3]
    theirs_params = (theirs_wire[3] or {}).get("params")
    if not (isinstance(body, dict) and isinstance(body.get("params"), dict)):
        return ours_wire
    if theirs_params is None or "control_id" in theirs_params:
        return ours_wire
    params = {k: v for k, v in body["params"].items() if k != "control_id"}
    return (*ours_wire[:3], {**body, "params": params})


def compare(rows: list[dict[str, Any]], verbose: bool) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    for row in rows:
        if row["error"] or not row["sent"]:
            counts["official fails too"] += 1
            continue
        status, detail = ours(row)
        if status == "refused" and any(reason in detail for reason in API_REQUIRED):
            status = "refused: a field the API requires is absent"
        if status == "sent":
            theirs = row["sent"][0]
            expected = wire(theirs["method"], theirs["url"], theirs["params"], theirs["json"])
            if detail == expected:
                status = "same"
            elif without_fresh_control_id(detail, expected) == expected:
                status = "same but a fresh control_id"
            else:
                status = "accepted, wire differs"
            if status == "accepted, wire differs" and verbose:
                print(
                    f"~ {row['call']} [{row['shape']}]\n    ours   {detail}\n    theirs {expected}"
                )
        elif verbose or status in ("missing", "refused"):
            print(f"{status}: {row['call']} [{row['shape']}]: {detail}")
        counts[status] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--official-python", default="/tmp/sdk/bin/python")
    parser.add_argument("-v", "--verbose", action="store_true")
    options = parser.parse_args()
    rows = official_calls(options.official_python)
    counts = compare(rows, options.verbose)
    shapes = sum(counts.values())
    print(
        f"{shapes} official call shapes over {len({r['call'] for r in rows})} methods: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )
    return 1 if counts["refused"] or counts["missing"] else 0  # the API-required kind aside


if __name__ == "__main__":
    sys.exit(main())

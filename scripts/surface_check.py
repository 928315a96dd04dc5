"""Compare the declarations with the API surface table: every row declared, nothing else.

A developer tool: it reads `../shared/reference/api_surface.json`, which a user's clone does
not have.

    python scripts/surface_check.py [--surface ../shared/reference/api_surface.json]

For each namespace that has declarations, every table row must be declared with the same
Python name, HTTP method, path (placeholder names aside: the declaration names them after the
arguments) and positional arguments, and every declaration must be a row. Exit status 1 on
any difference.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from signalwire_async._declarations import Resource, namespaces  # noqa: E402

NAMESPACES = namespaces()

_PLACEHOLDER = re.compile(r"\{[^}]+\}")


def positional(call: str) -> list[str]:
    """The positional arguments of a table's call column: `x.get(id)` -> ["id"]."""
    inside = call[call.index("(") + 1 : call.rindex(")")]
    return [a.strip() for a in inside.split(",") if a.strip() and a.strip() != "..."]


def resources() -> list[tuple[str, Resource]]:
    """Every declared resource with its place on the client (`fabric.sip_gateways`)."""
    found: list[tuple[str, Resource]] = []
    for top in NAMESPACES:
        if isinstance(top, Resource):
            found.append((top.attr, top))
        else:
            found += [(f"{top.attr}.{r.attr}", r) for r in top.resources]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "reference" / "api_surface.json"
    parser.add_argument("--surface", type=Path, default=default)
    args = parser.parse_args()
    rows = json.loads(args.surface.read_text("utf-8"))
    declared = {top.attr for top in NAMESPACES}
    want = {
        ".".join(filter(None, (r["namespace"], r["resource"], r["method"]))): (
            r["http_method"],
            _PLACEHOLDER.sub("{}", r["path"]),
            positional(r["python_call"]),
        )
        for r in rows
        if r["namespace"] in declared
    }
    have = {
        f"{place}.{op.name}": (op.http, _PLACEHOLDER.sub("{}", op.path), op.positional)
        for place, resource in resources()
        for op in resource.ops
    }
    problems = [f"not declared: {name}" for name in sorted(want.keys() - have.keys())]
    problems += [f"not in the table: {name}" for name in sorted(have.keys() - want.keys())]
    problems += [
        f"{name}: table {want[name]}, declared {have[name]}"
        for name in sorted(want.keys() & have.keys())
        if want[name] != have[name]
    ]
    for problem in problems:
        print(problem)
    print(f"{len(have)} declared operations, {len(want)} table rows, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

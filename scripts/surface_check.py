"""Compare the declarations with the API surface table: every row declared, nothing else.

A developer tool: it reads `../shared/reference/api_surface.json`, which a user's clone does
not have.

    python scripts/surface_check.py [--surface ../shared/reference/api_surface.json]

For each namespace that has declarations, every table row must be declared with the same
Python name, HTTP method, path and positional arguments, and every declaration must be a
row. Exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from generate_api import NAMESPACES  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "reference" / "api_surface.json"
    parser.add_argument("--surface", type=Path, default=default)
    args = parser.parse_args()
    rows = json.loads(args.surface.read_text("utf-8"))
    declared = {ns.attr for ns in NAMESPACES}
    want = {
        f"{r['namespace']}.{r['resource']}.{r['method']}": (
            r["http_method"],
            r["path"],
            r["path_params"],
        )
        for r in rows
        if r["namespace"] in declared
    }
    have = {
        f"{ns.attr}.{res.attr}.{op.name}": (op.http, op.path, op.path_params)
        for ns in NAMESPACES
        for res in ns.resources
        for op in res.ops
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

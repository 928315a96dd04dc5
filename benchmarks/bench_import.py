"""Import time of httpx, signalwire_async (with a client, one resource, all of Fabric), aiohttp.

Namespaces, resources and their models are imported on first use, so building a client
costs the same however many resources the package has; the last signalwire_async rows show
what first use costs.

Each case runs in ``--runs`` fresh interpreters (after one unrecorded run that
warms the bytecode and OS file caches); the median is reported. Numbers are
printed, never asserted.

    PYTHONPATH=. python benchmarks/bench_import.py [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

CASES = {
    "import httpx": "import httpx",
    "import signalwire_async": "import signalwire_async",
    "import signalwire_async + AsyncRestClient(...)": (
        "import signalwire_async; "
        "signalwire_async.AsyncRestClient(project='p', token='t', host='example')"
    ),
    "... + client.fabric.sip_endpoints (one resource)": (
        "import signalwire_async; "
        "signalwire_async.AsyncRestClient(project='p', token='t', host='example')"
        ".fabric.sip_endpoints"
    ),
    "... + all 18 fabric resources": (
        "import signalwire_async; "
        "c = signalwire_async.AsyncRestClient(project='p', token='t', host='example'); "
        "[getattr(c.fabric, n) for n in vars(type(c.fabric)) if not n.startswith('_')]"
    ),
    "import aiohttp (reference)": "import aiohttp",
}

TEMPLATE = "import time; t=time.perf_counter(); {stmt}; print(time.perf_counter()-t)"


def time_once(stmt: str, env: dict[str, str]) -> float:
    """Return seconds taken by ``stmt`` in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", TEMPLATE.format(stmt=stmt)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="fresh subprocesses per case")
    args = parser.parse_args()

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    print(f"Python {sys.version.split()[0]}, median of {args.runs} fresh subprocesses per case")
    header = f"{'case':<52} {'median ms':>10} {'min ms':>8} {'max ms':>8}"
    print(header)
    print("-" * len(header))
    medians: dict[str, float] = {}
    for label, stmt in CASES.items():
        try:
            time_once(stmt, env)  # warm-up, not recorded
            times = [time_once(stmt, env) for _ in range(args.runs)]
        except subprocess.CalledProcessError as exc:
            error = exc.stderr.strip().splitlines()[-1] if exc.stderr.strip() else exc
            print(f"{label:<52} failed: {error}")
            continue
        medians[label] = statistics.median(times)
        print(
            f"{label:<52} {medians[label] * 1e3:>10.1f} "
            f"{min(times) * 1e3:>8.1f} {max(times) * 1e3:>8.1f}"
        )
    base = medians.get("import httpx")
    if base:
        print()
        for label, value in medians.items():
            if label != "import httpx":
                print(f"{label} / import httpx: {value / base:.2f}x")


if __name__ == "__main__":
    main()

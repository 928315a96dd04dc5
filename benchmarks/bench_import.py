"""Import time of httpx, signalwire_async (with a client, one resource, all of Fabric), aiohttp.

Namespaces, resources and their models are imported on first use, so building a client
costs the same however many resources the package has; the last signalwire_async rows show
what first use costs.

Each case runs in ``--runs`` fresh interpreters (after one unrecorded run that
warms the bytecode and OS file caches), the cases interleaved run by run; the median is
reported, both of the statement alone (timed inside the interpreter) and of the whole
process (interpreter start-up included, timed from outside). Numbers are printed, never
asserted.

    PYTHONPATH=. python benchmarks/bench_import.py [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

CASES = {
    "import httpx": "import httpx",
    "import signalwire_async": "import signalwire_async",
    "import signalwire_async + AsyncRestClient(...)": (
        "import signalwire_async; "
        "signalwire_async.AsyncRestClient(project='p', token='t', host='example')"
    ),
    "... + client.fabric": (
        "import signalwire_async; "
        "signalwire_async.AsyncRestClient(project='p', token='t', host='example').fabric"
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


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_once(stmt: str, env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds taken by ``stmt`` in a fresh interpreter, by that whole process, and the
    whole process's CPU time (user + system: what a loaded machine disturbs least)."""
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", TEMPLATE.format(stmt=stmt)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    whole = time.perf_counter() - t0
    return float(out.stdout.strip().splitlines()[-1]), whole, _children_cpu() - cpu0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="fresh subprocesses per case")
    args = parser.parse_args()

    env = dict(os.environ)
    # An installed package has its bytecode compiled; with this set, the warm-up run could
    # not write it and every run would compile this package from source (but not httpx).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    print(f"Python {sys.version.split()[0]}, median of {args.runs} fresh subprocesses per case")
    times: dict[str, list[tuple[float, float, float]]] = {label: [] for label in CASES}
    for label, stmt in CASES.items():
        try:
            time_once(stmt, env)  # warm-up, not recorded
        except subprocess.CalledProcessError as exc:
            error = exc.stderr.strip().splitlines()[-1] if exc.stderr.strip() else exc
            print(f"{label}: failed: {error}")
            del times[label]
    for _ in range(args.runs):
        for label in times:
            times[label].append(time_once(CASES[label], env))
    columns = ("statement ms", "process ms", "process CPU ms")
    medians = {
        label: [statistics.median(run[i] for run in runs) for i in range(3)]
        for label, runs in times.items()
    }
    header = f"{'case':<52}" + "".join(f"{c:>16}" for c in columns)
    print(header)
    print("-" * len(header))
    for label, values in medians.items():
        print(f"{label:<52}" + "".join(f"{v * 1e3:>16.1f}" for v in values))
    base = medians.get("import httpx")
    if base:
        print()
        print("ratios to import httpx (statement, whole process, whole-process CPU):")
        for label, values in medians.items():
            if label != "import httpx":
                ratios = ", ".join(f"{v / b:.2f}x" for v, b in zip(values, base, strict=True))
                print(f"  {label}: {ratios}")


if __name__ == "__main__":
    main()

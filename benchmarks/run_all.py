"""Run every benchmark in turn with its defaults; extra arguments are not forwarded.

PYTHONPATH=. python benchmarks/run_all.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = (
    "bench_import.py",
    "bench_concurrency.py",
    "bench_pagination.py",
    "bench_provision.py",
)


def main() -> int:
    failed = []
    for script in SCRIPTS:
        print(f"\n===== {script} =====", flush=True)
        if subprocess.run([sys.executable, str(HERE / script)], check=False).returncode:
            failed.append(script)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

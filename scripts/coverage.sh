#!/usr/bin/env bash
# The whole test suite under coverage, in one pytest run: the async tests on asyncio and on
# trio, the generated sync tests, and the Python subprocesses some tests start (configured
# in pyproject.toml, [tool.coverage.*]). Fails when
#   - the total line+branch coverage falls below `fail_under` (pyproject.toml), or
#   - one of the pure policy modules is not covered to 100 % (lines and branches).
# Extra arguments go to pytest. The HTML report: `python3 -m coverage html` afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

# Decisions with no I/O of their own: every line and branch is tested directly.
policy_modules=(
  signalwire_async/_retry.py
  signalwire_async/_decide.py
  signalwire_async/_json.py
  signalwire_async/_pages.py
  signalwire_async/_paths.py
  signalwire_async/_params.py
  signalwire_async/_form.py
  signalwire_async/_transports/body.py
  signalwire_async/_transports/deadline.py
)

rm -f .coverage .coverage.*
# pytest-cov combines the processes' data files and enforces `fail_under` on the total.
python3 -m pytest --cov --cov-report=term "$@"

echo "== policy modules: 100 % line and branch coverage"
include="$(IFS=,; echo "${policy_modules[*]}")"
python3 -m coverage report --include="$include" --no-skip-covered --fail-under=100

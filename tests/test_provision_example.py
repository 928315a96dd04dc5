"""`examples/provision.py`, the README's bulk job, runs end to end.

It runs as a script, as a user would run it, with the SIGNALWIRE_* variables removed and
warnings turned into errors, on the embedded fake space (faults on): with rich and a live
bar, with rich and no terminal, and without rich at all. With the variables set it still
runs on the embedded fake space and sends nothing to the space they name, unless `--live`
is given; then it names the space, asks for confirmation (or takes `--yes`), and runs on it
(a served fake standing in for a real one).
"""

from __future__ import annotations

import importlib.util
import io
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from signalwire_async.testing import FakeSpace

SCRIPT = Path(__file__).resolve().parent.parent / "examples" / "provision.py"
ENV_NAMES = ("SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "SIGNALWIRE_SPACE")

# Runs the script with `import rich` failing, as it does where only the core is installed.
WITHOUT_RICH = """
import runpy, sys

class NoRich:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == "rich":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoRich())
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def clean_environment(**extra: str) -> dict[str, str]:
    """The environment without SIGNALWIRE_* (SIGNALWIRE_LOG too) or rich's terminal switches."""
    dropped = ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR")
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("SIGNALWIRE_") and name not in dropped
    }
    return {**env, **extra}


def run(
    *args: str, rich: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-W", "error"]
    command += [str(SCRIPT)] if rich else ["-c", WITHOUT_RICH, str(SCRIPT)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env if env is not None else clean_environment(),
    )


def assert_job_done(out: str, count: int) -> None:
    assert f"created: {count}, failed: 0, retried: " in out
    assert re.search(rf"listed: {count} endpoints named provision_[0-9a-f]{{6}}_\*", out)
    assert f"deleted: {count}, failed: 0, retried: " in out
    # The client's own counts (`client.stats`) are what the space saw.
    client = re.search(r"the client sent (\d+) requests: (\d+) retries", out)
    space = re.search(r"it received (\d+) requests, (\d+) of them repeats", out)
    assert client and space, out
    assert (client[1], client[2]) == (space[1], space[2])


def assert_rich_installed() -> None:
    assert importlib.util.find_spec("rich") is not None, "rich (the test extra) is not installed"


def test_without_a_terminal_rich_draws_no_bar_and_the_summary_is_printed() -> None:
    assert_rich_installed()
    result = run("-n", "200")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert_job_done(result.stdout, 200)
    assert "using a fake space on http://127.0.0.1:" in result.stdout
    assert "\x1b[" not in result.stdout  # no escape codes: nothing was redrawn
    assert "create:" not in result.stdout  # and no plain progress lines either


def test_in_a_terminal_rich_draws_the_live_bar() -> None:
    assert_rich_installed()
    result = run("-n", "200", env=clean_environment(FORCE_COLOR="1", COLUMNS="120"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert_job_done(result.stdout, 200)
    assert "\x1b[" in result.stdout
    assert "200/200" in result.stdout  # the bars' last frames
    assert "create" in result.stdout and "delete" in result.stdout


def test_without_rich_it_prints_a_plain_line_every_ten_percent() -> None:
    result = run("-n", "200", rich=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert_job_done(result.stdout, 200)
    lines = result.stdout.splitlines()
    for phase in ("create", "delete"):
        steps = [line for line in lines if line.startswith(f"{phase}: ")]
        assert [step.split(" ", 2)[1] for step in steps] == [f"{n}/200" for n in range(20, 201, 20)]


def test_a_partial_configuration_is_an_error_naming_what_is_missing() -> None:
    env = clean_environment(SIGNALWIRE_PROJECT_ID="my-project")
    result = run("-n", "5", "--live", env=env)
    assert result.returncode != 0
    assert result.stdout == ""
    assert "SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE not set" in result.stderr
    assert "Without --live the job runs on the embedded fake space" in result.stderr


def test_live_with_no_variables_is_an_error_not_the_fake_space() -> None:
    result = run("-n", "5", "--live", "--yes")
    assert result.returncode != 0
    assert result.stdout == ""
    assert "--live needs SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE" in (
        result.stderr
    )


def test_yes_without_live_is_a_usage_error() -> None:
    result = run("-n", "5", "--yes")
    assert result.returncode == 2
    assert "--yes only applies with --live" in result.stderr


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("provision_example", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_creates_in_doubt_are_listed_and_the_exit_status_is_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    provision = load_script()

    def space_dropping_the_first_creates(*args: Any, **kwargs: Any) -> FakeSpace:
        space = FakeSpace(*args, **kwargs)
        for _ in range(15):
            # A POST whose connection dies may have arrived: the client does not replay it.
            space.fail_next("POST", "/api/fabric/resources/sip_endpoints", drop=True)
        return space

    monkeypatch.setattr(provision, "FakeSpace", space_dropping_the_first_creates)
    monkeypatch.setattr(sys, "argv", ["provision.py", "-n", "200"])
    assert provision.main() == 1
    out = capsys.readouterr().out
    assert "created: 185, failed: 0, in doubt: 15, retried: " in out  # may have arrived
    assert out.count(": SignalWireRestTransportError: POST ") == 10
    assert "  ... and 5 more" in out
    assert "listed: 185 endpoints" in out
    assert "deleted: 185, failed: 0" in out


class Terminal(io.StringIO):
    """Standard input that is a terminal, with the user's answer typed in advance."""

    def isatty(self) -> bool:
        return True


def set_variables(monkeypatch: pytest.MonkeyPatch, host: str) -> None:
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", "my-project")
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", "my-secret-token")
    monkeypatch.setenv("SIGNALWIRE_SPACE", host)


def test_with_the_variables_set_and_no_live_it_sends_nothing_to_that_space(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    space = FakeSpace("my-project", "my-secret-token")  # standing in for a real space
    with space.serve() as served:
        set_variables(monkeypatch, served.host)
        # Even at a terminal, where a prompt could be answered: no --live, no question.
        monkeypatch.setattr(sys, "stdin", Terminal("yes\n"))
        provision = load_script()
        monkeypatch.setattr(sys, "argv", ["provision.py", "-n", "30"])
        assert provision.main() == 0
    out = capsys.readouterr().out
    assert list(space.requests) == []
    assert "SIGNALWIRE_* variables are set but --live was not given" in out
    assert "using a fake space on http://127.0.0.1:" in out
    assert served.host not in out
    assert "my-secret-token" not in out
    assert "created: 30, failed: 0" in out and "deleted: 30, failed: 0" in out


def test_as_a_script_with_the_variables_set_and_no_live_it_sends_nothing() -> None:
    space = FakeSpace("my-project", "my-secret-token")
    with space.serve() as served:
        env = clean_environment(
            SIGNALWIRE_PROJECT_ID="my-project",
            SIGNALWIRE_API_TOKEN="my-secret-token",
            SIGNALWIRE_SPACE=served.host,
        )
        result = run("-n", "20", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(space.requests) == []
    assert_job_done(result.stdout, 20)


def test_live_without_a_terminal_or_yes_refuses_and_sends_nothing() -> None:
    space = FakeSpace("my-project", "my-secret-token")
    with space.serve() as served:
        env = clean_environment(
            SIGNALWIRE_PROJECT_ID="my-project",
            SIGNALWIRE_API_TOKEN="my-secret-token",
            SIGNALWIRE_SPACE=served.host,
        )
        result = subprocess.run(
            [sys.executable, "-W", "error", str(SCRIPT), "-n", "5", "--live"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    assert result.returncode == 1
    assert list(space.requests) == []
    assert f"in space {served.host!r}" in result.stdout
    assert "(project my-project)" in result.stdout
    assert "standard input is not a terminal" in result.stderr
    assert "Pass --yes" in result.stderr
    assert "my-secret-token" not in result.stdout + result.stderr


@pytest.mark.parametrize("answer", ["no\n", "\n", "y\n", ""])
def test_live_at_a_terminal_anything_but_yes_cancels_and_sends_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], answer: str
) -> None:
    space = FakeSpace("my-project", "my-secret-token")
    with space.serve() as served:
        set_variables(monkeypatch, served.host)
        monkeypatch.setattr(sys, "stdin", Terminal(answer))
        provision = load_script()
        monkeypatch.setattr(sys, "argv", ["provision.py", "-n", "5", "--live"])
        with pytest.raises(SystemExit) as exited:
            provision.main()
    assert exited.value.code == 1
    assert list(space.requests) == []
    out = capsys.readouterr().out
    assert f"Type 'yes' to continue with space {served.host!r}: " in out
    assert "cancelled: nothing was created" in out


def test_live_at_a_terminal_yes_runs_on_that_space(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    space = FakeSpace("my-project", "my-secret-token")
    with space.serve() as served:
        set_variables(monkeypatch, served.host)
        monkeypatch.setattr(sys, "stdin", Terminal("YES\n"))
        provision = load_script()
        monkeypatch.setattr(sys, "argv", ["provision.py", "-n", "10", "--live"])
        assert provision.main() == 0
    out = capsys.readouterr().out
    assert "created: 10, failed: 0" in out and "deleted: 10, failed: 0" in out
    assert sum(r.operation == "fabric.sip_endpoints.create" for r in space.requests) == 10


def test_with_the_variables_set_and_live_yes_it_says_so_and_runs_on_that_space(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    space = FakeSpace("my-project", "my-secret-token")  # standing in for a real space
    with space.serve() as served:
        set_variables(monkeypatch, served.host)
        provision = load_script()
        monkeypatch.setattr(sys, "argv", ["provision.py", "-n", "30", "--live", "--yes"])
        assert provision.main() == 0
    out = capsys.readouterr().out
    assert f"This will create and then delete 30 SIP endpoints in space {served.host!r}" in out
    assert "(project my-project)" in out
    assert "Type 'yes'" not in out  # --yes: no question
    assert "my-secret-token" not in out
    assert "fake space" not in out
    assert "created: 30, failed: 0" in out and "deleted: 30, failed: 0" in out
    assert sum(r.operation == "fabric.sip_endpoints.create" for r in space.requests) == 30
    assert space.items("/api/fabric/resources/sip_endpoints") == []

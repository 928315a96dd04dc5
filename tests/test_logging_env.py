"""`SIGNALWIRE_LOG`: debug/info attach one stderr handler; anything else warns; unset is a no-op."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator

import pytest

from signalwire_async import NotFoundError, SignalWireRestTransportError
from signalwire_async._logging import ENV_LOG, LOGGER_NAME, configure_from_env
from signalwire_async.testing import FakeSpace

URL = "https://x.signalwire.com/api/fabric/resources/sip_endpoints"

logger = logging.getLogger(LOGGER_NAME)
root = logging.getLogger()


@pytest.fixture(autouse=True)
def clean_logger(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Start with the variable unset; afterwards, drop added handlers and restore levels."""
    monkeypatch.delenv(ENV_LOG, raising=False)
    handlers, level = list(logger.handlers), logger.level
    root_handlers, root_level = list(root.handlers), root.level
    yield
    for handler in logger.handlers:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)
    assert root.handlers == root_handlers
    assert root.level == root_level


def added_handlers(before: list[logging.Handler]) -> list[logging.Handler]:
    return [handler for handler in logger.handlers if handler not in before]


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("debug", logging.DEBUG),
        ("DEBUG", logging.DEBUG),
        ("Debug", logging.DEBUG),
        ("info", logging.INFO),
        ("INFO", logging.INFO),
    ],
)
def test_a_known_value_sets_the_level_and_attaches_a_stderr_handler(
    monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    before = list(logger.handlers)
    monkeypatch.setenv(ENV_LOG, value)
    configure_from_env()
    assert logger.level == level
    [handler] = added_handlers(before)
    assert type(handler) is logging.StreamHandler
    assert handler.stream is sys.stderr
    assert handler.level == logging.NOTSET
    assert handler.formatter is not None
    assert handler not in root.handlers


def test_calling_it_ten_times_attaches_one_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    before = list(logger.handlers)
    monkeypatch.setenv(ENV_LOG, "debug")
    for _ in range(10):
        configure_from_env()
    assert len(added_handlers(before)) == 1
    assert logger.level == logging.DEBUG


def test_a_later_call_follows_a_changed_value_with_the_same_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = list(logger.handlers)
    monkeypatch.setenv(ENV_LOG, "debug")
    configure_from_env()
    [handler] = added_handlers(before)
    monkeypatch.setenv(ENV_LOG, "info")
    configure_from_env()
    assert added_handlers(before) == [handler]
    assert logger.level == logging.INFO


@pytest.mark.parametrize("value", ["verbose", "warning", "1", "true", "debug!", "-"])
def test_an_unknown_value_warns_once_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    handlers, level = list(logger.handlers), logger.level
    monkeypatch.setenv(ENV_LOG, value)
    with pytest.warns(UserWarning) as record:
        configure_from_env()
    assert len(record) == 1
    message = str(record[0].message)
    assert ENV_LOG in message
    assert repr(value) in message
    assert "'debug'" in message
    assert "'info'" in message
    assert record[0].filename == __file__  # blamed on the caller, not on _logging.py
    assert logger.handlers == handlers
    assert logger.level == level


@pytest.mark.parametrize("value", [None, ""])
def test_unset_or_empty_leaves_the_logger_untouched(
    monkeypatch: pytest.MonkeyPatch, recwarn: pytest.WarningsRecorder, value: str | None
) -> None:
    if value is not None:
        monkeypatch.setenv(ENV_LOG, value)
    handlers, level = list(logger.handlers), logger.level
    configure_from_env()
    assert logger.handlers == handlers
    assert logger.level == level
    assert len(recwarn) == 0


def test_a_client_log_record_reaches_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_LOG, "debug")
    configure_from_env()
    capsys.readouterr()
    logging.getLogger("signalwire_async").debug("GET %s -> %s", URL, 200)
    captured = capsys.readouterr()
    assert captured.out == ""
    line = re.escape(f"DEBUG signalwire_async: GET {URL} -> 200")
    pattern = rf"\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d,\d{{3}} {line}\n"
    assert re.fullmatch(pattern, captured.err), captured.err


def test_a_child_logger_s_record_reaches_stderr_too(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_LOG, "debug")
    configure_from_env()
    logging.getLogger("signalwire_async._pages").debug("page %d", 2)
    err = capfd.readouterr().err
    assert err.endswith(" DEBUG signalwire_async._pages: page 2\n"), err


def test_info_hides_debug_records(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_LOG, "INFO")
    configure_from_env()
    capsys.readouterr()
    logger.debug("GET %s -> %s", URL, 200)
    logger.info("retrying in %.1f s", 0.5)
    err = capsys.readouterr().err
    assert "GET" not in err
    assert err.endswith(" INFO signalwire_async: retrying in 0.5 s\n"), err


@pytest.mark.asyncio
async def test_constructing_a_client_applies_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from signalwire_async import AsyncRestClient

    before = list(logger.handlers)
    monkeypatch.setenv(ENV_LOG, "debug")
    async with AsyncRestClient("project", "token", "example"):
        [handler] = added_handlers(before)  # the clean_logger fixture removes it afterwards
    assert type(handler) is logging.StreamHandler
    assert handler.stream is sys.stderr
    assert logger.level == logging.DEBUG


# -- what the client logs: one INFO line per call, DEBUG lines per attempt --------------------

SECRET = "s3cret-api-token"
ENDPOINTS = "/api/fabric/resources/sip_endpoints"
CALL_LINE = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO signalwire_async: "


def info_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if " INFO signalwire_async: " in line]


def make_space() -> FakeSpace:
    return FakeSpace("project", SECRET)


def test_info_logs_one_line_per_call_with_method_path_status_time_and_retries(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_LOG, "info")
    space = make_space()
    with space.client() as client:
        ep = client.fabric.sip_endpoints.create(username="u1", password="Pw1-secret!")
        list(client.fabric.sip_endpoints.list(page_size=10))
        # One 503 with Retry-After: 0, then a success: still one line, counting the retry.
        space.fail_next("GET", f"{ENDPOINTS}/{ep.id}", status=503, headers={"Retry-After": "0"})
        client.fabric.sip_endpoints.get(ep.id)
        with pytest.raises(NotFoundError):
            client.fabric.sip_endpoints.get("no-such-id")
    err = capsys.readouterr().err
    lines = info_lines(err)
    assert len(lines) == 4, err
    expected = [
        rf"POST {ENDPOINTS} -> 201 in \d+\.\d ms, 0 retries",
        rf"GET {ENDPOINTS} -> 200 in \d+\.\d ms, 0 retries",  # the path only: no query
        rf"GET {ENDPOINTS}/{ep.id} -> 200 in \d+\.\d ms, 1 retry",
        rf"GET {ENDPOINTS}/no-such-id -> 404 in \d+\.\d ms, 0 retries",
    ]
    for line, pattern in zip(lines, expected, strict=True):
        assert re.fullmatch(CALL_LINE + pattern, line), line
    assert "DEBUG" not in err  # info hides the per-attempt detail
    assert SECRET not in err and "Pw1-secret!" not in err and "Authorization" not in err


def test_info_logs_a_transport_failure_by_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_LOG, "info")
    space = make_space()
    with space.client(max_retries=0) as client:
        space.fail_next("POST", ENDPOINTS, drop=True)
        with pytest.raises(SignalWireRestTransportError):
            client.fabric.sip_endpoints.create(username="u1", password="Pw1-secret!")
    [line] = info_lines(capsys.readouterr().err)
    assert re.fullmatch(CALL_LINE + rf"POST {ENDPOINTS} -> \w+Error in \d+\.\d ms, 0 retries", line)


def test_debug_adds_a_line_per_attempt_with_the_full_url(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_LOG, "debug")
    space = make_space()
    with space.client() as client:
        space.fail_next("GET", ENDPOINTS, status=503, headers={"Retry-After": "0"})
        list(client.fabric.sip_endpoints.list(page_size=10))
    err = capsys.readouterr().err
    url = f"https://{space.host}{ENDPOINTS}?page_size=10"
    assert f"DEBUG signalwire_async: GET {url} -> 503 in " in err
    assert f"DEBUG signalwire_async: GET {url} -> 200 in " in err
    assert "DEBUG signalwire_async: retrying GET " in err
    [line] = info_lines(err)
    assert re.fullmatch(CALL_LINE + rf"GET {ENDPOINTS} -> 200 in \d+\.\d ms, 1 retry", line)
    assert SECRET not in err


def test_unset_the_client_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with make_space().client() as client:
        client.fabric.sip_endpoints.create(username="u1", password="Pw1-secret!")
    assert capsys.readouterr().err == ""


@pytest.mark.asyncio
async def test_info_logs_one_line_per_async_call(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_LOG, "INFO")
    async with make_space().async_client() as client:
        await client.fabric.sip_endpoints.create(username="u1", password="Pw1-secret!")
    [line] = info_lines(capsys.readouterr().err)
    assert re.fullmatch(CALL_LINE + rf"POST {ENDPOINTS} -> 201 in \d+\.\d ms, 0 retries", line)

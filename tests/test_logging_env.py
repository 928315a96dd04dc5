"""`SIGNALWIRE_LOG`: debug/info attach one stderr handler; anything else warns; unset is a no-op."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator

import pytest

from signalwire_async._logging import ENV_LOG, LOGGER_NAME, configure_from_env

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

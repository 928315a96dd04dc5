"""Client settings: host -> base URL, environment fallbacks, credentials, timeouts."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from signalwire_async._config import ClientConfig, base_url_for

PROJECT = "d2d5d1a6-0000-4000-8000-000000000001"
TOKEN = "PTsecret-token-value"


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("example", "https://example.signalwire.com"),
        ("Example", "https://example.signalwire.com"),
        ("example.signalwire.com", "https://example.signalwire.com"),
        ("https://example.signalwire.com", "https://example.signalwire.com"),
        ("https://example.signalwire.com/", "https://example.signalwire.com"),
        ("HTTPS://Example.SignalWire.com", "https://example.signalwire.com"),
        ("http://foo.example.com:8080", "http://foo.example.com:8080"),
        ("127.0.0.1:4010", "http://127.0.0.1:4010"),
        ("127.0.0.1", "http://127.0.0.1"),
        ("localhost:8080", "http://localhost:8080"),
        ("[::1]:9000", "http://[::1]:9000"),
        ("0.0.0.0:8089", "http://0.0.0.0:8089"),
        ("[::]:8089", "http://[::]:8089"),
        ("10.0.0.5:8443", "https://10.0.0.5:8443"),
    ],
)
def test_base_url_for(host: str, expected: str) -> None:
    assert base_url_for(host) == expected


@pytest.mark.parametrize(
    "host",
    [
        "user:pw@example.signalwire.com",
        "https://u@x.com",
        "example.signalwire.com/api",
        "https://example.signalwire.com/api/",
        "x.com?a=1",
        "x.com#f",
        "x.com\\y",
        "exa mple",
        "example\n",
        "ftp://x.com",
        "https://",
        "",
        "x.com:0",
        "x.com:70000",
        "x.com:abc",
        "x.com:",
        "[::1",
        "[not-v6]:80",
        "[::1]x",
        "-bad-",
        "exa_mple",
    ],
)
def test_base_url_for_rejects(host: str) -> None:
    with pytest.raises(ValueError, match="invalid"):
        base_url_for(host)


def test_base_url_for_rejects_long_bad_hosts_without_backtracking() -> None:
    # A regex that can split a label many ways took ~1.7 s for 24 letters and doubled per
    # letter; with 200 letters this test would never finish.
    with pytest.raises(ValueError):
        base_url_for("a" * 200 + "!")
    with pytest.raises(ValueError):
        base_url_for("a." * 100 + "!")


# -- ClientConfig.build -----------------------------------------------------------------


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "SIGNALWIRE_SPACE"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def build(
    project: str | None = PROJECT,
    token: str | None = TOKEN,
    host: str | None = "example",
    **options: Any,
) -> ClientConfig:
    options.setdefault("timeout", 30.0)
    options.setdefault("max_retries", 2)
    return ClientConfig.build(project, token, host, **options)


def test_build_reads_environment(env: pytest.MonkeyPatch) -> None:
    env.setenv("SIGNALWIRE_PROJECT_ID", PROJECT)
    env.setenv("SIGNALWIRE_API_TOKEN", TOKEN)
    env.setenv("SIGNALWIRE_SPACE", "envspace")
    config = build(None, None, None)
    assert (config.project, config.token) == (PROJECT, TOKEN)
    assert config.base_url == "https://envspace.signalwire.com"


def test_arguments_win_over_environment(env: pytest.MonkeyPatch) -> None:
    env.setenv("SIGNALWIRE_PROJECT_ID", "env-project")
    env.setenv("SIGNALWIRE_API_TOKEN", "env-token")
    env.setenv("SIGNALWIRE_SPACE", "envspace")
    config = build()
    assert (config.project, config.token) == (PROJECT, TOKEN)
    assert config.base_url == "https://example.signalwire.com"


@pytest.mark.parametrize(
    ("argument", "variable"),
    [
        ("project", "SIGNALWIRE_PROJECT_ID"),
        ("token", "SIGNALWIRE_API_TOKEN"),
        ("host", "SIGNALWIRE_SPACE"),
    ],
)
@pytest.mark.parametrize("missing", [None, ""])
def test_missing_value_names_argument_and_variable(
    env: pytest.MonkeyPatch, argument: str, variable: str, missing: str | None
) -> None:
    if missing is not None:
        env.setenv(variable, missing)
    with pytest.raises(ValueError) as info:
        build(**{argument: None})
    assert f"{argument}=" in str(info.value)
    assert variable in str(info.value)


def test_token_not_in_repr(env: pytest.MonkeyPatch) -> None:
    config = build()
    assert TOKEN not in repr(config)
    assert config.authorization not in repr(config)
    assert PROJECT in repr(config)


def test_authorization_is_basic_auth(env: pytest.MonkeyPatch) -> None:
    config = build()
    scheme, _, encoded = config.authorization.partition(" ")
    assert scheme == "Basic"
    assert base64.b64decode(encoded).decode() == f"{PROJECT}:{TOKEN}"


def test_timeout_number_becomes_httpx_timeout(env: pytest.MonkeyPatch) -> None:
    config = build(timeout=12.5)
    assert config.timeout.read == 12.5
    assert config.timeout.connect == 5.0
    assert build(timeout=2).timeout.connect == 2  # connect never exceeds the total


def test_timeout_accepts_httpx_timeout_as_is(env: pytest.MonkeyPatch) -> None:
    timeout = httpx.Timeout(3.0, read=60.0)
    assert build(timeout=timeout).timeout is timeout


@pytest.mark.parametrize("timeout", [0, 0.0, -1, -0.5, None, True, False, "30"])
def test_timeout_rejects_non_positive_and_non_numbers(
    env: pytest.MonkeyPatch, timeout: Any
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        build(timeout=timeout)


def test_timeout_rejects_nan(env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="timeout"):
        build(timeout=float("nan"))


def test_max_retries(env: pytest.MonkeyPatch) -> None:
    assert build(max_retries=0).max_retries == 0
    with pytest.raises(ValueError):
        build(max_retries=-1)
    with pytest.raises(TypeError):
        build(max_retries=True)
    with pytest.raises(TypeError):
        build(max_retries=1.5)

"""RELAY never shows the token or the JWT: not in reprs, logs (every logger, DEBUG
included, frames too), errors or the tracebacks (with locals) of what it raises."""

from __future__ import annotations

import logging

import anyio
import pytest

from signalwire_async.relay import RelayAuthenticationError, RelayClient, RelayError
from signalwire_async.testing import FakeRelay

from .test_secrets import reachable_texts

SECRET = "relay-secret-token-5f0c"
JWT = "relay-secret-jwt-9a1b"


def assert_clean(text: str, what: str) -> None:
    for secret in (SECRET, JWT):
        assert secret not in text, f"a secret leaked into {what}: {text[:300]!r}"


def test_the_check_itself_can_fail() -> None:
    with pytest.raises(AssertionError):
        assert_clean(f"token={SECRET}", "a test")


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.parametrize("credential", ["token", "jwt"])
def test_nothing_shows_the_credentials(
    caplog: pytest.LogCaptureFixture, backend: str, credential: str
) -> None:
    with FakeRelay(token=SECRET, jwt_tokens=(JWT,)) as relay:
        # Built out here: the test's own frame (shown with its locals) holds the secret.
        token, jwt = (SECRET, None) if credential == "token" else (None, JWT)
        client = RelayClient(project=relay.project, token=token, jwt_token=jwt, host=relay.host)
        del token, jwt

        async def body() -> list[RelayError]:
            errors: list[RelayError] = []
            assert_clean(repr(client), "the client's repr")
            async with client:
                assert_clean(repr(client), "the client's repr")
                try:
                    await client.execute("calling.answer", {"call_id": "x", "node_id": "y"})
                except RelayError as error:
                    errors.append(error)
            relay.refuse_logins(1)
            try:
                await client.connect()
            except RelayAuthenticationError as error:
                errors.append(error)
            return errors

        with caplog.at_level(logging.DEBUG):
            errors = anyio.run(body, backend=backend)
    assert len(errors) == 2
    for error in errors:
        for how, text in reachable_texts(error):
            assert_clean(text, how)
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    assert any("signalwire.connect" in formatter.format(r) for r in caplog.records)
    for record in caplog.records:
        assert_clean(formatter.format(record), f"a log record of {record.name}")

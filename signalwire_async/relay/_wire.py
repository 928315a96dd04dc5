"""RELAY's JSON-RPC 2.0 frames, pure: building requests and answers, reading results into
values or `RelayError`s, masking secrets for logs, and the reconnect delays."""

from __future__ import annotations

import json
import random
import re
import uuid
from collections.abc import Mapping
from typing import Any

from ._errors import RelayAuthenticationError, RelayError
from .constants import AGENT_STRING

PROTOCOL_VERSION = {"major": 2, "minor": 0, "revision": 0}
AGENT = AGENT_STRING
_SUCCESS = re.compile(r"2\d\d")
_SECRET_KEYS = frozenset({"token", "jwt_token", "authorization_state"})


def request(method: str, params: Mapping[str, Any]) -> tuple[str, str]:
    """A request frame and its id."""
    ident = str(uuid.uuid4())
    message = {"jsonrpc": "2.0", "id": ident, "method": method, "params": dict(params)}
    return ident, json.dumps(message, separators=(",", ":"))


def ack(ident: Any) -> str:
    """The empty result that acknowledges an event, a ping or a disconnect."""
    return json.dumps({"jsonrpc": "2.0", "id": ident, "result": {}}, separators=(",", ":"))


def parse(text: str) -> dict[str, Any] | None:
    """The frame as an object, or None for anything else (skipped, as the official client)."""
    try:
        message = json.loads(text)
    except ValueError:
        return None
    return message if isinstance(message, dict) else None


def _code(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def is_success(code: Any) -> bool:
    """Any 2xx code (number or string) is success; so is no code at all."""
    return code is None or bool(_SUCCESS.fullmatch(str(code)))


def outcome(method: str, message: Mapping[str, Any]) -> dict[str, Any]:
    """The result of an answer frame, or the `RelayError` it reports (raised)."""
    error = message.get("error")
    if error is not None:
        if not isinstance(error, Mapping):
            raise _error(method, -1, str(error))
        raise _error(method, _code(error.get("code", -1)), str(error.get("message", "")))
    result = message.get("result")
    if not isinstance(result, Mapping):
        return {"raw": result}
    if method != "signalwire.connect" and not is_success(result.get("code")):
        raise RelayError(_code(result.get("code")), str(result.get("message", "Unknown error")))
    return dict(result)


def _error(method: str, code: int, message: str) -> RelayError:
    if method == "signalwire.connect":
        return RelayAuthenticationError(code, message or "login refused")
    return RelayError(code, message or "Unknown error")


def connect_params(
    authentication: Mapping[str, str],
    contexts: list[str],
    protocol: str,
    authorization_state: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "version": PROTOCOL_VERSION,
        "agent": AGENT,
        "event_acks": True,
        "authentication": dict(authentication),
    }
    if contexts:
        params["contexts"] = contexts
    if protocol:
        params["protocol"] = protocol
    if authorization_state:
        params["authorization_state"] = authorization_state
    return params


def masked(value: Any) -> Any:
    """`value` with every secret (tokens, JWTs, authorization state) replaced, for logs."""
    if isinstance(value, Mapping):
        return {k: "***" if k in _SECRET_KEYS and v else masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [masked(v) for v in value]
    return value


def reconnect_delay(
    failures: int, initial: float, maximum: float, rng: random.Random | None = None
) -> float:
    """Seconds before the next attempt after `failures` failed ones in a row. The ceiling
    doubles per failure up to `maximum`; the delay is random in [ceiling / 2, ceiling]
    (in [0, initial] right after a healthy connection was lost), so clients cut off
    together do not come back together, and a failing server is backed off from."""
    ceiling = min(maximum, initial * 2 ** min(failures, 32))
    return (rng or random).uniform(ceiling / 2 if failures else 0.0, ceiling)

"""The `RelayClient` constructor's arguments resolved as the official client resolves them
(argument, else environment variable, else default), and where to connect."""

from __future__ import annotations

import os
import ssl

import attrs

from .._config import _is_loopback, _split_host_port

ENV_PROJECT = "SIGNALWIRE_PROJECT_ID"
ENV_TOKEN = "SIGNALWIRE_API_TOKEN"
ENV_JWT = "SIGNALWIRE_JWT_TOKEN"
ENV_SPACE = "SIGNALWIRE_SPACE"
ENV_MAX_ACTIVE_CALLS = "RELAY_MAX_ACTIVE_CALLS"
ENV_CA_FILE = "SIGNALWIRE_RELAY_CA_FILE"
DEFAULT_RELAY_HOST = "relay.signalwire.com"
DEFAULT_MAX_ACTIVE_CALLS = 1000
_BAD_HOST_CHARACTERS = frozenset("@/?# \r\n\t\\")


def _or_env(value: str | None, env: str) -> str:
    # As the official client: an empty argument falls back to the environment too.
    return value or os.environ.get(env) or ""


def resolve_max_active_calls(value: int | None) -> int:
    if value is None:
        try:
            value = int(os.environ.get(ENV_MAX_ACTIVE_CALLS, DEFAULT_MAX_ACTIVE_CALLS))
        except ValueError:
            value = DEFAULT_MAX_ACTIVE_CALLS
    return max(1, int(value))


@attrs.frozen
class Endpoint:
    """Where the socket goes: `ws://` for a loopback host (a local fake), else `wss://`."""

    host: str
    port: int
    tls: bool

    @property
    def url(self) -> str:
        shown = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'wss' if self.tls else 'ws'}://{shown}:{self.port}"


def endpoint_for(host: str) -> Endpoint:
    """`relay.signalwire.com` -> wss on 443; `127.0.0.1:8090` (loopback) -> plain ws."""
    if not host or any(c in _BAD_HOST_CHARACTERS or ord(c) < 32 for c in host):
        raise ValueError(f"Invalid host: {host!r} (a host name, optionally with :port)")
    hostname, port = _split_host_port(host, host)
    tls = not _is_loopback(hostname)
    return Endpoint(hostname.lower(), port or (443 if tls else 80), tls)


def tls_context(endpoint: Endpoint) -> ssl.SSLContext | None:
    """The system's trust roots, or only the bundle `$SIGNALWIRE_RELAY_CA_FILE` names."""
    if not endpoint.tls:
        return None
    return ssl.create_default_context(cafile=os.environ.get(ENV_CA_FILE) or None)


@attrs.frozen
class Credentials:
    """What `signalwire.connect` authenticates with. Never shown: the repr masks it."""

    project: str
    token: str = attrs.field(repr=False)
    jwt_token: str = attrs.field(repr=False)

    @classmethod
    def resolve(cls, project: str | None, token: str | None, jwt_token: str | None) -> Credentials:
        jwt = _or_env(jwt_token, ENV_JWT)
        project_ = _or_env(project, ENV_PROJECT)
        token_ = _or_env(token, ENV_TOKEN)
        if not jwt:
            if not project_:
                raise ValueError(f"missing project: pass project=... or set {ENV_PROJECT}")
            if not token_:
                raise ValueError(f"missing token: pass token=... or set {ENV_TOKEN}")
        return cls(project_, token_, jwt)

    def authentication(self) -> dict[str, str]:
        if self.jwt_token:
            return {"jwt_token": self.jwt_token}
        return {"project": self.project, "token": self.token}

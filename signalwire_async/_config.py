"""Client settings: credentials, the space's base URL, timeouts and retries (no I/O here)."""

from __future__ import annotations

import base64
import ipaddress
import os
import re
import ssl
from typing import Any

import attrs
import httpx

from ._limits import DEFAULT_MAX_RESPONSE_SIZE
from ._request_options import RequestOptions, to_request_options
from ._version import __version__

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=64)

ENV_PROJECT = "SIGNALWIRE_PROJECT_ID"
ENV_TOKEN = "SIGNALWIRE_API_TOKEN"
ENV_SPACE = "SIGNALWIRE_SPACE"

USER_AGENT = f"signalwire-async/{__version__} httpx/{httpx.__version__}"

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOSTNAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?")
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def _resolve(value: str | None, env: str, argument: str) -> str:
    if value is None:
        value = os.environ.get(env)
    if not value:
        raise ValueError(f"missing {argument}: pass {argument}=... or set {env}")
    return value


def _is_loopback(hostname: str) -> bool:
    """Loopback, or every address (`0.0.0.0`, `::`): as a destination that is this
    machine too, and no certificate names it, so it can only mean a local server."""
    if hostname.lower() in _LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _split_host_port(authority: str, original: str) -> tuple[str, int | None]:
    """Split `host[:port]` or `[v6][:port]`; the host comes back without brackets."""
    if authority.startswith("["):
        end = authority.find("]")
        if end < 0:
            raise ValueError(f"invalid host {original!r}: unclosed '['")
        host, rest = authority[1:end], authority[end + 1 :]
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise ValueError(f"invalid host {original!r}: not an IPv6 address") from None
        if rest and not rest.startswith(":"):
            raise ValueError(f"invalid host {original!r}")
        port_text = rest[1:] if rest else None
    else:
        host, sep, port_text_ = authority.partition(":")
        port_text = port_text_ if sep else None
        if not host or not _HOSTNAME.fullmatch(host):
            raise ValueError(f"invalid host {original!r}")
    port = None
    if port_text is not None:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(f"invalid host {original!r}: bad port {port_text!r}")
        port = int(port_text)
    return host, port


def base_url_for(host: str) -> str:
    """Turn a space name, a space host or a full URL into the API's base URL.

    `example` -> `https://example.signalwire.com`; `example.signalwire.com` -> https;
    a bare loopback host (`127.0.0.1:4010`, `localhost:8080`, `[::1]:9000`), or an
    every-address one (`0.0.0.0:8089`, `[::]:8089`) -> plain http, so examples run
    unchanged against a local mock. Anything carrying user info, a path,
    a query, a fragment, whitespace or control characters is rejected.
    """
    if not host or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in host):
        raise ValueError(f"invalid host {host!r}: empty or contains whitespace/control characters")
    scheme = None
    authority = host
    if "://" in host:
        scheme, _, authority = host.partition("://")
        scheme = scheme.lower()
        if scheme not in ("http", "https"):
            raise ValueError(f"invalid host {host!r}: scheme must be http or https")
        if authority.endswith("/"):
            authority = authority[:-1]  # "https://x.signalwire.com/" is still just a host
    if "@" in authority:
        raise ValueError(f"invalid host {host!r}: user info is not allowed")
    if any(c in authority for c in "/?#\\"):
        raise ValueError(f"invalid host {host!r}: paths, queries and fragments are not allowed")
    hostname, port = _split_host_port(authority, host)
    if scheme is None:
        if _is_loopback(hostname):
            scheme = "http"
        else:
            scheme = "https"
            if "." not in hostname and ":" not in hostname:
                if not re.fullmatch(_LABEL, hostname):
                    raise ValueError(f"invalid space name {host!r}")
                hostname = f"{hostname}.signalwire.com"
    shown = f"[{hostname}]" if ":" in hostname else hostname
    return f"{scheme}://{shown.lower()}" + (f":{port}" if port is not None else "")


def to_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        # A plain None would mean "wait forever"; that must be asked for explicitly.
        raise ValueError(f"timeout must be a positive number or an httpx.Timeout, not {value!r}")
    return httpx.Timeout(value, connect=min(value, DEFAULT_TIMEOUT.connect or value))


def check_total_timeout(value: float | None) -> float | None:
    """A total timeout in seconds, or None for none."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"total_timeout must be a positive number or None, not {value!r}")
    return float(value)


def check_max_response_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"max_response_size must be a positive int (bytes), not {value!r}")
    return value


ENV_CA_FILE = "SIGNALWIRE_REST_CA_FILE"


def tls_verify(value: ssl.SSLContext | str | os.PathLike[str] | bool) -> ssl.SSLContext | bool:
    """`verify=`: True, False, an `ssl.SSLContext`, or a CA bundle file or directory path.
    With `verify=True`, `$SIGNALWIRE_REST_CA_FILE` (read by the official SDK too) names
    the CA bundle, when set."""
    if value is True and os.environ.get(ENV_CA_FILE):
        value = os.environ[ENV_CA_FILE]
        if not os.path.exists(value):
            raise ValueError(f"${ENV_CA_FILE}={value!r}: no such CA bundle file or directory")
    if isinstance(value, (bool, ssl.SSLContext)):
        return value
    if isinstance(value, (str, os.PathLike)):
        path = os.fspath(value)
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        if not os.path.isfile(path):
            raise ValueError(f"verify={path!r}: no such CA bundle file or directory")
        return ssl.create_default_context(cafile=path)
    raise TypeError(f"verify must be a bool, a path or an ssl.SSLContext, not {value!r}")


def _not_bool(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be an int, not a bool")


def _basic_auth(project: str, token: str) -> str:
    return "Basic " + base64.b64encode(f"{project}:{token}".encode()).decode("ascii")


@attrs.frozen(kw_only=True)
class ClientConfig:
    """Everything a request needs besides the connection pool; shared by views."""

    project: str
    token: str = attrs.field(repr=False)
    base_url: str
    timeout: httpx.Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=to_timeout)
    max_retries: int = attrs.field(
        default=DEFAULT_MAX_RETRIES,
        validator=[_not_bool, attrs.validators.instance_of(int), attrs.validators.ge(0)],
    )
    total_timeout: float | None = attrs.field(default=None, converter=check_total_timeout)
    max_response_size: int = attrs.field(
        default=DEFAULT_MAX_RESPONSE_SIZE, converter=check_max_response_size
    )
    defaults: RequestOptions = attrs.field(factory=RequestOptions)
    """The client's `request_options=`: its retry statuses, backoff and abort signal (its
    timeout and retries are `timeout` and `max_retries`)."""
    authorization: str = attrs.field(repr=False, init=False)

    @authorization.default
    def _authorization(self) -> str:
        return _basic_auth(self.project, self.token)

    @classmethod
    def build(
        cls,
        project: str | None,
        token: str | None,
        host: str | None,
        *,
        timeout: float | httpx.Timeout,
        max_retries: int,
        total_timeout: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        request_options: Any = None,
    ) -> ClientConfig:
        """Fill missing arguments from the environment and validate them. The official
        SDK's `request_options` set the timeout and retries where they say so."""
        defaults = to_request_options(request_options) or RequestOptions()
        if defaults.timeout is not None:
            timeout = defaults.timeout
        if defaults.retries is not None:
            max_retries = defaults.retries
        return cls(
            project=_resolve(project, ENV_PROJECT, "project"),
            token=_resolve(token, ENV_TOKEN, "token"),
            base_url=base_url_for(_resolve(host, ENV_SPACE, "host")),
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            max_response_size=max_response_size,
            defaults=defaults,
        )

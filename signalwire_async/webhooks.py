"""Check that a webhook request really comes from SignalWire (pure code, no I/O).

Two signature schemes are accepted:

- native: `X-SignalWire-Signature` is the hex HMAC-SHA1 of `url + raw_body`, and
  `X-SignalWire-SHA256-Signature` (sent beside it, preferred when present) the hex
  HMAC-SHA256 of the same;
- compatibility (cXML): the base64 HMAC-SHA1 of the URL followed by the sorted form
  parameters, or of the URL alone when it carries `bodySHA256` (a JSON body's hash).

The key is the project's signing key. A signature also passes when it was computed over
the URL with its port removed or with the scheme's default port added. A URL that is not
a well-formed http(s) URL fails validation (with `INVALID_URL` as its reason's prefix).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import re
from collections.abc import Iterable, Mapping
from typing import TypeAlias
from urllib.parse import parse_qs, parse_qsl, urlsplit

from ._exceptions import SignalWireError

__all__ = [
    "COMPAT_SIGNATURE_HEADER",
    "SHA256_SIGNATURE_HEADER",
    "SIGNATURE_HEADER",
    "WebhookSignatureError",
    "WebhookValidator",
    "compat_signature",
    "native_sha256_signature",
    "native_signature",
]

SIGNATURE_HEADER = "X-SignalWire-Signature"
SHA256_SIGNATURE_HEADER = "X-SignalWire-SHA256-Signature"
COMPAT_SIGNATURE_HEADER = "X-Twilio-Signature"

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
BODY_HASH_PARAM = "bodySHA256"

MISSING_SIGNATURE = (
    f"the request has no signature header ({SIGNATURE_HEADER} or {COMPAT_SIGNATURE_HEADER})"
)
SIGNATURE_MISMATCH = "the signature does not match the URL and body"
BODY_HASH_MISMATCH = f"the {BODY_HASH_PARAM} query parameter does not match the body"
INVALID_FORM = "the body is not valid form data"
INVALID_URL = "the URL is not a valid http(s) URL"

_HEADERS = tuple(
    h.lower() for h in (SHA256_SIGNATURE_HEADER, SIGNATURE_HEADER, COMPAT_SIGNATURE_HEADER)
)
_DEFAULT_PORTS = {"http": "80", "https": "443"}
# C0 and C1 controls, DEL, and lone surrogates (which cannot be encoded to UTF-8).
_BAD_CHAR = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_SCHEME = re.compile("[A-Za-z][A-Za-z0-9+.-]*")
_AUTHORITY_END = re.compile("[/?#]")
_PORT = re.compile("[0-9]*")

#: Form parameters: a mapping (a value may be a list of values) or (name, value) pairs.
Params: TypeAlias = Mapping[str, str | Iterable[str]] | Iterable[tuple[str, str]]


class WebhookSignatureError(SignalWireError):
    """A webhook request failed signature validation; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def native_signature(key: str, url: str, body: bytes) -> str:
    """The native `X-SignalWire-Signature` value: hex HMAC-SHA1 of `url + body`."""
    return hmac.new(key.encode(), url.encode() + body, hashlib.sha1).hexdigest()


def native_sha256_signature(key: str, url: str, body: bytes) -> str:
    """The `X-SignalWire-SHA256-Signature` value: hex HMAC-SHA256 of `url + body`."""
    return hmac.new(key.encode(), url.encode() + body, hashlib.sha256).hexdigest()


def compat_signature(key: str, url: str, params: Params = ()) -> str:
    """The compatibility signature: base64 HMAC-SHA1 of the URL and the sorted parameters."""
    message = url + "".join(name + value for name, value in sorted(_pairs(params)))
    digest = hmac.new(key.encode(), message.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


class WebhookValidator:
    """Validate webhook requests signed with one project's signing key."""

    __slots__ = ("_key",)

    def __init__(self, signing_key: str) -> None:
        if not signing_key:
            raise ValueError("signing_key must be a non-empty string")
        self._key = signing_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(signing_key='***')"

    def validate(
        self, url: str, body: bytes, signature: str | None, *, content_type: str | None = None
    ) -> None:
        """Raise `WebhookSignatureError` unless `signature` signs this URL and body.

        `url` is the full URL SignalWire requested (query string included) and `body` the
        raw request bytes. Without `content_type`, a body that parses as form data is
        treated as a form post.
        """
        reason = self._failure(url, body, signature, content_type)
        if reason is not None:
            raise WebhookSignatureError(reason)

    def is_valid(
        self, url: str, body: bytes, signature: str | None, *, content_type: str | None = None
    ) -> bool:
        """Like `validate`, but answer with a bool."""
        return self._failure(url, body, signature, content_type) is None

    def validate_headers(self, url: str, body: bytes, headers: Mapping[str, str]) -> None:
        """Like `validate`, taking the signature and content type from the request headers.

        Header names are matched case-insensitively; the request passes if the
        `X-SignalWire-SHA256-Signature` (tried first, as the official SDK does), the
        `X-SignalWire-Signature` or the `X-Twilio-Signature` header matches.
        """
        problem = self._url_failure(url)
        if problem is not None:
            raise WebhookSignatureError(problem)
        signatures: dict[str, str] = {}
        content_type = None
        for name, value in headers.items():
            lowered = name.lower()
            if lowered in _HEADERS:
                signatures.setdefault(lowered, value)
            elif lowered == "content-type":
                content_type = value
        first_reason = None
        strong = signatures.get(SHA256_SIGNATURE_HEADER.lower(), "").strip().lower().encode()
        if strong:
            urls = _url_variants(url)
            if any(_same(strong, native_sha256_signature(self._key, u, body)) for u in urls):
                return
            first_reason = SIGNATURE_MISMATCH
        for name in (SIGNATURE_HEADER.lower(), COMPAT_SIGNATURE_HEADER.lower()):
            if signatures.get(name):
                reason = self._mismatch(url, body, signatures[name], content_type)
                if reason is None:
                    return
                first_reason = first_reason or reason
        raise WebhookSignatureError(first_reason or MISSING_SIGNATURE)

    def _failure(
        self, url: str, body: bytes, signature: str | None, content_type: str | None
    ) -> str | None:
        """Why the request fails validation, or None when it passes."""
        return self._url_failure(url) or self._mismatch(url, body, signature, content_type)

    def _url_failure(self, url: str) -> str | None:
        """The reason a malformed URL fails, or None; the key is masked should the URL hold it."""
        problem = _url_problem(url)
        if problem is None:
            return None
        return f"{INVALID_URL}: {problem}".replace(self._key, "***")

    def _mismatch(
        self, url: str, body: bytes, signature: str | None, content_type: str | None
    ) -> str | None:
        """Why a request to a well-formed `url` fails validation, or None when it passes."""
        if not signature:
            return MISSING_SIGNATURE
        # "replace": a signature that is not valid Unicode is a mismatch, not a crash.
        given = signature.strip().encode("utf-8", "replace")
        urls = _url_variants(url)
        if any(_same(given.lower(), native_signature(self._key, u, body)) for u in urls):
            return None
        form = _form_pairs(body, content_type)
        if form is not None and any(
            _same(given, compat_signature(self._key, u, form)) for u in urls
        ):
            return None
        body_hash = parse_qs(urlsplit(url).query, keep_blank_values=True).get(BODY_HASH_PARAM)
        if body_hash:
            if not _same(body_hash[0].lower().encode(), hashlib.sha256(body).hexdigest()):
                return BODY_HASH_MISMATCH
            if any(_same(given, compat_signature(self._key, u)) for u in urls):
                return None
        if form is None and content_type is not None and _is_form(content_type):
            return INVALID_FORM
        return SIGNATURE_MISMATCH


def _url_problem(url: str) -> str | None:
    """What is wrong with `url` as an absolute http(s) URL, or None when nothing is.

    Checked: not empty, no control characters or lone surrogates, an http or https scheme
    followed by `//`, a host (an IPv6 one bracketed and valid), a port of 0-65535, and
    that `urllib.parse.urlsplit` accepts it.
    """
    if not url:
        return "it is empty"
    bad = _BAD_CHAR.search(url)
    if bad is not None:
        kind = "a lone surrogate" if bad.group() >= "\ud800" else "a control character"
        return f"it contains {kind} ({bad.group()!r})"
    scheme, colon, rest = url.partition(":")
    if not colon or not _SCHEME.fullmatch(scheme):
        return "it has no scheme (http or https)"
    if scheme.lower() not in _DEFAULT_PORTS:
        return f"its scheme is {_shown(scheme)}, not http or https"
    if not rest.startswith("//"):
        return "it has no host (no '//' after the scheme)"
    netloc = _AUTHORITY_END.split(rest[2:], maxsplit=1)[0]
    host_port = netloc.rpartition("@")[2]
    if host_port.startswith("["):
        host, bracket, after = host_port[1:].partition("]")
        if not bracket:
            return f"its IPv6 host {_shown(host_port)} has no closing ']'"
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return f"its host {_shown(host_port)} is not an IPv6 address"
        if after and not after.startswith(":"):
            return f"{_shown(after)} follows its IPv6 host"
        port = after[1:]
    else:
        host, _, port = host_port.partition(":")
        if "[" in host or "]" in host:
            return f"its host {_shown(host)} has a stray bracket"
    if not host:
        return "it has no host"
    if not _PORT.fullmatch(port):
        return f"its port {_shown(port)} is not a number"
    if port and int(port) > 65535:
        return f"its port {_shown(port)} is out of range (0-65535)"
    try:
        urlsplit(url)
    except ValueError as exc:  # e.g. a host that NFKC normalization changes
        return f"it cannot be parsed ({exc})"
    return None


def _shown(text: str) -> str:
    """`text` quoted for a message, and cut short when long."""
    return repr(text if len(text) <= 40 else text[:40] + "...")


def _same(given: bytes, expected: str) -> bool:
    return hmac.compare_digest(given, expected.encode())


def _pairs(params: Params) -> Iterable[tuple[str, str]]:
    if not isinstance(params, Mapping):
        return params
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if isinstance(value, str):
            pairs.append((name, value))
        else:
            pairs.extend((name, item) for item in value)
    return pairs


def _is_form(content_type: str) -> bool:
    return content_type.partition(";")[0].strip().lower() == FORM_CONTENT_TYPE


def _form_pairs(body: bytes, content_type: str | None) -> list[tuple[str, str]] | None:
    """The body's form parameters, or None when it is not (declared or parsable as) a form."""
    if content_type is not None and not _is_form(content_type):
        return None
    try:
        text = body.decode()
    except UnicodeDecodeError:
        return None
    if not text:
        return []  # an empty form (a signed GET): Python 3.10's strict parse_qsl rejects ""
    try:
        return parse_qsl(text, keep_blank_values=True, strict_parsing=True, errors="strict")
    except ValueError:
        return None


def _url_variants(url: str) -> list[str]:
    """`url`, then the same URL with its port removed or with the default port added."""
    parts = urlsplit(url)
    start = len(parts.scheme) + 3
    if not parts.netloc or url[start - 3 : start] != "://":
        return [url]
    netloc, tail = parts.netloc, url[start + len(parts.netloc) :]
    userinfo, at, host_port = netloc.rpartition("@")
    host, colon, port = host_port.rpartition(":")
    if colon and port.isdigit():
        other = userinfo + at + host
    elif parts.scheme.lower() in _DEFAULT_PORTS and host_port:
        other = f"{netloc}:{_DEFAULT_PORTS[parts.scheme.lower()]}"
    else:
        return [url]
    return [url, url[:start] + other + tail]

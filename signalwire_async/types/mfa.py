"""`mfa`: one-time codes sent by text message or voice call, and checking them.

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

import attrs
from typing_extensions import NotRequired

from .._models import Model
from .._options import ParamFields, RequestKeywords

__all__ = ["MfaRequest", "MfaRequestParams", "MfaVerification", "MfaVerifyParams"]


@attrs.frozen(kw_only=True)
class MfaRequest(Model):
    """A code request that was sent (`mfa.sms()`, `mfa.call()`); its id is what `verify` takes."""

    id: str
    """The request's uuid (pass it to `mfa.verify()`)."""
    success: bool | None = None
    """Whether the code went out."""
    to: str | None = None
    """The number the code was sent to."""
    channel: str | None = None
    """How it was sent (`sms` or `call`)."""


@attrs.frozen(kw_only=True)
class MfaVerification(Model):
    """The outcome of `mfa.verify()`."""

    success: bool | None = None
    """True when the code matched."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _MfaRequestFields(ParamFields):
    to: str
    """Number to send the code to (E.164)."""
    from_: NotRequired[str | None]
    """Sending number of the project (sent as `from`)."""
    message: NotRequired[str | None]
    """Text put before the code."""
    token_length: NotRequired[int | None]
    """Digits in the code (default 6)."""
    valid_for: NotRequired[int | None]
    """Seconds the code stays valid (default 3600)."""
    max_attempts: NotRequired[int | None]
    """Wrong tries allowed before the code is void (default 3)."""
    allow_alphas: NotRequired[bool | None]
    """Let the code contain letters too (default off)."""


class MfaRequestParams(_MfaRequestFields, RequestKeywords):
    """Body of `mfa.sms()` and `mfa.call()`."""


class _MfaVerifyFields(ParamFields):
    token: str
    """The code the user entered."""


class MfaVerifyParams(_MfaVerifyFields, RequestKeywords):
    """Body of `mfa.verify()`."""

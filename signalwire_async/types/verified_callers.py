"""`verified_callers`: verified caller IDs, outside numbers the project may show as caller.

A new caller ID gets a verification call that reads out a code; submitting that code
verifies it.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

import attrs
from typing_extensions import NotRequired

from .._models import Model
from .._options import ParamFields, RequestKeywords
from ._common import _PageFields

__all__ = [
    "VerifiedCaller",
    "VerifiedCallerCreateParams",
    "VerifiedCallerListParams",
    "VerifiedCallerSubmitVerificationParams",
    "VerifiedCallerUpdateParams",
]


@attrs.frozen(kw_only=True)
class VerifiedCaller(Model):
    """A verified caller ID (`/api/relay/rest/verified_caller_ids`)."""

    id: str
    """The caller ID's uuid."""
    type: str | None = None
    """`verified_caller_id`."""
    number: str | None = None
    """E.164, e.g. `+15551234567`."""
    name: str | None = None
    extension: str | None = None
    """Extension dialled for the verification call."""
    verified: bool | None = None
    verified_at: str | None = None
    """When it was verified (None until then)."""
    status: str | None = None
    """`Verified` or `Awaiting Verification`."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _VerifiedCallerListFields(ParamFields, total=False):
    filter_name: str | None
    """Only caller IDs whose name contains this text."""
    filter_number: str | None
    """Only caller IDs whose number contains this text."""


class VerifiedCallerListParams(_VerifiedCallerListFields, _PageFields, RequestKeywords):
    """Query of `verified_callers.list()`."""


class _VerifiedCallerCreateFields(ParamFields):
    number: str
    """The number to verify, in E.164 (`+15551234567`)."""
    name: NotRequired[str | None]
    """Up to 200 characters (the API's default: the formatted number)."""
    extension: NotRequired[str | None]
    """Extension to dial for the verification call."""


class VerifiedCallerCreateParams(_VerifiedCallerCreateFields, RequestKeywords):
    """Body of `verified_callers.create()`."""


class _VerifiedCallerUpdateFields(ParamFields, total=False):
    name: str | None
    """Up to 200 characters."""


class VerifiedCallerUpdateParams(_VerifiedCallerUpdateFields, RequestKeywords):
    """Body of `verified_callers.update()`; keys left out are not changed."""


class _VerifiedCallerSubmitVerificationFields(ParamFields):
    verification_code: str
    """The code the verification call read out."""


class VerifiedCallerSubmitVerificationParams(
    _VerifiedCallerSubmitVerificationFields, RequestKeywords
):
    """Body of `verified_callers.submit_verification()`."""

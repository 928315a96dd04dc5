"""`compat.applications`: cXML applications, the voice and messaging URLs numbers point to.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from ._common import _CompatPageFields

__all__ = [
    "CompatApplication",
    "CompatApplicationCreateParams",
    "CompatApplicationListParams",
    "CompatApplicationMethod",
    "CompatApplicationUpdateParams",
]

CompatApplicationMethod = Literal["GET", "POST"]
"""How the API requests one of the application's URLs."""


@attrs.frozen(kw_only=True)
class CompatApplication(Model):
    """A cXML application."""

    sid: str
    """The application's uuid."""
    account_sid: str | None = None
    """The uuid of the account it belongs to."""
    api_version: str | None = None
    date_created: str | None = None
    """When it was made (RFC 2822)."""
    date_updated: str | None = None
    friendly_name: str | None = None
    """Display name."""
    uri: str | None = None
    """This application's own path."""
    voice_url: str | None = None
    """URL fetched for cXML when a call comes in."""
    voice_method: str | None = None
    voice_fallback_url: str | None = None
    """URL fetched when `voice_url` fails."""
    voice_fallback_method: str | None = None
    status_callback: str | None = None
    """URL told of call status changes."""
    status_callback_method: str | None = None
    voice_caller_id_lookup: bool | None = None
    """Whether the caller's name is looked up."""
    sms_url: str | None = None
    """URL fetched when a message comes in."""
    sms_method: str | None = None
    sms_fallback_url: str | None = None
    sms_fallback_method: str | None = None
    sms_status_callback: str | None = None
    sms_status_callback_method: str | None = None
    message_status_callback: str | None = None
    """URL told of message status changes."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CompatApplicationListFields(ParamFields, total=False):
    FriendlyName: str | None
    """Only the applications with exactly this name."""


class CompatApplicationListParams(_CompatApplicationListFields, _CompatPageFields, RequestKeywords):
    """Query of `compat.applications.list()`."""


class _CompatApplicationCreateFields(ParamFields):
    FriendlyName: str
    """Display name."""
    VoiceUrl: NotRequired[str | None]
    """URL to fetch cXML from when a call comes in."""
    VoiceMethod: NotRequired[CompatApplicationMethod | None]
    VoiceFallbackUrl: NotRequired[str | None]
    """URL to fetch when `VoiceUrl` fails."""
    VoiceFallbackMethod: NotRequired[CompatApplicationMethod | None]
    StatusCallback: NotRequired[str | None]
    """URL to tell of call status changes."""
    StatusCallbackMethod: NotRequired[CompatApplicationMethod | None]
    SmsUrl: NotRequired[str | None]
    """URL to fetch when a message comes in."""
    SmsMethod: NotRequired[CompatApplicationMethod | None]
    SmsFallbackUrl: NotRequired[str | None]
    """URL to fetch when `SmsUrl` fails."""
    SmsFallbackMethod: NotRequired[CompatApplicationMethod | None]
    SmsStatusCallback: NotRequired[str | None]
    """URL to tell of message status changes."""
    SmsStatusCallbackMethod: NotRequired[CompatApplicationMethod | None]


class CompatApplicationCreateParams(_CompatApplicationCreateFields, RequestKeywords):
    """Form of `compat.applications.create()`."""


class _CompatApplicationUpdateFields(ParamFields, total=False):
    FriendlyName: str | None
    VoiceUrl: str | None
    VoiceMethod: CompatApplicationMethod | None
    VoiceFallbackUrl: str | None
    VoiceFallbackMethod: CompatApplicationMethod | None
    StatusCallback: str | None
    StatusCallbackMethod: CompatApplicationMethod | None
    SmsUrl: str | None
    SmsMethod: CompatApplicationMethod | None
    SmsFallbackUrl: str | None
    SmsFallbackMethod: CompatApplicationMethod | None
    SmsStatusCallback: str | None
    SmsStatusCallbackMethod: CompatApplicationMethod | None


class CompatApplicationUpdateParams(_CompatApplicationUpdateFields, RequestKeywords):
    """Form of `compat.applications.update()`; fields left out are not changed."""

"""`domain_applications`: SIP domain applications of the Space and what handles their calls.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from collections.abc import Sequence
from typing import Literal

import attrs
from typing_extensions import NotRequired

from .._models import Model
from .._options import ParamFields, RequestKeywords
from ._common import _PageFields

__all__ = [
    "DomainApplication",
    "DomainApplicationCallFlowVersion",
    "DomainApplicationCallHandler",
    "DomainApplicationCreateParams",
    "DomainApplicationEncryption",
    "DomainApplicationListParams",
    "DomainApplicationMethod",
    "DomainApplicationUpdateParams",
]

# Enum-like fields: strict in what we send (Literal), lenient in what we read (str).
DomainApplicationEncryption = Literal["optional", "required", "forbidden"]
DomainApplicationMethod = Literal["GET", "POST"]
DomainApplicationCallHandler = Literal[
    "relay_topic",
    "relay_application",
    "laml_webhooks",
    "laml_application",
    "video_room",
    "relay_script",
    "dialogflow",
    "ai_agent",
    "call_flow",
    "relay_context",
]
DomainApplicationCallFlowVersion = Literal["working_copy", "current_deployed"]


@attrs.frozen(kw_only=True)
class DomainApplication(Model):
    """A domain application (`/api/relay/rest/domain_applications`)."""

    id: str
    """The application's uuid."""
    type: str
    """What kind of record this is (`domain_application`)."""
    domain: str | None = None
    """The full SIP domain calls arrive at."""
    name: str | None = None
    """Display name."""
    identifier: str | None = None
    """The Space-unique part of the domain."""
    user: str | None = None
    """User part accepted (`*`: any)."""
    ip_auth_enabled: bool | None = None
    """Whether callers are checked by IP address."""
    ip_auth: list[str] | None = None
    """IP addresses or ranges allowed, when `ip_auth_enabled`."""
    call_handler: str | None = None
    """What takes inbound calls (`relay_context`, `laml_webhooks`, `ai_agent`, ...)."""
    calling_handler_resource_id: str | None = None
    """Resource that takes the calls, when the handler is a resource."""
    call_relay_topic: str | None = None
    """RELAY topic for inbound calls (`relay_topic`)."""
    call_relay_topic_status_callback_url: str | None = None
    """Status callback URL for `relay_topic`."""
    call_relay_context: str | None = None
    """RELAY context for inbound calls (`relay_context`)."""
    call_relay_context_status_callback_url: str | None = None
    """Status callback URL for `relay_context`."""
    call_request_url: str | None = None
    """cXML URL fetched for inbound calls (`laml_webhooks`)."""
    call_request_method: str | None = None
    """`GET` or `POST` for `call_request_url`."""
    call_fallback_url: str | None = None
    """cXML URL used when `call_request_url` fails."""
    call_fallback_method: str | None = None
    """`GET` or `POST` for `call_fallback_url`."""
    call_status_callback_url: str | None = None
    """URL that receives call status changes."""
    call_status_callback_method: str | None = None
    """`GET` or `POST` for `call_status_callback_url`."""
    call_laml_application_id: str | None = None
    """cXML application that takes inbound calls (`laml_application`)."""
    call_video_room_id: str | None = None
    """Video room that takes inbound calls (`video_room`)."""
    call_relay_script_url: str | None = None
    """SWML script URL for inbound calls (`relay_script`)."""
    encryption: str | None = None
    """Media encryption: `optional`, `required` or `forbidden`."""
    codecs: list[str] | None = None
    """Codecs offered."""
    ciphers: list[str] | None = None
    """Encryption ciphers offered."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _DomainApplicationListFields(ParamFields, total=False):
    filter_domain: str | None
    """Only applications whose domain contains this."""
    filter_name: str | None
    """Only applications whose name contains this."""
    page_number: int | None
    """Zero-based page index."""


class DomainApplicationListParams(_DomainApplicationListFields, _PageFields, RequestKeywords):
    """Query parameters of `domain_applications.list()`."""


class _DomainApplicationHandler(ParamFields, total=False):
    """The call handler fields shared by create and update (private base)."""

    call_handler: DomainApplicationCallHandler | None
    """What takes inbound calls; the matching `call_*` field below says which one."""
    call_relay_topic: str | None
    """RELAY topic (`relay_topic`)."""
    call_relay_topic_status_callback_url: str | None
    """Status callback URL for `relay_topic`."""
    call_relay_application: str | None
    """RELAY application (`relay_application`)."""
    call_request_url: str | None
    """cXML URL fetched for inbound calls (`laml_webhooks`)."""
    call_request_method: DomainApplicationMethod | None
    """`GET` or `POST` for `call_request_url` (default `POST`)."""
    call_fallback_url: str | None
    """cXML URL used when `call_request_url` fails."""
    call_fallback_method: DomainApplicationMethod | None
    """`GET` or `POST` for `call_fallback_url` (default `POST`)."""
    call_status_callback_url: str | None
    """URL that receives call status changes."""
    call_status_callback_method: DomainApplicationMethod | None
    """`GET` or `POST` for `call_status_callback_url` (default `POST`)."""
    call_laml_application_id: str | None
    """cXML application (`laml_application`)."""
    call_video_room_id: str | None
    """Video room uuid (`video_room`)."""
    call_relay_script_url: str | None
    """SWML script URL (`relay_script`)."""
    call_dialogflow_agent_id: str | None
    """Dialogflow agent uuid (`dialogflow`)."""
    call_ai_agent_id: str | None
    """AI agent uuid (`ai_agent`)."""
    call_flow_id: str | None
    """Call flow uuid (`call_flow`)."""
    call_flow_version: DomainApplicationCallFlowVersion | None
    """Which version of the call flow runs: `working_copy` or `current_deployed`."""
    call_relay_context: str | None
    """RELAY context (`relay_context`)."""
    call_relay_context_status_callback_url: str | None
    """Status callback URL for `relay_context`."""


class _DomainApplicationCreateFields(ParamFields):
    name: str
    """Display name."""
    identifier: str
    """The Space-unique part of the SIP domain."""
    user: NotRequired[str | None]
    """User part to accept (default `*`, any)."""
    ip_auth_enabled: NotRequired[bool | None]
    """Check callers by IP address."""
    ip_auth: NotRequired[Sequence[str] | None]
    """IP addresses or ranges allowed."""
    encryption: NotRequired[DomainApplicationEncryption | None]
    """Media encryption (default `optional`)."""
    codecs: NotRequired[Sequence[str] | None]
    """Codecs to offer (default `PCMU`, `PCMA`)."""
    ciphers: NotRequired[Sequence[str] | None]
    """Encryption ciphers to offer."""


class DomainApplicationCreateParams(
    _DomainApplicationCreateFields, _DomainApplicationHandler, RequestKeywords
):
    """Body of `domain_applications.create()`."""


class _DomainApplicationUpdateFields(ParamFields, total=False):
    name: str | None
    identifier: str | None
    user: str | None
    ip_auth_enabled: bool | None
    ip_auth: Sequence[str] | None
    encryption: DomainApplicationEncryption | None
    codecs: Sequence[str] | None
    ciphers: Sequence[str] | None


class DomainApplicationUpdateParams(
    _DomainApplicationUpdateFields, _DomainApplicationHandler, RequestKeywords
):
    """Body of `domain_applications.update()`; keys left out are not changed."""

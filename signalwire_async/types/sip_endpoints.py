"""`sip_endpoints`: SIP endpoints of the legacy RELAY REST API (`/api/relay/rest/endpoints/sip`).

Not Fabric's SIP endpoints (`fabric.sip_endpoints`, `types.fabric.sip_endpoints`): hence the
`Relay` prefix on every name here.
No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from collections.abc import Sequence
from typing import Literal

import attrs

from .._models import Model
from .._options import ParamFields, RequestKeywords
from ._common import _PageFields

__all__ = [
    "RelaySipEndpoint",
    "RelaySipEndpointCallHandler",
    "RelaySipEndpointCreateParams",
    "RelaySipEndpointEncryption",
    "RelaySipEndpointListParams",
    "RelaySipEndpointMethod",
    "RelaySipEndpointUpdateParams",
]

# Enum-like fields: strict in what we send (Literal), lenient in what we read (str).
RelaySipEndpointEncryption = Literal["default", "required", "optional"]
RelaySipEndpointMethod = Literal["GET", "POST"]
RelaySipEndpointCallHandler = Literal[
    "relay_context",
    "relay_topic",
    "relay_application",
    "relay_connector",
    "relay_script",
    "laml_webhooks",
    "laml_application",
    "dialogflow",
    "video_room",
    "call_flow",
    "ai_agent",
]


@attrs.frozen(kw_only=True)
class RelaySipEndpoint(Model):
    """A legacy SIP endpoint (`/api/relay/rest/endpoints/sip`)."""

    type: str
    """What kind of record this is (`sip_endpoint`)."""
    id: str
    """The endpoint's uuid."""
    username: str | None = None
    """SIP username."""
    caller_id: str | None = None
    """Caller ID (CNAM) shown when dialing out."""
    send_as: str | None = None
    """Number shown as the caller on PSTN calls."""
    ciphers: list[str] | None = None
    """Encryption ciphers the endpoint supports."""
    codecs: list[str] | None = None
    """Codecs the endpoint supports."""
    encryption: str | None = None
    """`default`, `required` or `optional`."""
    call_handler: str | None = None
    """What takes inbound calls (`relay_context`, `laml_webhooks`, `ai_agent`, ...)."""
    calling_handler_resource_id: str | None = None
    """Resource that takes the calls, when the handler is a resource."""
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
    call_dialogflow_agent_id: str | None = None
    """Dialogflow agent that takes inbound calls (`dialogflow`)."""
    call_relay_topic: str | None = None
    """RELAY topic for inbound calls (`relay_topic`)."""
    call_relay_topic_status_callback_url: str | None = None
    """Status callback URL for `relay_topic`."""
    call_relay_context: str | None = None
    """RELAY context for inbound calls (`relay_context`)."""
    call_relay_context_status_callback_url: str | None = None
    """Status callback URL for `relay_context`."""
    call_relay_application: str | None = None
    """RELAY application for inbound calls (`relay_application`)."""
    call_video_room_id: str | None = None
    """Video room that takes inbound calls (`video_room`)."""
    call_relay_script_url: str | None = None
    """SWML script URL for inbound calls (`relay_script`)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _RelaySipEndpointListFields(ParamFields, total=False):
    filter_username: str | None
    """Only endpoints whose username contains this."""
    filter_caller_id: str | None
    """Only endpoints whose caller ID contains this."""
    page_number: int | None
    """Zero-based page index."""


class RelaySipEndpointListParams(_RelaySipEndpointListFields, _PageFields, RequestKeywords):
    """Query parameters of `sip_endpoints.list()`."""


class _RelaySipEndpointSettings(ParamFields, total=False):
    """The optional fields shared by create and update (private base)."""

    caller_id: str | None
    """Caller ID (CNAM) shown when dialing out."""
    send_as: str | None
    """Number shown as the caller on PSTN calls."""
    ciphers: Sequence[str] | None
    """Encryption ciphers to support."""
    codecs: Sequence[str] | None
    """Codecs to support."""
    encryption: RelaySipEndpointEncryption | None
    """Encryption policy."""
    call_handler: RelaySipEndpointCallHandler | None
    """What takes inbound calls; the matching `call_*` field below says which one."""
    call_request_url: str | None
    """cXML URL fetched for inbound calls (`laml_webhooks`)."""
    call_request_method: RelaySipEndpointMethod | None
    """`GET` or `POST` for `call_request_url`."""
    call_fallback_url: str | None
    """cXML URL used when `call_request_url` fails."""
    call_fallback_method: RelaySipEndpointMethod | None
    """`GET` or `POST` for `call_fallback_url`."""
    call_status_callback_url: str | None
    """URL that receives call status changes."""
    call_status_callback_method: RelaySipEndpointMethod | None
    """`GET` or `POST` for `call_status_callback_url`."""
    call_laml_application_id: str | None
    """cXML application (`laml_application`)."""
    call_dialogflow_agent_id: str | None
    """Dialogflow agent (`dialogflow`)."""
    call_relay_topic: str | None
    """RELAY topic (`relay_topic`)."""
    call_relay_topic_status_callback_url: str | None
    """Status callback URL for `relay_topic`."""
    call_relay_context: str | None
    """RELAY context (`relay_context`)."""
    call_relay_context_status_callback_url: str | None
    """Status callback URL for `relay_context`."""
    call_relay_application: str | None
    """RELAY application (`relay_application`)."""
    call_video_room_id: str | None
    """Video room uuid (`video_room`)."""
    call_flow_id: str | None
    """Call flow uuid (`call_flow`)."""
    call_flow_version: str | None
    """Which version of the call flow runs."""
    call_ai_agent_id: str | None
    """AI agent uuid (`ai_agent`)."""
    call_relay_script_url: str | None
    """SWML script URL (`relay_script`)."""


class _RelaySipEndpointCreateFields(ParamFields):
    username: str
    """SIP username."""
    password: str
    """Password the endpoint registers with."""


class RelaySipEndpointCreateParams(
    _RelaySipEndpointCreateFields, _RelaySipEndpointSettings, RequestKeywords
):
    """Body of `sip_endpoints.create()`."""


class _RelaySipEndpointUpdateFields(ParamFields, total=False):
    username: str | None
    """SIP username."""
    password: str | None
    """New password the endpoint registers with."""


class RelaySipEndpointUpdateParams(
    _RelaySipEndpointUpdateFields, _RelaySipEndpointSettings, RequestKeywords
):
    """Body of `sip_endpoints.update()`; keys left out are not changed."""

"""`fabric.sip_endpoints`: SIP endpoints (the spec's SIP credentials).

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Sequence
from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from ._common import Cipher, Codec, Encryption

__all__ = [
    "OutboundCallHandler",
    "SipEndpoint",
    "SipEndpointCreateParams",
    "SipEndpointUpdateParams",
]

OutboundCallHandler = Literal["default", "passthrough", "block-pstn", "resource"]


@attrs.frozen(kw_only=True)
class SipEndpoint(Model):
    """A SIP endpoint (`/api/fabric/resources/sip_endpoints`)."""

    type: str
    """What kind of record this is (`sip_endpoint`)."""
    id: str
    """The endpoint's uuid."""
    username: str
    """SIP username."""
    caller_id: str | None = None
    """Caller ID (CNAM) shown when dialing out."""
    send_as: str | None = None
    """Origination number for PSTN calls; `random` picks one of the project's."""
    ciphers: list[str] | None = None
    """Encryption ciphers the endpoint supports."""
    codecs: list[str] | None = None
    """Codecs the endpoint supports."""
    encryption: str | None = None
    """`default`, `required` or `optional`."""
    call_handler: str | None = None
    """Handler for inbound calls (`relay_context`, `laml_webhooks`, `ai_agent`, ...)."""
    calling_handler_resource_id: str | None = None
    """Resource that handles calls, when the handler is a resource."""
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


class _SipEndpointCreateFields(ParamFields):
    username: str
    """SIP username."""
    password: NotRequired[str | None]
    """Password the endpoint registers with (SignalWire's own example creates an endpoint
    without one)."""
    id: NotRequired[str | None]
    """Client-chosen uuid (the spec lists it; the API assigns one when omitted)."""
    caller_id: NotRequired[str | None]
    """Caller ID shown when dialing out."""
    send_as: NotRequired[str | None]
    """SIP username shown to the called party."""
    ciphers: NotRequired[Sequence[Cipher] | None]
    """Ciphers enabled for calls."""
    codecs: NotRequired[Sequence[Codec] | None]
    """Codecs enabled for calls."""
    encryption: NotRequired[Encryption | None]
    """Encryption policy (default `default`)."""
    call_handler: NotRequired[OutboundCallHandler | None]
    """Outbound call policy: `default`, `passthrough`, `block-pstn` or `resource`."""
    calling_handler_resource_id: NotRequired[str | None]
    """Resource that outbound calls dial when `call_handler` is `resource`."""


class SipEndpointCreateParams(_SipEndpointCreateFields, RequestKeywords):
    """Body of `fabric.sip_endpoints.create()`."""


class _SipEndpointUpdateFields(ParamFields, total=False):
    username: str | None
    password: str | None
    caller_id: str | None
    send_as: str | None
    ciphers: Sequence[Cipher] | None
    codecs: Sequence[Codec] | None
    encryption: Encryption | None
    call_handler: OutboundCallHandler | None
    calling_handler_resource_id: str | None


class SipEndpointUpdateParams(_SipEndpointUpdateFields, RequestKeywords):
    """Body of `fabric.sip_endpoints.update()`; keys left out are not changed."""

"""`fabric.resources`: every Fabric resource, whatever its kind, and what can be assigned to one.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Any, Literal

import attrs

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase
from .addresses import AddressChannels

__all__ = [
    "DomainApplicationAssignment",
    "FabricResource",
    "PhoneRouteAssignment",
    "PhoneRouteAssignmentHandler",
    "ResourceAssignDomainApplicationParams",
    "ResourceAssignPhoneRouteParams",
    "ResourceAssignSipEndpointParams",
    "SipEndpointAssignment",
]

PhoneRouteAssignmentHandler = Literal["calling", "messaging"]


@attrs.frozen(kw_only=True)
class FabricResource(FabricResourceBase):
    """A Fabric resource of any kind (`/api/fabric/resources`).

    `type` names the kind, and the key of that name holds the kind's own settings
    (`res.sip_gateway` when `res.type == "sip_gateway"`); the other kind keys are `None`.
    """

    ai_agent: dict[str, Any] | None = None
    call_flow: dict[str, Any] | None = None
    conference_room: dict[str, Any] | None = None
    cxml_application: dict[str, Any] | None = None
    cxml_script: dict[str, Any] | None = None
    cxml_webhook: dict[str, Any] | None = None
    dialogflow_agent: dict[str, Any] | None = None
    freeswitch_connector: dict[str, Any] | None = None
    relay_application: dict[str, Any] | None = None
    sip_endpoint: dict[str, Any] | None = None
    sip_gateway: dict[str, Any] | None = None
    subscriber: dict[str, Any] | None = None
    swml_script: dict[str, Any] | None = None
    swml_webhook: dict[str, Any] | None = None


@attrs.frozen(kw_only=True)
class DomainApplicationAssignment(Model):
    """The domain application, as answered by `fabric.resources.assign_domain_application()`."""

    id: str
    """The domain application's uuid."""
    type: str
    """What kind of record this is (`domain_application`)."""
    domain: str | None = None
    """Domain the application answers on."""
    name: str | None = None
    identifier: str | None = None
    user: str | None = None
    """User part of the SIP address."""
    ip_auth_enabled: bool | None = None
    """Whether callers are authenticated by IP address."""
    ip_auth: list[str] | None = None
    """IP addresses or ranges allowed when IP authentication is on."""
    call_handler: str | None = None
    """Handler for inbound calls (`relay_topic`, `laml_webhooks`, `ai_agent`, ...)."""
    calling_handler_resource_id: str | None = None
    """Resource that takes the calls, when the handler is a resource."""
    call_relay_topic: str | None = None
    call_relay_topic_status_callback_url: str | None = None
    call_relay_context: str | None = None
    """RELAY context (deprecated in favour of topics)."""
    call_relay_context_status_callback_url: str | None = None
    call_request_url: str | None = None
    """cXML URL fetched for inbound calls."""
    call_request_method: str | None = None
    """`GET` or `POST`."""
    call_fallback_url: str | None = None
    call_fallback_method: str | None = None
    """`GET` or `POST`."""
    call_status_callback_url: str | None = None
    call_status_callback_method: str | None = None
    """`GET` or `POST`."""
    call_laml_application_id: str | None = None
    call_video_room_id: str | None = None
    call_relay_script_url: str | None = None
    encryption: str | None = None
    """`optional`, `required` or `forbidden`."""
    codecs: list[str] | None = None
    ciphers: list[str] | None = None


@attrs.frozen(kw_only=True)
class PhoneRouteAssignment(Model):
    """The address answered by `fabric.resources.assign_phone_route()`."""

    id: str
    """The address's uuid."""
    type: str
    """Address type (`app`)."""
    name: str | None = None
    display_name: str | None = None
    cover_url: str | None = None
    preview_url: str | None = None
    locked: bool | None = None
    """Whether the address refuses calls."""
    channels: AddressChannels | None = nested(AddressChannels)  # noqa: RUF009 (an attrs field)
    """Channel URIs by kind (`audio`, `video`, `messaging`)."""
    created_at: str | None = None
    """Creation time (ISO 8601)."""


@attrs.frozen(kw_only=True)
class SipEndpointAssignment(Model):
    """The address answered by `fabric.resources.assign_sip_endpoint()`."""

    id: str
    """The address's uuid."""
    type: str
    """Address type (`call`)."""
    name: str | None = None
    cover_url: str | None = None
    preview_url: str | None = None
    channels: AddressChannels | None = nested(AddressChannels)  # noqa: RUF009 (an attrs field)
    """Channel URIs by kind (`audio`, `video`, `messaging`)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _ResourceAssignDomainApplicationFields(ParamFields):
    domain_application_id: str
    """The domain application to route to the resource."""


class ResourceAssignDomainApplicationParams(
    _ResourceAssignDomainApplicationFields, RequestKeywords
):
    """Body of `fabric.resources.assign_domain_application()`."""


class _ResourceAssignPhoneRouteFields(ParamFields):
    phone_route_id: str
    """The phone number (route) to assign."""
    handler: PhoneRouteAssignmentHandler
    """What the number hands to the resource: `calling` or `messaging`."""


class ResourceAssignPhoneRouteParams(_ResourceAssignPhoneRouteFields, RequestKeywords):
    """Body of `fabric.resources.assign_phone_route()`."""


class _ResourceAssignSipEndpointFields(ParamFields):
    sip_endpoint_id: str
    """The SIP endpoint whose calls the resource takes."""


class ResourceAssignSipEndpointParams(_ResourceAssignSipEndpointFields, RequestKeywords):
    """Body of `fabric.resources.assign_sip_endpoint()`."""

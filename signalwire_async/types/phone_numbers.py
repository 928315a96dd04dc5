"""`phone_numbers`: the project's phone numbers, searching for new ones, and their E911 address.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import enum
from typing import Literal

import attrs

from .._models import Model, nested
from .._options import RequestKeywords
from ._common import PageParams

__all__ = [
    "AvailableNumber",
    "AvailableNumberCapabilities",
    "PhoneCallHandler",
    "PhoneNumber",
    "PhoneNumberCallFlowParams",
    "PhoneNumberCallHandler",
    "PhoneNumberCreateParams",
    "PhoneNumberCxmlWebhookParams",
    "PhoneNumberE911AddressParams",
    "PhoneNumberListParams",
    "PhoneNumberMessageHandler",
    "PhoneNumberRelayTopicParams",
    "PhoneNumberRoutingParams",
    "PhoneNumberSearchParams",
    "PhoneNumberUpdateParams",
]

_HttpMethod = Literal["GET", "POST"]


class PhoneCallHandler(str, enum.Enum):
    """The official SDK's enum of `call_handler` values; each member is its `str` value."""

    RELAY_CONTEXT = "relay_context"
    RELAY_TOPIC = "relay_topic"
    RELAY_SCRIPT = "relay_script"
    RELAY_APPLICATION = "relay_application"
    RELAY_CONNECTOR = "relay_connector"
    RELAY_SIP_ENDPOINT = "relay_sip_endpoint"
    RELAY_VERTO_ENDPOINT = "relay_verto_endpoint"
    LAML_WEBHOOKS = "laml_webhooks"
    LAML_APPLICATION = "laml_application"
    DIALOGFLOW = "dialogflow"
    VIDEO_ROOM = "video_room"
    AI_AGENT = "ai_agent"
    CALL_FLOW = "call_flow"


PhoneNumberCallHandler = Literal[
    "relay_context",
    "relay_topic",
    "relay_script",
    "relay_application",
    "relay_connector",
    "relay_sip_endpoint",
    "relay_verto_endpoint",
    "laml_webhooks",
    "laml_application",
    "dialogflow",
    "video_room",
    "ai_agent",
    "call_flow",
]
"""What takes the number's incoming calls (`call_handler` of an update)."""

PhoneNumberMessageHandler = Literal[
    "relay_context", "relay_topic", "relay_application", "laml_webhooks", "laml_application"
]
"""What takes the number's incoming messages (`message_handler` of an update)."""


@attrs.frozen(kw_only=True)
class PhoneNumber(Model):
    """A phone number the project owns (`/api/relay/rest/phone_numbers`)."""

    id: str
    """The number's uuid."""
    number: str | None = None
    """The number in E.164 form, e.g. `+15551234567`."""
    name: str | None = None
    """A name given to the number."""
    capabilities: list[str] | None = None
    """Any of `voice`, `sms`, `mms`, `fax`."""
    number_type: str | None = None
    """`toll-free` or `longcode`."""
    e911_address_id: str | None = None
    """The uuid of the E911 address assigned to the number."""
    e911_status: str | None = None
    """`pending`, `active`, `failed`, `pending_removal` or `unregistered`."""
    created_at: str | None = None
    """When the number was bought (ISO 8601)."""
    updated_at: str | None = None
    """Last change (ISO 8601)."""
    next_billed_at: str | None = None
    """When the number is billed next (ISO 8601)."""
    call_handler: str | None = None
    """What takes incoming calls (`relay_script`, `laml_webhooks`, `ai_agent`, ...)."""
    calling_handler_resource_id: str | None = None
    """The Fabric resource that takes incoming calls."""
    call_receive_mode: str | None = None
    """`voice` or `fax`."""
    call_request_url: str | None = None
    call_request_method: str | None = None
    call_fallback_url: str | None = None
    call_fallback_method: str | None = None
    call_status_callback_url: str | None = None
    call_status_callback_method: str | None = None
    call_laml_application_id: str | None = None
    call_dialogflow_agent_id: str | None = None
    call_relay_topic: str | None = None
    call_relay_topic_status_callback_url: str | None = None
    call_relay_script_url: str | None = None
    call_relay_context: str | None = None
    call_relay_context_status_callback_url: str | None = None
    call_relay_application: str | None = None
    call_relay_connector_id: str | None = None
    call_sip_endpoint_id: str | None = None
    call_verto_resource: str | None = None
    call_video_room_id: str | None = None
    message_handler: str | None = None
    """What takes incoming messages (`laml_webhooks`, `relay_application`, ...)."""
    messaging_handler_resource_id: str | None = None
    """The Fabric resource that takes incoming messages."""
    message_request_url: str | None = None
    message_request_method: str | None = None
    message_fallback_url: str | None = None
    message_fallback_method: str | None = None
    message_laml_application_id: str | None = None
    message_relay_topic: str | None = None
    message_relay_context: str | None = None
    country_code: str | None = None
    """ISO 3166 country of the number, e.g. `US`."""


@attrs.frozen(kw_only=True)
class AvailableNumberCapabilities(Model):
    """What an available number can do."""

    voice: bool | None = None
    sms: bool | None = None
    mms: bool | None = None
    fax: bool | None = None


@attrs.frozen(kw_only=True)
class AvailableNumber(Model):
    """A number that is free to buy, as `phone_numbers.search()` finds it."""

    number: str | None = None
    """The number in E.164 form; buy it with `phone_numbers.create(number=...)`."""
    region: str | None = None
    """State or region (ISO 3166-2 subdivision code)."""
    city: str | None = None
    rate_center: str | None = None
    lata: str | None = None
    capabilities: AvailableNumberCapabilities | None = nested(AvailableNumberCapabilities)  # noqa: RUF009 (an attrs field)


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class PhoneNumberListParams(PageParams, total=False):
    """Query parameters of `phone_numbers.list()`."""

    filter_name: str
    """Only numbers whose name matches."""
    filter_number: str
    """Only numbers that match these digits."""
    page_number: int
    """Zero-based page index."""


class PhoneNumberSearchParams(PageParams, total=False):
    """Query parameters of `phone_numbers.search()`.

    Give at most one of `starts_with`, `contains` and `ends_with`.
    """

    areacode: str
    area_code: str
    """The reference's name of `areacode` (sent as that)."""
    """Only numbers in this area code."""
    number_type: str
    """`local` (the default) or `toll-free`."""
    starts_with: str
    """3 to 7 digits the number starts with."""
    contains: str
    """3 to 7 digits the number contains."""
    ends_with: str
    """3 to 7 digits the number ends with."""
    max_results: int
    quantity: int
    """The reference's name of `max_results` (sent as that)."""
    """At most this many numbers (up to 100; 50 by default)."""
    region: str
    """Only numbers in this region (ISO 3166-2 code, e.g. `TX`); local numbers only."""
    city: str
    """Only numbers in this city (with `region`); local numbers only."""


class PhoneNumberCreateParams(RequestKeywords):
    """Body of `phone_numbers.create()`: buying a number."""

    number: str
    """The number to buy, in E.164 form (one that `search()` found)."""


class PhoneNumberRoutingParams(RequestKeywords, total=False):
    """The fields of `PhoneNumberUpdateParams` but `name`: the keywords of
    `phone_numbers.set_relay_application()`, whose second argument is itself called `name`."""

    call_handler: PhoneNumberCallHandler | PhoneCallHandler
    """What takes incoming calls; the matching `call_*` field says which one."""
    call_receive_mode: str
    """`voice` or `fax`."""
    call_request_url: str
    call_request_method: _HttpMethod
    call_fallback_url: str
    call_fallback_method: _HttpMethod
    call_status_callback_url: str
    call_status_callback_method: _HttpMethod
    call_laml_application_id: str
    call_dialogflow_agent_id: str
    call_relay_topic: str
    call_relay_topic_status_callback_url: str
    call_relay_script_url: str
    call_relay_context: str
    """Deprecated."""
    call_relay_context_status_callback_url: str
    """Deprecated."""
    call_relay_application: str
    call_relay_connector_id: str
    call_sip_endpoint_id: str
    call_verto_resource: str
    call_video_room_id: str
    call_ai_agent_id: str
    """The AI agent that takes calls (with `call_handler="ai_agent"`)."""
    call_flow_id: str
    """The call flow that takes calls (with `call_handler="call_flow"`)."""
    call_flow_version: Literal["working_copy", "current_deployed"]
    """Which version of the call flow takes the calls."""
    message_handler: PhoneNumberMessageHandler
    """What takes incoming messages; the matching `message_*` field says which one."""
    message_request_url: str
    message_request_method: _HttpMethod
    message_fallback_url: str
    message_fallback_method: _HttpMethod
    message_laml_application_id: str
    message_relay_topic: str
    message_relay_context: str
    """Deprecated."""
    message_relay_application: str


class PhoneNumberUpdateParams(PhoneNumberRoutingParams, total=False):
    """Body of `phone_numbers.update()` (and of the `set_*` helpers); keys left out are not
    changed."""

    name: str
    """A name for the number."""


class PhoneNumberCallFlowParams(PhoneNumberUpdateParams, total=False):
    """Keywords of `phone_numbers.set_call_flow()`: the update fields, and the official
    SDK's name of one."""

    version: Literal["working_copy", "current_deployed"]
    """Sent as `call_flow_version`."""


class PhoneNumberCxmlWebhookParams(PhoneNumberUpdateParams, total=False):
    """Keywords of `phone_numbers.set_cxml_webhook()`: the update fields, and the official
    SDK's names of two."""

    fallback_url: str
    """Sent as `call_fallback_url`."""
    status_callback_url: str
    """Sent as `call_status_callback_url`."""


class PhoneNumberRelayTopicParams(PhoneNumberUpdateParams, total=False):
    """Keywords of `phone_numbers.set_relay_topic()`: the update fields, and the official
    SDK's name of one."""

    status_callback_url: str
    """Sent as `call_relay_topic_status_callback_url`."""


class PhoneNumberE911AddressParams(RequestKeywords):
    """Body of `phone_numbers.assign_e911_address()`."""

    e911_address_id: str
    """The uuid of an address from `client.addresses`."""

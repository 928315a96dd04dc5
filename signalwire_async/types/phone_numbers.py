"""`phone_numbers`: the project's phone numbers, searching for new ones, and their E911 address.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import enum
from typing import Literal

import attrs

from .._models import Model, nested
from .._options import ParamFields, RequestKeywords
from ._common import _PageFields

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


class _PhoneNumberListFields(ParamFields, total=False):
    filter_name: str | None
    """Only numbers whose name matches."""
    filter_number: str | None
    """Only numbers that match these digits."""
    page_number: int | None
    """Zero-based page index."""


class PhoneNumberListParams(_PhoneNumberListFields, _PageFields, RequestKeywords):
    """Query parameters of `phone_numbers.list()`."""


class _PhoneNumberSearchFields(ParamFields, total=False):
    areacode: str | None
    area_code: str | None
    """The reference's name of `areacode` (sent as that)."""
    """Only numbers in this area code."""
    number_type: str | None
    """`local` (the default) or `toll-free`."""
    starts_with: str | None
    """3 to 7 digits the number starts with."""
    contains: str | None
    """3 to 7 digits the number contains."""
    ends_with: str | None
    """3 to 7 digits the number ends with."""
    max_results: int | None
    quantity: int | None
    """The reference's name of `max_results` (sent as that)."""
    """At most this many numbers (up to 100; 50 by default)."""
    region: str | None
    """Only numbers in this region (ISO 3166-2 code, e.g. `TX`); local numbers only."""
    city: str | None
    """Only numbers in this city (with `region`); local numbers only."""


class PhoneNumberSearchParams(_PhoneNumberSearchFields, _PageFields, RequestKeywords):
    """Query parameters of `phone_numbers.search()`.

    Give at most one of `starts_with`, `contains` and `ends_with`.
    """


class _PhoneNumberCreateFields(ParamFields):
    number: str
    """The number to buy, in E.164 form (one that `search()` found)."""


class PhoneNumberCreateParams(_PhoneNumberCreateFields, RequestKeywords):
    """Body of `phone_numbers.create()`: buying a number."""


class _PhoneNumberRoutingFields(ParamFields, total=False):
    call_handler: PhoneNumberCallHandler | PhoneCallHandler | None
    """What takes incoming calls; the matching `call_*` field says which one."""
    call_receive_mode: str | None
    """`voice` or `fax`."""
    call_request_url: str | None
    call_request_method: _HttpMethod | None
    call_fallback_url: str | None
    call_fallback_method: _HttpMethod | None
    call_status_callback_url: str | None
    call_status_callback_method: _HttpMethod | None
    call_laml_application_id: str | None
    call_dialogflow_agent_id: str | None
    call_relay_topic: str | None
    call_relay_topic_status_callback_url: str | None
    call_relay_script_url: str | None
    call_relay_context: str | None
    """Deprecated."""
    call_relay_context_status_callback_url: str | None
    """Deprecated."""
    call_relay_application: str | None
    call_relay_connector_id: str | None
    call_sip_endpoint_id: str | None
    call_verto_resource: str | None
    call_video_room_id: str | None
    call_ai_agent_id: str | None
    """The AI agent that takes calls (with `call_handler="ai_agent"`)."""
    call_flow_id: str | None
    """The call flow that takes calls (with `call_handler="call_flow"`)."""
    call_flow_version: Literal["working_copy", "current_deployed"] | None
    """Which version of the call flow takes the calls."""
    message_handler: PhoneNumberMessageHandler | None
    """What takes incoming messages; the matching `message_*` field says which one."""
    message_request_url: str | None
    message_request_method: _HttpMethod | None
    message_fallback_url: str | None
    message_fallback_method: _HttpMethod | None
    message_laml_application_id: str | None
    message_relay_topic: str | None
    message_relay_context: str | None
    """Deprecated."""
    message_relay_application: str | None


class PhoneNumberRoutingParams(_PhoneNumberRoutingFields, RequestKeywords):
    """The fields of `PhoneNumberUpdateParams` but `name`: the keywords of
    `phone_numbers.set_relay_application()`, whose second argument is itself called `name`."""


class _PhoneNumberUpdateFields(ParamFields, total=False):
    name: str | None
    """A name for the number."""


class PhoneNumberUpdateParams(_PhoneNumberUpdateFields, _PhoneNumberRoutingFields, RequestKeywords):
    """Body of `phone_numbers.update()` (and of the `set_*` helpers); keys left out are not
    changed."""


class _PhoneNumberCallFlowFields(ParamFields, total=False):
    version: Literal["working_copy", "current_deployed"] | None
    """Sent as `call_flow_version`."""


class PhoneNumberCallFlowParams(
    _PhoneNumberCallFlowFields, _PhoneNumberUpdateFields, _PhoneNumberRoutingFields, RequestKeywords
):
    """Keywords of `phone_numbers.set_call_flow()`: the update fields, and the official
    SDK's name of one."""


class _PhoneNumberCxmlWebhookFields(ParamFields, total=False):
    fallback_url: str | None
    """Sent as `call_fallback_url`."""
    status_callback_url: str | None
    """Sent as `call_status_callback_url`."""


class PhoneNumberCxmlWebhookParams(
    _PhoneNumberCxmlWebhookFields,
    _PhoneNumberUpdateFields,
    _PhoneNumberRoutingFields,
    RequestKeywords,
):
    """Keywords of `phone_numbers.set_cxml_webhook()`: the update fields, and the official
    SDK's names of two."""


class _PhoneNumberRelayTopicFields(ParamFields, total=False):
    status_callback_url: str | None
    """Sent as `call_relay_topic_status_callback_url`."""


class PhoneNumberRelayTopicParams(
    _PhoneNumberRelayTopicFields,
    _PhoneNumberUpdateFields,
    _PhoneNumberRoutingFields,
    RequestKeywords,
):
    """Keywords of `phone_numbers.set_relay_topic()`: the update fields, and the official
    SDK's name of one."""


class _PhoneNumberE911AddressFields(ParamFields):
    e911_address_id: str
    """The uuid of an address from `client.addresses`."""


class PhoneNumberE911AddressParams(_PhoneNumberE911AddressFields, RequestKeywords):
    """Body of `phone_numbers.assign_e911_address()`."""

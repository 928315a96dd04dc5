"""`client.phone_numbers`: the project's phone numbers (`/api/relay/rest/phone_numbers`)."""

from __future__ import annotations

from . import Op, Resource

BASE = "/api/relay/rest/phone_numbers"
ONE = f"{BASE}/{{id}}"
E911 = f"{BASE}/{{id}}/e911_address"
# The `set_*` helpers: `update` with `call_handler` fixed, their first argument the number's
# id and their second the field the handler reads.
SET = f"{BASE}/{{resource_id}}"
UPDATE = "PhoneNumberUpdateParams"


def _setter(
    name: str,
    arg: str,
    field: str,
    handler: str,
    summary: str,
    params: str = UPDATE,
    aliases: tuple[tuple[str, str], ...] = (),
) -> Op:
    return Op(
        name,
        "PUT",
        SET,
        "PhoneNumber",
        params,
        body_args=((arg, field),),
        fixed=(("call_handler", handler),),
        aliases=aliases,
        summary=summary,
    )


NAMESPACE = Resource(
    "phone_numbers",
    "PhoneNumbers",
    "the project's phone numbers (buy, route, release)",
    [
        Op(
            "list",
            "GET",
            BASE,
            "PhoneNumber",
            "PhoneNumberListParams",
            paged=True,
            summary="every phone number of the project",
        ),
        Op(
            "create",
            "POST",
            BASE,
            "PhoneNumber",
            "PhoneNumberCreateParams",
            summary="buy a phone number",
        ),
        Op("get", "GET", ONE, "PhoneNumber", summary="one phone number"),
        Op(
            "update",
            "PUT",
            ONE,
            "PhoneNumber",
            UPDATE,
            summary="change a phone number's given fields",
        ),
        Op("delete", "DELETE", ONE, None, summary="release a phone number"),
        Op(
            "search",
            "GET",
            f"{BASE}/search",
            "AvailableNumber",
            "PhoneNumberSearchParams",
            paged=True,
            # the reference's names for the spec's `areacode` and `max_results`
            aliases=(("area_code", "areacode"), ("quantity", "max_results")),
            summary="numbers that are free to buy",
        ),
        _setter(
            "set_ai_agent",
            "agent_id",
            "call_ai_agent_id",
            "ai_agent",
            "send the number's calls to an AI agent",
        ),
        _setter(
            "set_call_flow",
            "flow_id",
            "call_flow_id",
            "call_flow",
            "send the number's calls to a call flow",
            "PhoneNumberCallFlowParams",
            (("version", "call_flow_version"),),  # the official SDK's keywords
        ),
        _setter(
            "set_cxml_application",
            "application_id",
            "call_laml_application_id",
            "laml_application",
            "send the number's calls to a cXML application",
        ),
        _setter(
            "set_cxml_webhook",
            "url",
            "call_request_url",
            "laml_webhooks",
            "send the number's calls to a cXML webhook",
            "PhoneNumberCxmlWebhookParams",
            (
                ("fallback_url", "call_fallback_url"),
                ("status_callback_url", "call_status_callback_url"),
            ),
        ),
        _setter(
            "set_relay_application",
            "name",
            "call_relay_application",
            "relay_application",
            "send the number's calls to a RELAY application",
            # its argument `name` is not the number's name: the update fields but that one
            "PhoneNumberRoutingParams",
        ),
        _setter(
            "set_relay_topic",
            "topic",
            "call_relay_topic",
            "relay_topic",
            "send the number's calls to a RELAY topic",
            "PhoneNumberRelayTopicParams",
            (("status_callback_url", "call_relay_topic_status_callback_url"),),
        ),
        _setter(
            "set_swml_webhook",
            "url",
            "call_relay_script_url",
            "relay_script",
            "send the number's calls to a SWML webhook",
        ),
        Op(
            "assign_e911_address",
            "POST",
            E911,
            "PhoneNumber",
            "PhoneNumberE911AddressParams",
            summary="give the number an E911 address",
        ),
        Op(
            "remove_e911_address",
            "DELETE",
            E911,
            "PhoneNumber",
            summary="take the number's E911 address away",
        ),
    ],
)

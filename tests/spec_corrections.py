"""Where the client's parameters depart from the OpenAPI spec, and why: the one list of them.

Parameters describe what a caller sends: "required" means the caller must supply it. The
spec errs both ways: some create schemas require server-assigned or defaulted fields, and
some omit fields the API needs. Each departure is one `Correction` below, with its reason;
the parameter `TypedDict`s in `signalwire_async.types` follow this list, and
`tests/test_spec_corrections.py` checks that they do. A new namespace adds its rows here.

Developer data, not part of the package: read by that test and by `scripts/contract_check.py`
(which calls a refusal the spec's fault when it names only fields listed here), never at run
time, so it stays out of the wheel.
"""

from __future__ import annotations

from typing import Literal

import attrs

Change = Literal["added, required", "added, optional", "made optional", "values added"]
""""values added": the field exists, and the client accepts values its enum lacks."""


@attrs.frozen
class Correction:
    operation: str  # the Python name, as in API_SURFACE: "fabric.sip_endpoints.create"
    field: str
    change: Change
    reason: str


_UPDATE_RULE = "an update changes only the fields given; the spec requires this one"


def _update_fields(operation: str, *fields: str) -> tuple[Correction, ...]:
    """Fields the spec requires on an update, made optional: an update sends only changes."""
    return tuple(Correction(operation, f, "made optional", _UPDATE_RULE) for f in fields)


_SIP_CREATE = "fabric.sip_endpoints.create"

CORRECTIONS: tuple[Correction, ...] = (
    # -- fabric ---------------------------------------------------------------------------
    Correction(
        _SIP_CREATE,
        "password",
        "added, optional",
        "an endpoint registers with it; the legacy CreateSipEndpointRequest has it, the "
        "Fabric schema omits it; SignalWire's reference example creates an endpoint without "
        "one, and the official SDK sends that",
    ),
    Correction(
        _SIP_CREATE, "id", "made optional", "server-assigned; the spec lists it as required"
    ),
    *(
        Correction(_SIP_CREATE, field, "made optional", "the API applies a default when omitted")
        for field in (
            "caller_id",
            "send_as",
            "ciphers",
            "codecs",
            "encryption",
            "call_handler",
            "calling_handler_resource_id",
        )
    ),
    Correction(
        "fabric.sip_endpoints.update",
        "password",
        "added, optional",
        "changing the password, as on create",
    ),
    *_update_fields("fabric.sip_endpoints.update", "calling_handler_resource_id"),
    Correction(
        "fabric.ai_agents.create",
        "agent_id",
        "made optional",
        "server-assigned (the agent's own uuid); the spec lists it as required",
    ),
    *_update_fields("fabric.call_flows.update", "document_version", "flow_data", "relayml"),
    Correction(
        "fabric.conference_rooms.create",
        "enable_room_previews",
        "made optional",
        "a flag the API defaults when omitted; the spec lists it as required",
    ),
    *_update_fields("fabric.conference_rooms.update", "enable_room_previews", "sync_audio_video"),
    *_update_fields("fabric.subscribers.update", "email"),  # the PUT body is create's schema
    # -- phone numbers and their neighbours -----------------------------------------------
    Correction(
        "phone_numbers.update",
        "call_ai_agent_id",
        "added, optional",
        "phone_numbers.set_ai_agent (a reference method) sends it; the spec's closed update "
        "body omits it",
    ),
    Correction(
        "phone_numbers.update",
        "call_flow_id",
        "added, optional",
        "phone_numbers.set_call_flow (a reference method) sends it; the spec's closed update "
        "body omits it",
    ),
    Correction(
        "phone_numbers.update",
        "call_handler",
        "values added",
        "ai_agent and call_flow, which set_ai_agent and set_call_flow send; the spec's response "
        "enum has them, its update enum does not",
    ),
    *_update_fields(
        "addresses.update",
        "label",
        "country",
        "first_name",
        "last_name",
        "street_number",
        "street_name",
        "city",
        "state",
        "postal_code",
    ),
    *_update_fields("short_codes.update", "name", "message_handler"),
    *_update_fields("verified_callers.update", "name"),
    *_update_fields("number_groups.update", "name"),
    # -- calling: commands that start something ------------------------------------------
    *(
        Correction(
            f"calling.{command}",
            "control_id",
            "made optional",
            "the client makes a fresh one when it is not given, and returns it",
        )
        for command in ("collect", "detect", "play", "record", "stream", "tap", "transcribe")
    ),
    # -- the official SDK's names and fields the spec lacks (issue 19) ------------------
    *(
        Correction(
            f"fabric.subscribers.{op}",
            "region",
            "added, optional",
            "the official SDK sends it and the reference documents it; SubscriberRequest omits it",
        )
        for op in ("create", "update")
    ),
    Correction(
        "calling.ai_unhold",
        "prompt",
        "added, optional",
        "the official SDK sends it; the spec's params take nothing",
    ),
    Correction(
        "calling.record",
        "record",
        "made optional",
        "or the official SDK's `audio=`, which the client sends as `record.audio`",
    ),
    Correction(
        "calling.record",
        "audio",
        "added, optional",
        "the official SDK's name; sent inside `record`, where the spec has it",
    ),
    # Required by the spec, left out by SignalWire's own reference examples (which the
    # official SDK sends as written): not the caller's to give.
    Correction(
        "registry.brands.create",
        "name",
        "made optional",
        "the reference example registers a brand by company_name alone",
    ),
    Correction(
        "registry.brands.create_campaign",
        "name",
        "made optional",
        "the reference example creates a campaign without one",
    ),
    Correction(
        "registry.brands.create_campaign",
        "brand_id",
        "made optional",
        "the path names the brand; both the reference and the official SDK's examples "
        "leave it out of the body",
    ),
    # -- video, datasphere --------------------------------------------------------------
    *_update_fields("video.conferences.update", "display_name"),
    *_update_fields("video.streams.update", "url"),
    *_update_fields("datasphere.documents.update", "tags"),
    # -- compat -----------------------------------------------------------------------------
    *_update_fields("compat.applications.update", "FriendlyName"),
    *_update_fields("compat.laml_bins.update", "Name"),
    *_update_fields("compat.queues.update", "FriendlyName"),
)

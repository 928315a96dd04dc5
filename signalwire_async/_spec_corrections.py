"""Where the client's parameters depart from the OpenAPI spec, and why: the one list of them.

Parameters describe what a caller sends: "required" means the caller must supply it. The
spec errs both ways: some create schemas require server-assigned or defaulted fields, and
some omit fields the API needs. Each departure is one `Correction` below, with its reason;
the parameter `TypedDict`s in `signalwire_async.types` follow this list, and
`tests/test_spec_corrections.py` checks that they do. A new namespace adds its rows here.
"""

from __future__ import annotations

from typing import Literal

import attrs

Change = Literal["added, required", "added, optional", "made optional"]


@attrs.frozen
class Correction:
    operation: str  # the Python name, as in API_SURFACE: "fabric.sip_endpoints.create"
    field: str
    change: Change
    reason: str


_SIP_CREATE = "fabric.sip_endpoints.create"
_SIP_UPDATE = "fabric.sip_endpoints.update"
_SIP_DEFAULTED = (
    "caller_id",
    "send_as",
    "ciphers",
    "codecs",
    "encryption",
    "call_handler",
    "calling_handler_resource_id",
)

CORRECTIONS: tuple[Correction, ...] = (
    Correction(
        _SIP_CREATE,
        "password",
        "added, required",
        "an endpoint needs it to register; the legacy CreateSipEndpointRequest requires it, "
        "the Fabric schema omits it",
    ),
    Correction(
        _SIP_CREATE, "id", "made optional", "server-assigned; the spec lists it as required"
    ),
    *(
        Correction(_SIP_CREATE, field, "made optional", "the API applies a default when omitted")
        for field in _SIP_DEFAULTED
    ),
    Correction(_SIP_UPDATE, "password", "added, optional", "changing the password, as on create"),
    Correction(
        _SIP_UPDATE,
        "calling_handler_resource_id",
        "made optional",
        "an update changes only the fields given; the spec requires this one",
    ),
    Correction(
        "fabric.ai_agents.create",
        "agent_id",
        "made optional",
        "server-assigned (the agent's own uuid); the spec lists it as required",
    ),
    *(
        Correction(
            "fabric.call_flows.update",
            field,
            "made optional",
            "an update changes only the fields given; the spec requires this one",
        )
        for field in ("document_version", "flow_data", "relayml")
    ),
    Correction(
        "fabric.conference_rooms.create",
        "enable_room_previews",
        "made optional",
        "a flag the API defaults when omitted; the spec lists it as required",
    ),
    *(
        Correction(
            "fabric.conference_rooms.update",
            field,
            "made optional",
            "an update changes only the fields given; the spec requires this one",
        )
        for field in ("enable_room_previews", "sync_audio_video")
    ),
    Correction(
        "fabric.subscribers.update",
        "email",
        "made optional",
        "an update changes only the fields given; the spec's PUT body (shared with create) "
        "requires it",
    ),
)

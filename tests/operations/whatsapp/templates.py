"""Rows of `client.whatsapp.templates`: WhatsApp message templates."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.whatsapp.templates import (
    WhatsAppTemplate,
    WhatsAppTemplateDeletion,
    WhatsAppTemplateList,
)

from .. import Row

TEMPLATES = "/api/messaging/whatsapp/templates"
TEMPLATE_ID = "6a0e3f92-b847-4d15-9c2a-e81d54f7b039"
TEMPLATE = f"{TEMPLATES}/{TEMPLATE_ID}"
BUSINESS_ID = "9c3a7e51-0d2b-4f68-b1e9-35f8c6a04d72"

_COMPONENTS: list[dict[str, Any]] = [
    {"type": "HEADER", "format": "TEXT", "text": "Your pickup is ready"},
    {
        "type": "BODY",
        "text": "Hi {{1}}, order {{2}} is ready at the {{3}} store.",
        "example": {"body_text": [["Dana", "LO-48213", "Riverside"]]},
    },
    {"type": "FOOTER", "text": "Lakeside Outfitters"},
    {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Reschedule"}]},
]
_CREATE: dict[str, Any] = {
    "whatsapp_business_id": BUSINESS_ID,
    "name": "pickup_ready",
    "language": "en_US",
    "category": "utility",
    "parameter_format": "positional",
    "components": _COMPONENTS,
}


def template(**changes: Any) -> dict[str, Any]:
    """The template as the API sends it, with `changes`."""
    data: dict[str, Any] = {
        "id": TEMPLATE_ID,
        "name": "pickup_ready",
        "category": "utility",
        "components": _COMPONENTS,
        "language": "en_US",
        "parameter_format": "positional",
        "template_id": "1893340257719046",
        "template_status": "approved",
        "whatsapp_business_id": BUSINESS_ID,
        "created_at": "2026-02-10T16:20:44Z",
        "updated_at": "2026-02-11T07:03:12Z",
    }
    data.update(changes)
    return data


_CHANGES: dict[str, Any] = {"category": "marketing", "components": _COMPONENTS[1:3]}

ROWS = [
    Row(
        call="whatsapp.templates.list",
        kwargs={"whatsapp_business_id": BUSINESS_ID, "status": "approved"},
        path=TEMPLATES,
        query={"whatsapp_business_id": BUSINESS_ID, "status": "approved"},
        response={"data": [template()]},
        returns=WhatsAppTemplateList,
    ),
    Row(
        call="whatsapp.templates.create",
        kwargs=_CREATE,
        method="POST",
        path=TEMPLATES,
        body=_CREATE,
        status=201,
        response=template(template_status="pending", updated_at="2026-02-10T16:20:44Z"),
        returns=WhatsAppTemplate,
    ),
    Row(
        call="whatsapp.templates.get",
        args=(TEMPLATE_ID,),
        path=TEMPLATE,
        response=template(),
        returns=WhatsAppTemplate,
    ),
    Row(
        call="whatsapp.templates.update",
        args=(TEMPLATE_ID,),
        kwargs=_CHANGES,
        method="PATCH",
        path=TEMPLATE,
        body=_CHANGES,
        response=template(
            category="marketing",
            components=_COMPONENTS[1:3],
            template_status="pending",
            updated_at="2026-02-14T12:00:31Z",
        ),
        returns=WhatsAppTemplate,
    ),
    Row(
        call="whatsapp.templates.delete",
        args=(TEMPLATE_ID,),
        method="DELETE",
        path=TEMPLATE,
        response={"success": True, "errors": []},
        returns=WhatsAppTemplateDeletion,
    ),
]

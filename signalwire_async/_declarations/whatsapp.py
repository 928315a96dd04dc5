"""`client.whatsapp`: WhatsApp Business Accounts, their numbers and message templates.

The lists do not page: each answers one object holding every item (`.data`).
"""

from __future__ import annotations

from . import Namespace, Op, Resource

W = "/api/messaging/whatsapp"
T = f"{W}/templates"

NAMESPACE = Namespace(
    "whatsapp",
    "WhatsApp",
    "WhatsApp Business Accounts, their numbers and message templates",
    [
        Resource(
            "businesses",
            "WhatsAppBusinesses",
            "the WhatsApp Business Accounts connected to the Space",
            [
                Op(
                    "list",
                    "GET",
                    f"{W}/businesses",
                    "WhatsAppBusinessList",
                    summary="every connected account, in one answer",
                ),
            ],
        ),
        Resource(
            "numbers",
            "WhatsAppNumbers",
            "phone numbers registered with WhatsApp",
            [
                Op(
                    "list",
                    "GET",
                    f"{W}/numbers",
                    "WhatsAppNumberList",
                    summary="every WhatsApp number, in one answer",
                ),
                Op("get", "GET", f"{W}/numbers/{{id}}", "WhatsAppNumber", summary="one number"),
            ],
        ),
        Resource(
            "templates",
            "WhatsAppTemplates",
            "WhatsApp message templates",
            [
                Op(
                    "list",
                    "GET",
                    T,
                    "WhatsAppTemplateList",
                    "WhatsAppTemplateListParams",
                    summary="the templates, in one answer",
                ),
                Op(
                    "create",
                    "POST",
                    T,
                    "WhatsAppTemplate",
                    "WhatsAppTemplateCreateParams",
                    summary="create a template (Meta reviews it)",
                ),
                Op("get", "GET", f"{T}/{{id}}", "WhatsAppTemplate", summary="one template"),
                Op(
                    "update",
                    "PATCH",
                    f"{T}/{{id}}",
                    "WhatsAppTemplate",
                    "WhatsAppTemplateUpdateParams",
                    summary="change a template's category or components",
                ),
                Op(
                    "delete",
                    "DELETE",
                    f"{T}/{{id}}",
                    "WhatsAppTemplateDeletion",
                    summary="delete a template (at Meta too)",
                ),
            ],
        ),
    ],
)

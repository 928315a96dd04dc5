"""`whatsapp.templates`: message templates of WhatsApp Business Accounts.

A template is made of components (`HEADER`, `BODY`, `FOOTER`, `BUTTONS`), each an object
whose other fields depend on its `type`; they are sent and read as plain mappings. No
`from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from ..._models import Model, nested_list
from ..._options import ParamFields, RequestKeywords

__all__ = [
    "WhatsAppTemplate",
    "WhatsAppTemplateCategory",
    "WhatsAppTemplateCreateParams",
    "WhatsAppTemplateDeletion",
    "WhatsAppTemplateList",
    "WhatsAppTemplateListParams",
    "WhatsAppTemplateParameterFormat",
    "WhatsAppTemplateStatus",
    "WhatsAppTemplateUpdateParams",
]

WhatsAppTemplateCategory = Literal["utility", "marketing", "authentication"]
WhatsAppTemplateParameterFormat = Literal["named", "positional"]
"""How the template's placeholders are written: `{{name}}` or `{{1}}`."""
WhatsAppTemplateStatus = Literal[
    "approved",
    "archived",
    "deleted",
    "disabled",
    "flagged",
    "in_appeal",
    "limit_exceeded",
    "locked",
    "paused",
    "pending",
    "reinstated",
    "pending_deletion",
    "rejected",
]


@attrs.frozen(kw_only=True)
class WhatsAppTemplate(Model):
    """A message template (`/api/messaging/whatsapp/templates`)."""

    id: str
    """The template's uuid."""
    name: str | None = None
    category: str | None = None
    """`utility`, `marketing` or `authentication`."""
    components: list[dict[str, Any]] | None = None
    """The template's parts, each with a `type` (`HEADER`, `BODY`, `FOOTER`, `BUTTONS`)."""
    language: str | None = None
    """Language code, e.g. `en_US`."""
    parameter_format: str | None = None
    """`named` or `positional`."""
    template_id: str | None = None
    """Meta's id of the template."""
    template_status: str | None = None
    """Review state, e.g. `pending`, `approved`, `rejected`."""
    whatsapp_business_id: str | None = None
    """The account the template belongs to."""
    created_at: str | None = None
    updated_at: str | None = None
    discarded_at: str | None = None


@attrs.frozen(kw_only=True)
class WhatsAppTemplateList(Model):
    """The answer of `whatsapp.templates.list()`: every template, in one answer (no pages)."""

    data: list[WhatsAppTemplate] | None = nested_list(WhatsAppTemplate)  # noqa: RUF009 (an attrs field)


@attrs.frozen(kw_only=True)
class WhatsAppTemplateDeletion(Model):
    """The answer of `whatsapp.templates.delete()`."""

    success: bool | None = None
    """Whether Meta deleted the template."""
    errors: Any = None
    """Empty when it did; otherwise what Meta answered."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _WhatsAppTemplateListFields(ParamFields, total=False):
    whatsapp_business_id: str | None
    """Only the templates of this account."""
    status: WhatsAppTemplateStatus | None
    """Only templates in this review state."""


class WhatsAppTemplateListParams(_WhatsAppTemplateListFields, RequestKeywords):
    """Query of `whatsapp.templates.list()`."""


class _WhatsAppTemplateCreateFields(ParamFields):
    whatsapp_business_id: str
    """The account the template belongs to (see `whatsapp.businesses.list()`)."""
    name: str
    """Up to 512 characters: lowercase letters, digits and underscores."""
    language: str
    """Language code, e.g. `en_US`."""
    category: WhatsAppTemplateCategory
    parameter_format: WhatsAppTemplateParameterFormat
    components: Sequence[Mapping[str, Any]]
    """The template's parts, each with its `type`; a `BODY` is needed."""


class WhatsAppTemplateCreateParams(_WhatsAppTemplateCreateFields, RequestKeywords):
    """Body of `whatsapp.templates.create()`."""


class _WhatsAppTemplateUpdateFields(ParamFields, total=False):
    category: WhatsAppTemplateCategory | None
    components: Sequence[Mapping[str, Any]] | None
    """The template's parts, each with its `type`."""


class WhatsAppTemplateUpdateParams(_WhatsAppTemplateUpdateFields, RequestKeywords):
    """Body of `whatsapp.templates.update()`; keys left out are not changed."""

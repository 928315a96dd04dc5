"""`messages`: outbound SMS, MMS and WhatsApp messages, and their redaction.

The channel follows `from_`: a SignalWire number or short code sends SMS (MMS with `media`
or `send_as_mms`); a `whatsapp:`-prefixed number sends WhatsApp.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import attrs
from typing_extensions import NotRequired

from .._models import Model, json_key
from .._options import ParamFields, RequestKeywords

__all__ = [
    "Message",
    "MessageBody",
    "MessageCreateParams",
    "MessageUpdateParams",
    "MessageWhatsAppInteractive",
    "MessageWhatsAppLocation",
    "MessageWhatsAppMedia",
    "MessageWhatsAppReaction",
    "MessageWhatsAppType",
]

MessageWhatsAppType = Literal[
    "whatsapp_media_text",
    "whatsapp_media_image",
    "whatsapp_media_audio",
    "whatsapp_media_video",
    "whatsapp_media_document",
    "whatsapp_media_sticker",
    "whatsapp_media_location",
    "whatsapp_media_contacts",
    "whatsapp_media_reaction",
    "whatsapp_interactive_cta",
    "whatsapp_interactive_list",
    "whatsapp_interactive_reply_button",
    "whatsapp_interactive_location_request_message",
]
"""The kind of WhatsApp content message; it decides the shape of `body`."""


@attrs.frozen(kw_only=True)
class Message(Model):
    """A message sent (or being sent) through `/api/messaging/messages`."""

    id: str
    """The message (segment) uuid, as in `logs.messages`."""
    from_: str | None = attrs.field(default=None, metadata=json_key("from"))
    to: str | None = None
    body: str | None = None
    """The text; `""` once redacted."""
    status: str | None = None
    """`queued`, `initiated`, `sent`, `delivered`, `undelivered`, `failed` or `read`."""
    direction: str | None = None
    """`inbound` or `outbound`."""
    kind: str | None = None
    """`sms`, `mms` or `whatsapp`."""
    media: list[str] | None = None
    """URLs of the attachments (empty for SMS)."""
    number_of_segments: int | None = None
    error_code: str | None = None
    """The provider's code when delivery failed, else null."""
    error_message: str | None = None
    created_at: str | None = None
    project_id: str | None = None
    status_callback_url: str | None = None
    message_uri: str | None = None
    """Path of the message in the message logs."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class MessageWhatsAppMedia(TypedDict, total=False):
    """`body` of a WhatsApp image, audio, video, document or sticker: `link` or `id`."""

    link: str
    """Public http(s) URL of the file."""
    id: str
    """Id of media already uploaded to WhatsApp."""
    caption: str
    """Image, video and document only."""
    filename: str
    """Document only (up to 240 characters)."""


class MessageWhatsAppLocation(TypedDict, total=False):
    """`body` of a WhatsApp location (the API needs all four fields)."""

    latitude: float
    longitude: float
    name: str
    address: str


class MessageWhatsAppReaction(TypedDict, total=False):
    """`body` of a WhatsApp reaction (the API needs both fields)."""

    message_id: str
    """The WhatsApp id of the message reacted to (`wamid...`)."""
    emoji: str


class MessageWhatsAppInteractive(TypedDict, total=False):
    """`body` of a WhatsApp interactive message (the API needs `type` and `action`)."""

    type: str
    """E.g. `button`, `list`, `cta_url`, `location_request_message`, `flow`."""
    action: Mapping[str, Any]
    """Its shape depends on `type` (buttons, list sections, ...)."""
    header: Mapping[str, Any]
    body: Mapping[str, Any]
    footer: Mapping[str, Any]


MessageBody = (
    str
    | MessageWhatsAppMedia
    | MessageWhatsAppLocation
    | MessageWhatsAppReaction
    | MessageWhatsAppInteractive
    | Sequence[Mapping[str, Any]]
)
"""A message's `body`: text (SMS, MMS, WhatsApp text), an object for WhatsApp media,
location, reaction and interactive messages, or a list of contacts (each with a
`name: {"formatted_name": ...}`)."""


class _MessageCreateFields(ParamFields):
    to: str
    """Destination number, E.164 (`+15551234567`)."""
    from_: str
    """Sender: a SignalWire number or short code, or `whatsapp:+1...`; sent as `from`."""
    status_callback: NotRequired[str | None]
    """URL that gets the message's status changes."""
    custom_variables: NotRequired[Mapping[str, str] | None]
    """Your own string pairs (up to 20), echoed in status callbacks."""
    body: NotRequired[MessageBody | None]
    """SMS/MMS: the text (needed without `media`). WhatsApp content: see `MessageBody`."""
    media: NotRequired[Sequence[str] | None]
    """SMS/MMS: URLs of up to 8 attachments (makes the message MMS)."""
    send_as_mms: NotRequired[bool | None]
    """SMS/MMS: send as MMS even without media (the API's default: false)."""
    message_type: NotRequired[MessageWhatsAppType | None]
    """WhatsApp content: the kind of content in `body`."""
    template_id: NotRequired[str | None]
    """WhatsApp template: an approved template's SignalWire or Meta id."""
    header_template_parameters: NotRequired[Sequence[str] | Mapping[str, str] | str | None]
    """WhatsApp template: header values (positional list, named object, or a media URL)."""
    body_template_parameters: NotRequired[Sequence[str] | Mapping[str, str] | None]
    """WhatsApp template: body values (positional list or named object)."""
    button_template_parameters: NotRequired[Sequence[str] | None]
    """WhatsApp template: URL-button values (positional)."""


class MessageCreateParams(_MessageCreateFields, RequestKeywords):
    """Body of `messages.create()`: one of three kinds of message.

    * SMS/MMS: `body` and/or `media`, optionally `send_as_mms`.
    * WhatsApp content: `message_type` and `body` (shaped by the type).
    * WhatsApp template: `template_id` and the `*_template_parameters`.

    `to` and `from_` are always required; the API refuses fields of another kind.
    """


class _MessageUpdateFields(ParamFields, total=False):
    body: Literal[""] | None


class MessageUpdateParams(_MessageUpdateFields, RequestKeywords):
    """Body of `messages.update()`: the method clears the body itself; the official SDK's
    `body=""` says the same and is accepted."""

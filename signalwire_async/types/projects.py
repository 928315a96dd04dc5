"""`projects`: the authenticated project and its subprojects.

A signing key is a secret (it signs webhooks): it is left out of `repr()`.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

import attrs
from typing_extensions import NotRequired

from .._models import Model
from .._options import ParamFields, RequestKeywords
from ._common import _PageFields

__all__ = [
    "Project",
    "ProjectCreateParams",
    "ProjectListParams",
    "ProjectUpdateParams",
    "ProjectWithSigningKey",
]


@attrs.frozen(kw_only=True)
class Project(Model):
    """A project or subproject (`/api/projects`)."""

    id: str
    """The project's uuid."""
    name: str | None = None
    parent_project_id: str | None = None
    """uuid of the parent; null for the root project."""
    subproject: bool | None = None
    """Whether it is a subproject."""
    region_preference: str | None = None
    """E.g. `us-west`."""
    protect_recordings: bool | None = None
    """Recording files need authentication to fetch."""
    protect_message_media: bool | None = None
    """Message media needs authentication to fetch."""
    protect_fax_media: bool | None = None
    """Fax media needs authentication to fetch."""
    force_https_requests: bool | None = None
    """Webhooks go only to `https` URLs."""
    created_at: str | None = None
    updated_at: str | None = None


@attrs.frozen(kw_only=True)
class ProjectWithSigningKey(Project):
    """A project with its signing key: the answer of `create()` and `rotate_signing_key()`,
    the only times the API shows the key."""

    signing_key: str | None = attrs.field(default=None, repr=False)
    """The key that signs the project's webhooks (`PSK_...`)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _ProjectListFields(ParamFields, total=False):
    name: str | None
    """Only projects with this name."""
    page_number: int | None
    """Page to return, from 0."""


class ProjectListParams(_ProjectListFields, _PageFields, RequestKeywords):
    """Query of `projects.list()`."""


class _ProjectCreateFields(ParamFields):
    name: str
    """Up to 250 characters."""
    protect_recordings: NotRequired[bool | None]
    """Recording files need authentication to fetch."""
    protect_message_media: NotRequired[bool | None]
    """Message media needs authentication to fetch."""
    protect_fax_media: NotRequired[bool | None]
    """Fax media needs authentication to fetch."""
    force_https_requests: NotRequired[bool | None]
    """Send webhooks only to `https` URLs."""


class ProjectCreateParams(_ProjectCreateFields, RequestKeywords):
    """Body of `projects.create()` (as the root project: a subproject has no subprojects)."""


class _ProjectUpdateFields(ParamFields, total=False):
    name: str | None
    """Up to 250 characters."""
    protect_recordings: bool | None
    protect_message_media: bool | None
    protect_fax_media: bool | None
    force_https_requests: bool | None


class ProjectUpdateParams(_ProjectUpdateFields, RequestKeywords):
    """Body of `projects.update()`; keys left out are not changed."""

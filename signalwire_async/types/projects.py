"""`projects`: the authenticated project and its subprojects.

A signing key is a secret (it signs webhooks): it is left out of `repr()`.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

import attrs
from typing_extensions import NotRequired

from .._models import Model
from .._options import RequestKeywords
from ._common import PageParams

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


class ProjectListParams(PageParams, total=False):
    """Query of `projects.list()`."""

    name: str
    """Only projects with this name."""
    page_number: int
    """Page to return, from 0."""


class ProjectCreateParams(RequestKeywords):
    """Body of `projects.create()` (as the root project: a subproject has no subprojects)."""

    name: str
    """Up to 250 characters."""
    protect_recordings: NotRequired[bool]
    """Recording files need authentication to fetch."""
    protect_message_media: NotRequired[bool]
    """Message media needs authentication to fetch."""
    protect_fax_media: NotRequired[bool]
    """Fax media needs authentication to fetch."""
    force_https_requests: NotRequired[bool]
    """Send webhooks only to `https` URLs."""


class ProjectUpdateParams(RequestKeywords, total=False):
    """Body of `projects.update()`; keys left out are not changed."""

    name: str
    """Up to 250 characters."""
    protect_recordings: bool
    protect_message_media: bool
    protect_fax_media: bool
    force_https_requests: bool

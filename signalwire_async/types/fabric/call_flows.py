"""`fabric.call_flows`: call flows (SWML documents from the Call Flow Builder), with versions.

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
A flow's `relayml` is a whole SWML document and its `flow_data` the builder's opaque state:
both are plain dicts (mappings on the way in).
"""

from collections.abc import Mapping
from typing import Any

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase

__all__ = [
    "CallFlow",
    "CallFlowCreateParams",
    "CallFlowDeployVersionParams",
    "CallFlowDetails",
    "CallFlowUpdateParams",
    "CallFlowVersion",
]


@attrs.frozen(kw_only=True)
class CallFlowDetails(Model):
    """The flow itself (the `call_flow` object of a call flow resource)."""

    id: str
    """The call flow's uuid."""
    title: str | None = None
    """Call flow name."""
    flow_data: dict[str, Any] | None = None
    """Call Flow Builder state (opaque)."""
    relayml: dict[str, Any] | None = None
    """The SWML document the flow runs (`version`, `sections`)."""
    document_version: int | None = None
    """Current revision; each update raises it by one."""


@attrs.frozen(kw_only=True)
class CallFlow(FabricResourceBase):
    """A call flow resource (`/api/fabric/resources/call_flows`)."""

    call_flow: CallFlowDetails | None = nested(CallFlowDetails)  # noqa: RUF009 (an attrs field)
    """The flow itself."""


@attrs.frozen(kw_only=True)
class CallFlowVersion(Model):
    """A version of a call flow: the answer of `deploy_version()`, an item of `list_versions()`.

    A deployed version carries `document_version`; a listed one carries `version`.
    """

    id: str
    """The version's uuid."""
    version: str | None = None
    """Version label, e.g. `1.0.0` (in `list_versions()`)."""
    document_version: int | None = None
    """Revision of the flow this version holds (in `deploy_version()`)."""
    created_at: str | None = None
    """Creation time (ISO 8601)."""
    updated_at: str | None = None
    """Last change (ISO 8601)."""
    flow_data: dict[str, Any] | None = None
    """Call Flow Builder state (opaque)."""
    relayml: dict[str, Any] | None = None
    """The SWML document of this version."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CallFlowCreateFields(ParamFields):
    title: str
    """Call flow name."""
    flow_data: NotRequired[Mapping[str, Any] | None]
    """Call Flow Builder state (opaque)."""
    relayml: NotRequired[Mapping[str, Any] | None]
    """The SWML document to run (`{"version": "1.0.0", "sections": {"main": [...]}}`)."""


class CallFlowCreateParams(_CallFlowCreateFields, RequestKeywords):
    """Body of `fabric.call_flows.create()`.

    Give `flow_data` and `relayml` together or neither (the API then creates a starter flow).
    """


class _CallFlowUpdateFields(ParamFields, total=False):
    title: str | None
    document_version: int | None
    """The new revision: the flow's current `document_version` + 1."""
    flow_data: Mapping[str, Any] | None
    relayml: Mapping[str, Any] | None


class CallFlowUpdateParams(_CallFlowUpdateFields, RequestKeywords):
    """Body of `fabric.call_flows.update()`; keys left out are not changed.

    When changing the flow, send `document_version` as the current one plus one.
    """


class _CallFlowDeployVersionFields(ParamFields):
    document_version: NotRequired[int | None]
    """The revision of the flow to deploy."""
    call_flow_version_id: NotRequired[str | None]
    """The uuid of an existing version to deploy."""


class CallFlowDeployVersionParams(_CallFlowDeployVersionFields, RequestKeywords):
    """Body of `fabric.call_flows.deploy_version()`: give exactly one of the two keys.

    The spec's two variants: deploy a revision by `document_version`, or redeploy an earlier
    version by `call_flow_version_id`.
    """

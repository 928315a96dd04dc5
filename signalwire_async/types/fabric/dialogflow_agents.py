"""`fabric.dialogflow_agents`: Dialogflow agents connected to the project.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
Fabric has no `create` for them.
"""

import attrs

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase

__all__ = ["DialogflowAgent", "DialogflowAgentDetails", "DialogflowAgentUpdateParams"]


@attrs.frozen(kw_only=True)
class DialogflowAgentDetails(Model):
    """The agent's settings (the `dialogflow_agent` object of a Dialogflow agent resource)."""

    id: str
    """The agent's uuid."""
    say_enabled: bool | None = None
    """Whether the `say` message is enabled."""
    say: str | None = None
    """Message the agent says (the `say` feature)."""
    voice: str | None = None
    """Text-to-speech voice, e.g. `en-US-Wavenet-D`."""
    display_name: str | None = None
    dialogflow_reference_id: str | None = None
    """The agent's id on the Dialogflow side."""
    dialogflow_reference_name: str | None = None
    """The agent's name on the Dialogflow side."""


@attrs.frozen(kw_only=True)
class DialogflowAgent(FabricResourceBase):
    """A Dialogflow agent resource (`/api/fabric/resources/dialogflow_agents`)."""

    dialogflow_agent: DialogflowAgentDetails | None = nested(DialogflowAgentDetails)  # noqa: RUF009 (an attrs field)
    """The agent's settings."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _DialogflowAgentUpdateFields(ParamFields, total=False):
    name: str | None
    """Agent name."""
    say_enabled: bool | None
    """Enable the `say` message."""
    say: str | None
    """Message the agent says (the `say` feature)."""
    voice: str | None
    """Text-to-speech voice."""


class DialogflowAgentUpdateParams(_DialogflowAgentUpdateFields, RequestKeywords):
    """Body of `fabric.dialogflow_agents.update()`; keys left out are not changed."""

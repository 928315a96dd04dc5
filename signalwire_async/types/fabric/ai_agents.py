"""`fabric.ai_agents`: AI agents (the spec's custom AI agents).

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
The agent's prompt, parameters, SWAIG functions and global data are large or open-ended
structures: they are plain dicts (mappings on the way in), not typed models.
"""

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from typing_extensions import NotRequired, TypedDict

from ..._models import Model, json_key, nested, nested_list
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase

__all__ = [
    "AiAgent",
    "AiAgentCreateHint",
    "AiAgentCreateLanguage",
    "AiAgentCreateMultilingual",
    "AiAgentCreateParams",
    "AiAgentCreatePostPrompt",
    "AiAgentCreatePrompt",
    "AiAgentCreatePronounce",
    "AiAgentDetails",
    "AiAgentLanguage",
    "AiAgentMultilingual",
    "AiAgentPronounce",
    "AiAgentUpdateParams",
]


@attrs.frozen(kw_only=True)
class AiAgentLanguage(Model):
    """A language the agent speaks, with its voice."""

    name: str | None = None
    """Language name, e.g. `French`."""
    code: str | list[str] | None = None
    """Language code(s) the agent recognizes, e.g. `fr-FR`."""
    listen_language: str | list[str] | None = None
    """Language code(s) speech recognition listens for, when not `code`."""
    voice: str | None = None
    """Text-to-speech voice, e.g. `gcloud.fr-FR-Neural2-B`."""
    model: str | None = None
    """Text-to-speech model."""
    auto_emotion: bool | None = None
    auto_speed: bool | None = None
    engine: str | None = None
    """Text-to-speech engine, e.g. `elevenlabs`."""
    params: dict[str, Any] | None = None
    """Voice tuning (stability, speed, pitch, ...)."""
    fillers: list[str] | None = None
    function_fillers: list[str] | None = None
    """Phrases said while a function runs."""
    speech_fillers: list[str] | None = None
    turn_fillers: list[str] | None = None
    pronounce: list[dict[str, Any]] | None = None
    """Pronunciation rules for this language."""


@attrs.frozen(kw_only=True)
class AiAgentMultilingual(Model):
    """Language detection and switching for one agent."""

    languages: list[dict[str, Any]] | None = None
    """Per-language voice settings (`language`, `voice`, `engine`, ...)."""
    allowed: list[str] | None = None
    """Language codes the agent may switch to."""
    engine: str | None = None
    """Speech recognition engine."""
    model: str | None = None
    """Speech recognition model."""
    provider: str | None = None
    start_language: str | None = None
    """Language the conversation starts in."""
    min_switch_words: int | None = None
    """Words the caller must say in a new language before the agent switches."""
    fillers: list[str] | dict[str, list[str]] | None = None
    """Fillers between turns: a list, or lists keyed by language code."""
    function_fillers: list[str] | dict[str, list[str]] | None = None
    turn_fillers: list[str] | dict[str, list[str]] | None = None


@attrs.frozen(kw_only=True)
class AiAgentPronounce(Model):
    """A pronunciation rule: `replace` is spoken as `with`."""

    replace: str | None = None
    """The expression to replace."""
    with_: str | None = attrs.field(default=None, metadata=json_key("with"))
    """How to pronounce it (JSON key `with`)."""
    ignore_case: bool | None = None


@attrs.frozen(kw_only=True)
class AiAgentDetails(Model):
    """The agent's configuration (the `ai_agent` object of an AI agent resource)."""

    agent_id: str | None = None
    """The agent's uuid."""
    name: str | None = None
    """Agent name."""
    prompt: dict[str, Any] | None = None
    """Main prompt: `text` or `pom`, with model settings (`temperature`, ...)."""
    post_prompt: dict[str, Any] | None = None
    """Prompt run when the conversation ends (summaries)."""
    post_prompt_url: str | None = None
    """URL that receives the post-prompt results."""
    global_data: dict[str, Any] | None = None
    """Data kept for the whole AI session."""
    hints: list[str | dict[str, Any]] | None = None
    """Words to recognize better: strings, or `{hint, pattern, replace}` objects."""
    languages: list[AiAgentLanguage] | None = nested_list(AiAgentLanguage)  # noqa: RUF009 (an attrs field)
    """Languages the agent speaks."""
    multilingual: AiAgentMultilingual | None = nested(AiAgentMultilingual)  # noqa: RUF009 (an attrs field)
    """Language detection settings (used instead of `languages` when set)."""
    params: dict[str, Any] | None = None
    """AI parameters (timeouts, barge-in, models, ...)."""
    pronounce: list[AiAgentPronounce] | None = nested_list(AiAgentPronounce)  # noqa: RUF009 (an attrs field)
    """Pronunciation rules."""
    SWAIG: dict[str, Any] | None = None
    """SWAIG functions, includes, MCP servers and defaults."""


@attrs.frozen(kw_only=True)
class AiAgent(FabricResourceBase):
    """An AI agent resource (`/api/fabric/resources/ai_agents`)."""

    ai_agent: AiAgentDetails | None = nested(AiAgentDetails)  # noqa: RUF009 (an attrs field)
    """The agent's configuration."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...). The nested
# shapes serve both create and update (every key of a nested object is optional).


class AiAgentCreatePrompt(TypedDict, total=False):
    """The agent's prompt: give `text` or `pom`, plus model settings if wanted."""

    text: str
    """The prompt as text."""
    pom: Sequence[Mapping[str, Any]]
    """The prompt as Prompt Object Model sections."""
    max_tokens: int
    temperature: float
    top_p: float
    confidence: float
    presence_penalty: float
    frequency_penalty: float
    contexts: Mapping[str, Any]
    """Conversation contexts and steps (a `default` context at least)."""


class AiAgentCreatePostPrompt(TypedDict, total=False):
    """The post-prompt: give `text` or `pom`, plus model settings if wanted."""

    text: str
    pom: Sequence[Mapping[str, Any]]
    max_tokens: int
    temperature: float
    top_p: float
    confidence: float
    presence_penalty: float
    frequency_penalty: float


class AiAgentCreateHint(TypedDict, total=False):
    """A hint that rewrites what was heard: `pattern` (a regex) becomes `replace`."""

    hint: str
    pattern: str
    replace: str
    ignore_case: bool


# `with` is a Python keyword: the functional form declares that key.
_AiAgentPronounceWith = TypedDict("_AiAgentPronounceWith", {"with": str}, total=False)


class AiAgentCreatePronounce(_AiAgentPronounceWith, total=False):
    """A pronunciation rule: `replace` is spoken as `with` (pass both)."""

    replace: str
    ignore_case: bool


class AiAgentCreateLanguage(TypedDict, total=False):
    """A language the agent speaks (pass `name`, `code` and `voice`)."""

    name: str
    code: str | Sequence[str]
    listen_language: str | Sequence[str]
    voice: str
    """Text-to-speech voice, e.g. `gcloud.fr-FR-Neural2-B`."""
    model: str
    auto_emotion: bool
    auto_speed: bool
    engine: str
    params: Mapping[str, Any]
    """Voice tuning (stability, speed, pitch, ...)."""
    fillers: Sequence[str]
    function_fillers: Sequence[str]
    speech_fillers: Sequence[str]
    turn_fillers: Sequence[str]
    pronounce: Sequence[AiAgentCreatePronounce]


class AiAgentCreateMultilingual(TypedDict, total=False):
    """Language detection and switching (pass `languages` on create)."""

    languages: Sequence[Mapping[str, Any]]
    """Per-language voice settings, each with its `language` code."""
    allowed: Sequence[str]
    engine: str
    model: str
    provider: str
    start_language: str
    min_switch_words: int
    fillers: Sequence[str] | Mapping[str, Sequence[str]]
    function_fillers: Sequence[str] | Mapping[str, Sequence[str]]
    turn_fillers: Sequence[str] | Mapping[str, Sequence[str]]


class _AiAgentCreateFields(ParamFields):
    name: str
    """Agent name."""
    prompt: AiAgentCreatePrompt
    """Main prompt."""
    agent_id: NotRequired[str | None]
    """Client-chosen uuid (the spec requires it; the API assigns one when omitted)."""
    post_prompt: NotRequired[AiAgentCreatePostPrompt | None]
    post_prompt_url: NotRequired[str | None]
    """URL that receives the post-prompt results (may embed `user:password@`)."""
    global_data: NotRequired[Mapping[str, Any] | None]
    """Data kept for the whole AI session."""
    hints: NotRequired[Sequence[str | AiAgentCreateHint] | None]
    languages: NotRequired[Sequence[AiAgentCreateLanguage] | None]
    multilingual: NotRequired[AiAgentCreateMultilingual | None]
    params: NotRequired[Mapping[str, Any] | None]
    """AI parameters (timeouts, barge-in, models, ...)."""
    pronounce: NotRequired[Sequence[AiAgentCreatePronounce] | None]
    SWAIG: NotRequired[Mapping[str, Any] | None]
    """SWAIG functions, includes, MCP servers and defaults."""


class AiAgentCreateParams(_AiAgentCreateFields, RequestKeywords):
    """Body of `fabric.ai_agents.create()`."""


class _AiAgentUpdateFields(ParamFields, total=False):
    name: str | None
    prompt: AiAgentCreatePrompt | None
    agent_id: str | None
    post_prompt: AiAgentCreatePostPrompt | None
    post_prompt_url: str | None
    global_data: Mapping[str, Any] | None
    hints: Sequence[str | AiAgentCreateHint] | None
    languages: Sequence[AiAgentCreateLanguage] | None
    multilingual: AiAgentCreateMultilingual | None
    params: Mapping[str, Any] | None
    pronounce: Sequence[AiAgentCreatePronounce] | None
    SWAIG: Mapping[str, Any] | None


class AiAgentUpdateParams(_AiAgentUpdateFields, RequestKeywords):
    """Body of `fabric.ai_agents.update()` (a PATCH); keys left out are not changed."""

"""`SWMLBuilder`: a SWML document, one chained call per step, checked against the schema."""

from __future__ import annotations

import copy
import importlib
import json
import keyword
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._spec import check_step
from ._verbs import VERBS, GeneratedVerbs

if TYPE_CHECKING:  # typing_extensions costs more to import than this package
    from typing_extensions import Never, Self

__all__ = ["SWMLBuilder"]

VERSION = "1.0.0"


def _given(config: Mapping[str, Any]) -> dict[str, Any]:
    # As the official builder: a parameter left at None is not sent.
    return {key: value for key, value in config.items() if value is not None}


class SWMLBuilder(GeneratedVerbs):
    """Build a SWML document: `SWMLBuilder().answer().play(url=...).hangup().build()`.

    Each verb method appends one step to the current section (`main` unless `section()`
    chose another) and checks it against the schema: an unknown verb or parameter, a missing
    required one, or a value of the wrong JSON type raises `ValueError` naming it. `build()`
    returns a plain dict that `fabric.swml_scripts.create(contents=...)`,
    `calling.dial(swml=...)` and `calling.update(swml=...)` take as is.

    `service` is accepted, and kept as `.service`, so code written for the official builder
    (`SWMLBuilder(service)`) runs unchanged; the document lives in the builder, not in it.
    """

    def __init__(self, service: object | None = None) -> None:
        self.service = service
        self._sections: dict[str, list[dict[str, Any]]] = {"main": []}
        self._current = "main"

    def __repr__(self) -> str:
        steps = sum(len(steps) for steps in self._sections.values())
        return f"<SWMLBuilder sections={list(self._sections)} steps={steps}>"

    # Sections and raw steps.

    def add_section(self, section_name: str) -> Self:
        """Add an empty section (an existing one is left as it is); steps still go to the
        current section: `section(name)` switches to it."""
        self._sections.setdefault(section_name, [])
        return self

    def section(self, section_name: str) -> Self:
        """Send the next steps to `section_name`, adding it if needed."""
        self.add_section(section_name)
        self._current = section_name
        return self

    def add_verb(self, verb: str, config: Any) -> Self:
        """Append the step `{verb: config}` to the current section, checked first."""
        return self.add_verb_to_section(self._current, verb, config)

    def add_verb_to_section(self, section_name: str, verb: str, config: Any) -> Self:
        """Append the step `{verb: config}` to `section_name` (added if needed)."""
        check_step(VERBS, verb, config)
        self._sections.setdefault(section_name, []).append({verb: config})
        return self

    def _add_given(self, verb: str, given: Mapping[str, Any], unknown: Mapping[str, Any]) -> Self:
        config = _given(given)
        for key, value in unknown.items():
            # `**{"from": ...}` as the official builder takes it: the typed name is `from_`.
            if not (keyword.iskeyword(key) and key in VERBS[verb].params):
                raise ValueError(f"SWML verb {verb!r} has no parameter {key!r}")
            if value is not None:
                config[key] = value
        return self.add_verb(verb, config)

    # The verbs whose official signatures differ from the schema's shape.

    def ai(
        self,
        prompt_text: str | None = None,
        prompt_pom: Sequence[Mapping[str, Any]] | None = None,
        post_prompt: str | None = None,
        post_prompt_url: str | None = None,
        swaig: Mapping[str, Any] | None = None,
        *,
        prompt: Mapping[str, Any] | None = None,
        global_data: Mapping[str, Any] | None = None,
        hints: Sequence[str | Mapping[str, Any]] | None = None,
        languages: Sequence[Mapping[str, Any]] | None = None,
        params: Mapping[str, Any] | None = None,
        pronounce: Sequence[Mapping[str, Any]] | None = None,
        multilingual: Mapping[str, Any] | None = None,
        **unknown: Never,
    ) -> Self:
        """Add an `ai` step. `prompt_text` or `prompt_pom` is the prompt (`{"text": ...}` or
        `{"pom": [...]}`), or give the `prompt` object itself; `swaig` is the `SWAIG` key."""
        if prompt is None and prompt_text is not None:
            prompt = {"text": prompt_text}
        elif prompt is None and prompt_pom is not None:
            prompt = {"pom": list(prompt_pom)}
        config = {
            "prompt": prompt,
            "post_prompt": None if post_prompt is None else {"text": post_prompt},
            "post_prompt_url": post_prompt_url,
            "SWAIG": swaig,
            "global_data": global_data,
            "hints": hints,
            "languages": languages,
            "params": params,
            "pronounce": pronounce,
            "multilingual": multilingual,
        }
        return self._add_given("ai", config, unknown)

    def play(
        self,
        url: str | None = None,
        urls: Sequence[str] | None = None,
        volume: float | None = None,
        say_voice: str | None = None,
        say_language: str | None = None,
        say_gender: str | None = None,
        auto_answer: bool | None = None,
        *,
        status_url: str | None = None,
        **unknown: Never,
    ) -> Self:
        """Add a `play` step: one `url` or a list of `urls` (`say:`, `silence:`, `ring:`
        and audio URLs)."""
        if url is None and urls is None:
            raise ValueError("SWML verb 'play' needs url or urls")
        if url is not None and urls is not None:
            raise ValueError("SWML verb 'play' takes url or urls, not both")
        config = {
            "url": url,
            "urls": None if urls is None else list(urls),
            "volume": volume,
            "say_voice": say_voice,
            "say_language": say_language,
            "say_gender": say_gender,
            "auto_answer": auto_answer,
            "status_url": status_url,
        }
        return self._add_given("play", config, unknown)

    def say(
        self,
        text: str,
        voice: str | None = None,
        language: str | None = None,
        gender: str | None = None,
        volume: float | None = None,
    ) -> Self:
        """Speak `text`: a `play` step of `say:<text>`."""
        return self.play(
            url=f"say:{text}",
            say_voice=voice,
            say_language=language,
            say_gender=gender,
            volume=volume,
        )

    def sleep(self, duration: int | str) -> Self:
        """Add a `sleep` step of `duration` milliseconds (-1: for ever)."""
        return self.add_verb("sleep", duration)

    def set(self, variables: Mapping[str, Any] | None = None, /, **values: Any) -> Self:
        """Add a `set` step: script variables from `variables` and keyword arguments
        (those at None are left out, as the official builder does)."""
        return self.add_verb("set", _given({**(variables or {}), **values}))

    # The document.

    def build(self) -> dict[str, Any]:
        """The document, as a new plain dict, every step checked again (a config changed
        after it was added is caught here)."""
        for steps in self._sections.values():
            for step in steps:
                ((verb, config),) = step.items()
                check_step(VERBS, verb, config)
        return {"version": VERSION, "sections": copy.deepcopy(self._sections)}

    def to_dict(self) -> dict[str, Any]:
        """The same as `build()` (what `FunctionResult.execute_swml` reads from objects)."""
        return self.build()

    def render(self, *, indent: int | None = None) -> str:
        """The document as JSON text."""
        return json.dumps(self.build(), indent=indent)

    def render_yaml(self) -> str:
        """The document as YAML text; needs PyYAML (`pip install pyyaml`), not a dependency."""
        try:
            yaml = importlib.import_module("yaml")  # optional: untyped on purpose
        except ModuleNotFoundError:
            raise ModuleNotFoundError(
                "render_yaml() needs PyYAML: pip install pyyaml", name="yaml"
            ) from None
        text: str = yaml.safe_dump(self.build(), sort_keys=False)
        return text

    def reset(self) -> Self:
        """Start again from an empty document (`main` only, current)."""
        self._sections = {"main": []}
        self._current = "main"
        return self

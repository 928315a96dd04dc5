"""`FunctionResult`: what a SWAIG function webhook answers (`{"response": ..., "action": [...],
"post_process": true}`), with the official SDK's method names and output."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._function_result_swml import SwmlActions

if TYPE_CHECKING:  # typing_extensions costs more to import than this package
    from typing_extensions import Self

__all__ = ["FunctionResult", "SwaigFunctionResult"]


def _swml(*steps: Mapping[str, Any]) -> dict[str, Any]:
    return {"version": "1.0.0", "sections": {"main": list(steps)}}


class FunctionResult(SwmlActions):
    """The answer to a SWAIG function call: text for the model (`response`), actions for
    the call (`action`), and whether the model speaks once more before they run
    (`post_process`). Every method returns the result, for chaining; `to_dict()` is the
    webhook's JSON body.

    ```python
    return FunctionResult("Transferring you now.").connect("+15551231111").to_dict()
    ```
    """

    def __init__(
        self,
        response: str | Mapping[str, Any] | None = None,
        post_process: bool = False,
        tool_result: str | None = None,
        tool_prompt: str | None = None,
    ) -> None:
        self.response: str | dict[str, Any] = "" if response is None else _plain(response)
        self.action: list[dict[str, Any]] = []
        self.post_process = post_process
        if tool_result is not None or tool_prompt is not None:
            self.set_tool_response(tool_result, tool_prompt)

    def __repr__(self) -> str:
        return f"<FunctionResult actions={len(self.action)} post_process={self.post_process}>"

    # The response and the raw actions.

    def set_response(self, response: str) -> Self:
        """The text the model reads as the function's result."""
        self.response = response
        return self

    def set_tool_response(
        self, tool_result: str | None = None, tool_prompt: str | None = None
    ) -> Self:
        """A response in two parts: what the function did, and what the model should do."""
        parts = {"tool_result": tool_result, "tool_prompt": tool_prompt}
        self.response = {key: value for key, value in parts.items() if value is not None}
        return self

    def set_post_process(self, post_process: bool) -> Self:
        """Let the model answer once more before the actions run."""
        self.post_process = post_process
        return self

    def add_action(self, name: str, data: Any) -> Self:
        """Append the action `{name: data}`."""
        self.action.append({name: data})
        return self

    def add_actions(self, actions: Sequence[Mapping[str, Any]]) -> Self:
        """Append several actions, each a `{name: data}` mapping."""
        self.action.extend(dict(action) for action in actions)
        return self

    # Moving the call.

    def connect(self, destination: str, final: bool = True, from_addr: str | None = None) -> Self:
        """Connect the call to `destination` (a number or SIP URI); `final=False` returns
        to the agent when the far end hangs up."""
        params = {"to": destination}
        if from_addr is not None:
            params["from"] = from_addr
        return self._swml_action(_swml({"connect": params}), final)

    def swml_transfer(self, dest: str, ai_response: str, final: bool = True) -> Self:
        """Transfer to `dest` (a SWML URL), setting `ai_response` for the agent's return."""
        steps = ({"set": {"ai_response": ai_response}}, {"transfer": {"dest": dest}})
        return self._swml_action(_swml(*steps), final)

    def _swml_action(self, document: dict[str, Any], final: bool) -> Self:
        self.action.append({"SWML": document, "transfer": str(final).lower()})
        return self

    def execute_swml(
        self, swml_content: str | Mapping[str, Any] | Any, transfer: bool = False
    ) -> Self:
        """Run a SWML document: JSON text, a mapping, or an object with `to_dict()` (an
        `SWMLBuilder`); `transfer=True` leaves the agent for good."""
        if isinstance(swml_content, str):
            try:
                document: Any = json.loads(swml_content)
            except ValueError:
                document = {"raw_swml": swml_content}
        elif isinstance(swml_content, Mapping):
            document = dict(swml_content)
        elif callable(getattr(swml_content, "to_dict", None)):
            document = swml_content.to_dict()
        else:
            raise TypeError("swml_content must be JSON text, a mapping, or have to_dict()")
        action: dict[str, Any] = {"SWML": document}
        if transfer:
            action["transfer"] = "true"
        self.action.append(action)
        return self

    def swml_user_event(self, event_data: Mapping[str, Any]) -> Self:
        """Send a user event (to the client's UI, for example)."""
        document = {"sections": {"main": [{"user_event": {"event": dict(event_data)}}]}}
        return self.add_action("SWML", {**document, "version": "1.0.0"})

    def swml_change_step(self, step_name: str) -> Self:
        """Move the conversation to the step `step_name` of the current context."""
        return self.add_action("change_step", step_name)

    def swml_change_context(self, context_name: str) -> Self:
        """Move the conversation to the context `context_name`."""
        return self.add_action("change_context", context_name)

    def hangup(self) -> Self:
        """End the call."""
        return self.add_action("hangup", True)

    def hold(
        self,
        prompt: str | int | None = None,
        timeout: int = 300,
        step: str | None = None,
        timeout_step: str | None = None,
    ) -> Self:
        """Put the call on hold for `timeout` seconds (0 to 900); `prompt` is what the model
        says first (an int there is taken as the timeout, as the official SDK does)."""
        if isinstance(prompt, bool):
            prompt = None
        elif isinstance(prompt, int):
            timeout, prompt = prompt, None
        if prompt is not None:
            self.set_tool_response("status: on hold", prompt)
            self.post_process = True
        timeout = max(0, min(timeout, 900))
        if step is None and timeout_step is None:
            return self.add_action("hold", timeout)
        config: dict[str, Any] = {"timeout": timeout}
        if step is not None:
            config["step"] = step
        if timeout_step is not None:
            config["timeout_step"] = timeout_step
        return self.add_action("hold", config)

    def wait_for_user(
        self, enabled: bool | None = None, timeout: int | None = None, answer_first: bool = False
    ) -> Self:
        """How the agent waits for the caller: on/off, a timeout, or `answer_first`."""
        value: str | int | bool = True
        if answer_first:
            value = "answer_first"
        elif timeout is not None:
            value = timeout
        elif enabled is not None:
            value = enabled
        return self.add_action("wait_for_user", value)

    def stop(self) -> Self:
        """Stop the agent."""
        return self.add_action("stop", True)

    def say(self, text: str) -> Self:
        """Have the agent speak `text`."""
        return self.add_action("say", text)

    def play_background_file(self, filename: str, wait: bool = False) -> Self:
        """Play a file in the background."""
        return self.add_action(
            "playback_bg", {"file": filename, "wait": True} if wait else filename
        )

    def stop_background_file(self) -> Self:
        """Stop the background file."""
        return self.add_action("stop_playback_bg", True)

    # Speech recognition and the model's settings.

    def add_dynamic_hints(self, hints: Sequence[str | Mapping[str, Any]]) -> Self:
        """Add speech recognition hints (words, or `{"pattern", "replace"}` objects)."""
        return self.add_action("add_dynamic_hints", [_plain(hint) for hint in hints])

    def clear_dynamic_hints(self) -> Self:
        """Drop the hints added by `add_dynamic_hints`."""
        return self.add_action("clear_dynamic_hints", {})

    def set_end_of_speech_timeout(self, milliseconds: int) -> Self:
        return self.add_action("end_of_speech_timeout", milliseconds)

    def set_speech_event_timeout(self, milliseconds: int) -> Self:
        return self.add_action("speech_event_timeout", milliseconds)

    def change_voice(self, voice: str) -> Self:
        """Switch the agent's voice (`engine.voice`) for the rest of the call."""
        if not isinstance(voice, str) or not voice.strip():
            raise ValueError("voice must be a non-empty string")
        return self.add_action("change_voice", voice)

    def toggle_functions(self, function_toggles: Sequence[Mapping[str, Any]]) -> Self:
        """Turn SWAIG functions on or off: `[{"function": name, "active": bool}, ...]`."""
        return self.add_action("toggle_functions", [dict(t) for t in function_toggles])

    def enable_functions_on_timeout(self, enabled: bool = True) -> Self:
        return self.add_action("functions_on_speaker_timeout", enabled)

    def enable_extensive_data(self, enabled: bool = True) -> Self:
        return self.add_action("extensive_data", enabled)

    def replace_in_history(self, text: str | bool = True) -> Self:
        """After this turn, replace the call and its result in the history with `text`
        (True: remove them)."""
        return self.add_action("replace_in_history", text)

    def update_settings(self, settings: Mapping[str, Any]) -> Self:
        """Change the model's settings (`temperature`, `top-p`, ...)."""
        return self.add_action("settings", dict(settings))

    def switch_context(
        self,
        system_prompt: str | None = None,
        user_prompt: str | None = None,
        consolidate: bool = False,
        full_reset: bool = False,
    ) -> Self:
        """Replace the system prompt (and optionally add a user message)."""
        if system_prompt and not (user_prompt or consolidate or full_reset):
            return self.add_action("context_switch", system_prompt)
        data: dict[str, Any] = {}
        if system_prompt:
            data["system_prompt"] = system_prompt
        if user_prompt:
            data["user_prompt"] = user_prompt
        if consolidate:
            data["consolidate"] = True
        if full_reset:
            data["full_reset"] = True
        return self.add_action("context_switch", data)

    def simulate_user_input(self, text: str) -> Self:
        """Queue `text` as if the caller had said it."""
        return self.add_action("user_input", text)

    # Data.

    def update_global_data(self, data: Mapping[str, Any]) -> Self:
        """Set keys of the agent's global data."""
        return self.add_action("set_global_data", dict(data))

    def remove_global_data(self, keys: str | Sequence[str]) -> Self:
        return self.add_action("unset_global_data", _keys(keys))

    def set_semantic_state(self, state: Mapping[str, Any]) -> Self:
        """Replace `global_data.semantic_state` as a whole."""
        return self.update_global_data({"semantic_state": dict(state)})

    def set_metadata(self, data: Mapping[str, Any]) -> Self:
        """Set keys of this function's metadata (scoped by its `meta_data_token`)."""
        return self.add_action("set_meta_data", dict(data))

    def remove_metadata(self, keys: str | Sequence[str]) -> Self:
        return self.add_action("unset_meta_data", _keys(keys))

    # The answer.

    def to_dict(self) -> dict[str, Any]:
        """The webhook's JSON body. `post_process` is sent only with actions; an empty
        result says "Action completed."."""
        result: dict[str, Any] = {}
        if self.response:
            result["response"] = self.response
        if self.action:
            result["action"] = self.action
            if self.post_process:
                result["post_process"] = True
        return result or {"response": "Action completed."}


def _plain(value: Any) -> Any:
    return dict(value) if isinstance(value, Mapping) else value


def _keys(keys: str | Sequence[str]) -> str | list[str]:
    return keys if isinstance(keys, str) else list(keys)


SwaigFunctionResult = FunctionResult
"""The official SDK's older name."""

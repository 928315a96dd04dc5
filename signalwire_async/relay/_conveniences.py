"""The official client's shortcuts over the declared commands (hand-written: they build
one media item or one detect object and call `play`, `detect` or `play_and_collect`)."""

from __future__ import annotations

from typing import Any

from ._actions import OnCompleted, Starting
from ._call_methods import CallCommands, CollectAction, DetectAction, PlayAction

__all__ = ["Conveniences"]


def _item(kind: str, **params: Any) -> dict[str, Any]:
    return {"type": kind, "params": {k: v for k, v in params.items() if v is not None}}


class Conveniences(CallCommands):
    def play_tts(
        self,
        text: str,
        *,
        language: str | None = None,
        gender: str | None = None,
        voice: str | None = None,
        volume: float | None = None,
        on_completed: OnCompleted | None = None,
    ) -> Starting[PlayAction]:
        item = _item("tts", text=text, language=language, gender=gender, voice=voice)
        return self.play([item], volume=volume, on_completed=on_completed)

    def play_audio(
        self, url: str, *, volume: float | None = None, on_completed: OnCompleted | None = None
    ) -> Starting[PlayAction]:
        return self.play([_item("audio", url=url)], volume=volume, on_completed=on_completed)

    def play_silence(
        self, duration: float, *, on_completed: OnCompleted | None = None
    ) -> Starting[PlayAction]:
        return self.play([_item("silence", duration=duration)], on_completed=on_completed)

    def play_ringtone(
        self,
        name: str,
        *,
        duration: float | None = None,
        volume: float | None = None,
        on_completed: OnCompleted | None = None,
    ) -> Starting[PlayAction]:
        item = _item("ringtone", name=name, duration=duration)
        return self.play([item], volume=volume, on_completed=on_completed)

    def detect_digit(
        self,
        *,
        digits: str | None = None,
        timeout: float | None = None,
        on_completed: OnCompleted | None = None,
    ) -> Starting[DetectAction]:
        detect = _item("digit", digits=digits)
        return self.detect(detect, timeout=timeout, on_completed=on_completed)

    def detect_answering_machine(
        self,
        *,
        initial_timeout: float | None = None,
        end_silence_timeout: float | None = None,
        machine_voice_threshold: float | None = None,
        machine_words_threshold: int | None = None,
        detect_interruptions: bool | None = None,
        detect_message_end: bool | None = None,
        timeout: float | None = None,
        on_completed: OnCompleted | None = None,
    ) -> Starting[DetectAction]:
        detect = _item(
            "machine",
            initial_timeout=initial_timeout,
            end_silence_timeout=end_silence_timeout,
            machine_voice_threshold=machine_voice_threshold,
            machine_words_threshold=machine_words_threshold,
            detect_interruptions=detect_interruptions,
            detect_message_end=detect_message_end,
        )
        return self.detect(detect, timeout=timeout, on_completed=on_completed)

    def detect_fax(
        self,
        *,
        tone: str | None = None,
        timeout: float | None = None,
        on_completed: OnCompleted | None = None,
    ) -> Starting[DetectAction]:
        detect = _item("fax", tone=tone)
        return self.detect(detect, timeout=timeout, on_completed=on_completed)

    def prompt_tts(
        self,
        text: str,
        collect: dict[str, Any],
        *,
        language: str | None = None,
        gender: str | None = None,
        voice: str | None = None,
        volume: float | None = None,
        on_completed: OnCompleted | None = None,
    ) -> Starting[CollectAction]:
        item = _item("tts", text=text, language=language, gender=gender, voice=voice)
        return self.play_and_collect([item], collect, volume=volume, on_completed=on_completed)

    def prompt_audio(
        self,
        url: str,
        collect: dict[str, Any],
        *,
        volume: float | None = None,
        on_completed: OnCompleted | None = None,
    ) -> Starting[CollectAction]:
        item = _item("audio", url=url)
        return self.play_and_collect([item], collect, volume=volume, on_completed=on_completed)

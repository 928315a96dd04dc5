"""Types shared by every namespace."""

from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

from .._models import Model, json_text
from .._options import ParamFields, RequestKeywords

__all__ = ["CallControl", "PageParams"]

M = TypeVar("M", bound=Model)


class _PageFields(ParamFields, total=False):
    page_size: int | None
    """Items per page (the API's default is 50, its maximum 1000)."""
    page_token: str | None
    """Token of the page to start from (from a `links.next` URL)."""


class PageParams(_PageFields, RequestKeywords):
    """Query parameters of a list operation that pages with `links.next`."""


@attrs.frozen
class CallControl(Mapping[str, Any], Generic[M]):
    """What a calling command that starts something returns: the call, and the `control_id`
    that the matching `*_stop` (or `*_pause`, ...) takes. The client makes a fresh id when
    the caller gives none.

    It reads like the call's JSON with `control_id` added (as the official SDK's answer
    does): `result["id"]`, `result.get("control_id")`, `result.to_dict()`.
    """

    control_id: str
    call: M

    def _json(self) -> Mapping[str, Any]:
        return self.call if "control_id" in self.call else {**self.call, "control_id": None}

    def __getitem__(self, key: str) -> Any:
        if key == "control_id" and key not in self.call:
            return self.control_id
        return self.call[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._json())

    def __len__(self) -> int:
        return len(self._json())

    def __contains__(self, key: object) -> bool:
        return key == "control_id" or key in self.call

    def to_dict(self) -> dict[str, Any]:
        """The call's JSON as a new plain dict, with `control_id`."""
        return {"control_id": self.control_id, **self.call.to_dict()}

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return json_text(self.to_dict(), indent)

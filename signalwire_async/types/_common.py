"""Types shared by every namespace."""

from typing import Generic, TypeVar

import attrs

from .._models import Model
from .._options import RequestKeywords

__all__ = ["CallControl", "PageParams"]

M = TypeVar("M", bound=Model)


class PageParams(RequestKeywords, total=False):
    """Query parameters of a list operation that pages with `links.next`."""

    page_size: int
    """Items per page (the API's default is 50, its maximum 1000)."""
    page_token: str
    """Token of the page to start from (from a `links.next` URL)."""


@attrs.frozen
class CallControl(Generic[M]):
    """What a calling command that starts something returns: the call, and the `control_id`
    that the matching `*_stop` (or `*_pause`, ...) takes. The client makes a fresh id when
    the caller gives none."""

    control_id: str
    call: M

"""Types shared by the Compatibility API's resources.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from ..._options import ParamFields, RequestKeywords

__all__ = ["CompatPageParams"]


class _CompatPageFields(ParamFields, total=False):
    Page: int | None
    """The page number to start from (0 is the first)."""
    PageSize: int | None
    """Items per page."""
    PageToken: str | None
    """Token of the page to start from (from a `next_page_uri`)."""


class CompatPageParams(_CompatPageFields, RequestKeywords):
    """Query parameters of a Compatibility list (it pages by `next_page_uri`).

    Filters with an operator in their name (`StartTime>`, `DateCreated<`) are not Python
    keywords: pass them as `extra_query={"StartTime>": "2024-05-01"}`.
    """

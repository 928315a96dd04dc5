"""Pages and the two paging styles, as pure code shared by the async and sync pagers.

- `LINKS` (REST): `{"data": [...], "links": {"next": ...}}`; `next` is absolute or relative
  and carries `page_token`.
- `CompatPaging(items_key)` (Compatibility API): `{"<items_key>": [...], "next_page_uri": ...}`
  with a relative `next_page_uri`, null on the last page.

A next link is followed only when it resolves to the client's own origin: the request that
follows it carries the project's credentials. `PageWalk` holds every rule for when paging
stops; the pagers only fetch what it says.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar

import attrs
import httpx

from ._models import Model, from_json_list, json_text

T = TypeVar("T", bound=Model)

logger = logging.getLogger("signalwire_async")

MAX_EMPTY_PAGES = 10  # empty pages in a row before a pager gives up on a next link


@attrs.frozen(kw_only=True)
class ParsedPage:
    body: Mapping[str, Any]
    items: list[Any]
    next_link: Any


class PagingStyle(Protocol):
    def parse(self, body: Any) -> ParsedPage:
        """Split a decoded page body into its items and its next link."""
        ...


@attrs.frozen
class LinksPaging:
    """REST paging: `data` plus `links.next`."""

    def parse(self, body: Any) -> ParsedPage:
        if isinstance(body, list):
            body = _merge_page_list(body)
        if not isinstance(body, Mapping) or not isinstance(body.get("data"), list):
            raise ValueError("expected a page object with a 'data' list")
        links = body.get("links")
        next_link = links.get("next") if isinstance(links, Mapping) else None
        return ParsedPage(body=body, items=body["data"], next_link=next_link)


def _merge_page_list(pages: list[Any]) -> dict[str, Any]:
    # A few operations are declared as answering a list of page objects (the API itself
    # sends one); read such a list as one page whose links are the last page's.
    if not all(isinstance(p, Mapping) and isinstance(p.get("data"), list) for p in pages):
        raise ValueError("expected a page object or a list of page objects")
    data = [item for page in pages for item in page["data"]]
    links = pages[-1].get("links") if pages else None
    return {"data": data, "links": links} if links is not None else {"data": data}


@attrs.frozen
class CompatPaging:
    """Compatibility API paging: a per-resource items key plus `next_page_uri`."""

    items_key: str

    def parse(self, body: Any) -> ParsedPage:
        if not isinstance(body, Mapping) or not isinstance(body.get(self.items_key), list):
            raise ValueError(f"expected a page object with a {self.items_key!r} list")
        return ParsedPage(
            body=body, items=body[self.items_key], next_link=body.get("next_page_uri")
        )


LINKS = LinksPaging()


def resolve_next(base_url: httpx.URL, link: Any) -> httpx.URL | None:
    """The absolute URL of a next link, or None when there is none or it leaves our origin."""
    if not isinstance(link, str) or not link.strip():
        return None
    if not link.startswith("/") and "://" not in link:
        # Only absolute URLs and absolute paths are page links; a bare word (the specs'
        # example says "string") has no single meaning.
        logger.warning("not following a next-page link that is not a URL or path: %r", link)
        return None
    try:
        url = base_url.join(link)
    except (httpx.InvalidURL, ValueError):
        logger.warning("not following an invalid next-page link %r", link)
        return None
    if url.userinfo:
        # Same origin or not, credentials in a link are not ours to send (nor to combine).
        logger.warning("not following a next-page link that carries user info")
        return None
    if (url.scheme, url.host, url.port) != (base_url.scheme, base_url.host, base_url.port):
        logger.warning(
            "not following a next-page link to another origin (%s://%s); paging stops here",
            url.scheme,
            url.host,
        )
        return None
    return url


@attrs.frozen(kw_only=True)
class Page(Mapping[str, Any], Generic[T]):
    """One page of results: typed items in `data`, and the JSON as sent via `page[...]`.

    `page["data"]`, `page.get("links")` and `page["next_page_uri"]` read the body the API
    sent, as code written for the official SDK expects.
    """

    data: list[T]
    next_url: httpx.URL | None
    body: Mapping[str, Any] = attrs.field(repr=False)
    url: httpx.URL | None = attrs.field(default=None, eq=False, repr=False)
    """The URL this page was fetched from (set by the pager)."""

    def __getitem__(self, key: str) -> Any:
        return self.body[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.body)

    def __len__(self) -> int:
        return len(self.body)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.body)

    def to_json(self, *, indent: int | None = None) -> str:
        """The page's JSON as the API sent it, as text (`to_dict()` as JSON)."""
        return json_text(self.to_dict(), indent)


def build_page(
    parsed: ParsedPage, model: type[T], base_url: httpx.URL, url: httpx.URL | None = None
) -> Page[T]:
    """Make a `Page` of `model` items; raises `ValueError` when an item does not fit."""
    return Page(
        data=from_json_list(model, parsed.items),
        next_url=resolve_next(base_url, parsed.next_link),
        body=parsed.body,
        url=url,
    )


class PageWalk:
    """Whether a pager follows the next link after each page: the stop rules in one place.

    Paging stops at the last page, at a link that left our origin or carried user info
    (`resolve_next` made it None), at a link back to a page already read (the first
    included), and after `MAX_EMPTY_PAGES` empty pages in a row: a server handing out fresh
    tokens for nothing. Each stop but the last page logs a warning.
    """

    def __init__(self) -> None:
        self._seen: set[httpx.URL] = set()
        self._empty_run = 0

    def next_url(self, page: Page[Any]) -> httpx.URL | None:
        """The URL to fetch after `page`, which was just read; None: stop here."""
        if page.url is not None:
            self._seen.add(page.url)
        self._empty_run = 0 if page.data else self._empty_run + 1
        next_url = page.next_url
        if next_url is None:
            return None
        if next_url in self._seen:
            logger.warning("paging stops: the next link leads back to a page already read")
            return None
        if self._empty_run >= MAX_EMPTY_PAGES:
            logger.warning("paging stops: %d empty pages in a row", self._empty_run)
            return None
        return next_url
